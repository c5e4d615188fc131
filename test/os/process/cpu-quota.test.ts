import { describe, expect, it } from 'vitest';
import { VirtualClock } from '../../../src/sim/clock.ts';
import { CpuQuota } from '../../../src/os/process/cpu-quota.ts';

describe('CpuQuota', () => {
  it.each([
    // millicores → checkpoints allowed in one 100 ms period (10 µs each)
    [100, 1000],
    [500, 5000],
    [250, 2500],
  ])('lets a %im container run %i checkpoints per period, then throttles until the next', (millicores, allowed) => {
    const clock = new VirtualClock(Date.UTC(2026, 0, 5, 9, 0, 0, 30));
    const q = new CpuQuota(clock, millicores);
    for (let i = 1; i < allowed; i++) expect(q.charge()).toBe(0);
    expect(q.charge()).toBe(70);
    expect([q.periods, q.throttled, q.throttledUs]).toEqual([1, 1, 70_000]);
  });
});
