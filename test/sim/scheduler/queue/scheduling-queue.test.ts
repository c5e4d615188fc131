import { describe, it, expect } from 'vitest';
import { VirtualClock } from '../../../../src/sim/clock.ts';
import { SchedulingQueue } from '../../../../src/sim/scheduler/queue/scheduling-queue.ts';
import { pod } from '../support.ts';

const settle = () => new Promise<void>((r) => setImmediate(r));

function setup() {
  const clock = new VirtualClock(Date.UTC(2026, 10, 22, 3, 0, 0));
  let wakes = 0;
  const q = new SchedulingQueue(clock, () => { wakes++; });
  return { clock, q, wakes: () => wakes };
}

describe('SchedulingQueue', () => {
  it('pops pods in arrival order, higher priority first', () => {
    const { q } = setup();
    q.add(pod('a'));
    q.add(pod('b', { priority: 1000 }));
    q.add(pod('c'));
    expect([q.pop(), q.pop(), q.pop()].map((i) => i?.pod.metadata.name)).toEqual(['b', 'a', 'c']);
  });

  it('backs off 1 s, 2 s, 4 s, 8 s and then 10 s', () => {
    const { q } = setup();
    q.add(pod('a'));
    const info = q.pop()!;
    const seen: number[] = [];
    for (let attempts = 1; attempts <= 6; attempts++) {
      info.attempts = attempts;
      seen.push(q.backoffDuration(info));
    }
    expect(seen).toEqual([1000, 2000, 4000, 8000, 10000, 10000]);
  });

  it('keeps an unschedulable pod until an event that may help it', () => {
    const { q } = setup();
    q.add(pod('big'));
    const info = q.pop()!;
    q.addUnschedulable(info, ['NodeResourcesFit']);
    expect(q.hasReady()).toBe(false);
    q.onEvent('AssignedPodAdd');
    expect(q.hasReady()).toBe(false);
    q.onEvent('NodeAdd');
    expect(q.hasReady()).toBe(true);
    expect(q.pop()?.pod.metadata.name).toBe('big');
  });

  it('does not wake a pod rejected for a taint when a pod is deleted', () => {
    const { q } = setup();
    q.add(pod('p'));
    q.addUnschedulable(q.pop()!, ['TaintToleration']);
    q.onEvent('AssignedPodDelete');
    expect(q.sizes()).toEqual({ active: 0, backoff: 0, unschedulable: 1 });
  });

  it('sends a pod straight to back-off when a helpful event came during its attempt', () => {
    const { q } = setup();
    q.add(pod('p'));
    const info = q.pop()!;
    q.onEvent('NodeAdd');
    q.addUnschedulable(info, ['NodeResourcesFit']);
    expect(q.sizes()).toEqual({ active: 0, backoff: 1, unschedulable: 0 });
  });

  it('ignores an unhelpful event that came during the attempt', () => {
    const { q } = setup();
    q.add(pod('p'));
    const info = q.pop()!;
    q.onEvent('AssignedPodUpdate');
    q.addUnschedulable(info, ['NodeResourcesFit']);
    expect(q.sizes()).toEqual({ active: 0, backoff: 0, unschedulable: 1 });
  });

  it('retries a forgotten unschedulable pod after more than five minutes, on a 30 s flush tick', async () => {
    const { clock, q } = setup();
    const start = clock.now();
    await clock.runUntil(start + 10_000, settle);
    q.add(pod('p'));
    q.addUnschedulable(q.pop()!, ['NodeResourcesFit']);
    await clock.runUntil(start + 310_000, settle);
    expect(q.sizes().unschedulable).toBe(1);
    await clock.runUntil(start + 330_000, settle);
    expect(q.sizes()).toEqual({ active: 1, backoff: 0, unschedulable: 0 });
  });

  it('tries a changed pending pod again', () => {
    const { q } = setup();
    const p = pod('p');
    q.add(p);
    q.addUnschedulable(q.pop()!, ['TaintToleration']);
    q.update({ ...p, spec: { ...p.spec, tolerations: [{ operator: 'Exists' }] } });
    expect(q.hasReady()).toBe(true);
  });

  it('forgets a deleted pod', () => {
    const { q } = setup();
    const p = pod('p');
    q.add(p);
    q.delete(p);
    expect(q.pop()).toBeUndefined();
  });
});
