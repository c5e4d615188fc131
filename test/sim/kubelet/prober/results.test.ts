import { describe, expect, it } from 'vitest';
import { initialState, nextState, withDefaults, type ProbeType, type Result } from '../../../../src/sim/kubelet/prober/results.ts';

function run(type: ProbeType, probe: { successThreshold?: number; failureThreshold?: number }, outcomes: ('success' | 'failure')[]): Result[] {
  let s = initialState(type);
  return outcomes.map((o) => (s = nextState(type, probe, s, o)).result);
}

describe('probe results and thresholds', () => {
  it('fills in the API defaults: timeout 1s, period 10s, success 1, failure 3, no delay', () => {
    expect(withDefaults({})).toEqual({ initialDelaySeconds: 0, timeoutSeconds: 1, periodSeconds: 10, successThreshold: 1, failureThreshold: 3 });
  });

  it('starts readiness as failure, liveness as success and startup as unknown', () => {
    expect(initialState('readiness').result).toBe('failure');
    expect(initialState('liveness').result).toBe('success');
    expect(initialState('startup').result).toBe('unknown');
  });

  it.each([
    ['liveness', {}, ['failure', 'failure', 'failure'], ['success', 'success', 'failure']],
    ['liveness', {}, ['failure', 'failure', 'success', 'failure'], ['success', 'success', 'success', 'success']],
    ['liveness', { failureThreshold: 1 }, ['failure'], ['failure']],
    ['readiness', {}, ['success'], ['success']],
    ['readiness', { successThreshold: 2 }, ['success', 'success'], ['failure', 'success']],
    ['readiness', {}, ['success', 'failure', 'failure', 'failure'], ['success', 'success', 'success', 'failure']],
    ['startup', { failureThreshold: 2 }, ['failure', 'success'], ['unknown', 'success']],
    ['startup', { failureThreshold: 2 }, ['failure', 'failure'], ['unknown', 'failure']],
  ] as const)('%s %j after %j reports %j', (type, probe, outcomes, want) => {
    expect(run(type, probe, [...outcomes])).toEqual(want);
  });

  it('holds a liveness worker once it reports failure, but never a readiness worker', () => {
    let live = initialState('liveness');
    for (let i = 0; i < 3; i++) live = nextState('liveness', {}, live, 'failure');
    expect(live.onHold).toBe(true);
    let ready = initialState('readiness');
    for (let i = 0; i < 3; i++) ready = nextState('readiness', {}, ready, 'failure');
    expect(ready.onHold).toBe(false);
  });
});
