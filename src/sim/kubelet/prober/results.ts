// What one probe worker remembers between runs, and how a new probe outcome changes the result
// the kubelet acts on: thresholds count consecutive equal outcomes, and a liveness or startup
// failure puts the worker on hold until a new container instance appears.
// Models pkg/kubelet/prober/worker.go (doProbe's threshold logic) and prober/results/results_manager.go

import type { Probe } from '../../api/types.ts';

export type ProbeType = 'liveness' | 'readiness' | 'startup';

/** Success, Failure, or Unknown (a startup probe that has not succeeded yet). */
export type Result = 'success' | 'failure' | 'unknown';

export interface WorkerState {
  /** The result the kubelet sees. */
  result: Result;
  /** The last raw outcome and how many times in a row it came. */
  last?: Result;
  run: number;
  /** Stopped probing this container instance (it failed liveness/startup and will be killed). */
  onHold: boolean;
}

/** Readiness starts as not ready, liveness as alive, startup as not yet known. */
export function initialResult(type: ProbeType): Result {
  if (type === 'readiness') return 'failure';
  if (type === 'liveness') return 'success';
  return 'unknown';
}

export function initialState(type: ProbeType): WorkerState {
  return { result: initialResult(type), run: 0, onHold: false };
}

/** The probe with the API server's defaults filled in (SetDefaults_Probe). */
export function withDefaults(p: Probe): Required<Pick<Probe, 'initialDelaySeconds' | 'timeoutSeconds' | 'periodSeconds' | 'successThreshold' | 'failureThreshold'>> {
  return {
    initialDelaySeconds: p.initialDelaySeconds ?? 0,
    timeoutSeconds: p.timeoutSeconds || 1,
    periodSeconds: p.periodSeconds || 10,
    successThreshold: p.successThreshold || 1,
    failureThreshold: p.failureThreshold || 3,
  };
}

/** The state after one probe run that produced `outcome` (success or failure). */
export function nextState(type: ProbeType, probe: Probe, state: WorkerState, outcome: 'success' | 'failure'): WorkerState {
  const { successThreshold, failureThreshold } = withDefaults(probe);
  const run = state.last === outcome ? state.run + 1 : 1;
  const next: WorkerState = { ...state, last: outcome, run };
  if ((outcome === 'failure' && run < failureThreshold) || (outcome === 'success' && run < successThreshold)) return next;
  next.result = outcome;
  if (outcome === 'failure' && type !== 'readiness') {
    next.onHold = true;
    next.run = 0;
  }
  return next;
}
