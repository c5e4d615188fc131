// A CPU cgroup's bandwidth limit (cpu.max "quota period"): the processes of a container may run
// `quota` of CPU time in every 100 ms period, then wait, throttled, for the next one. A busy loop
// measures its CPU time in checkpoints, so a limited loop makes its progress spread out over
// virtual time while an unlimited one is not slowed at all. Nothing is ever killed for CPU.
// Models the CFS bandwidth controller (kernel/sched/fair.c, throttle_cfs_rq) as the kubelet
// configures it from limits.cpu (cpu.max = limit × 100ms / 1000m, period 100ms).

import type { VirtualClock } from '../../sim/clock.ts';

/** cpu.max's period. */
export const CFS_PERIOD_MS = 100;
/** The CPU time one checkpoint of a busy loop stands for. */
export const CHECKPOINT_COST_US = 10;

export class CpuQuota {
  readonly quotaUs: number;
  /** cpu.stat nr_periods / nr_throttled / throttled_usec. */
  periods = 0;
  throttled = 0;
  throttledUs = 0;
  private readonly clock: VirtualClock;
  private period = -1;
  private usedUs = 0;

  constructor(clock: VirtualClock, millicores: number) {
    this.clock = clock;
    this.quotaUs = Math.max(1, Math.round((millicores * CFS_PERIOD_MS * 1000) / 1000));
  }

  /**
   * Charges one checkpoint; returns how long the caller must wait (0 while the period's quota
   * lasts, else until the next period starts).
   */
  charge(): number {
    const now = this.clock.now();
    const period = Math.floor(now / CFS_PERIOD_MS);
    if (period !== this.period) {
      this.period = period;
      this.usedUs = 0;
      this.periods++;
    }
    this.usedUs += CHECKPOINT_COST_US;
    if (this.usedUs < this.quotaUs) return 0;
    const wait = (period + 1) * CFS_PERIOD_MS - now;
    this.throttled++;
    this.throttledUs += wait * 1000;
    return wait;
  }
}
