// The PodScheduled=False condition the scheduler writes on failure, changed only when its
// status, reason or message differ (so retries with the same answer write nothing).
// Models pkg/api/v1/pod/util.go (UpdatePodCondition) as pkg/scheduler/schedule_one.go uses it

import type { PodCondition } from '../api/types.ts';

export const POD_REASON_UNSCHEDULABLE = 'Unschedulable';
export const POD_REASON_SCHEDULER_ERROR = 'SchedulerError';

/** The conditions with PodScheduled=False set, or undefined when nothing would change. */
export function withUnschedulableCondition(conditions: readonly PodCondition[] | undefined, reason: string, message: string, now: string): PodCondition[] | undefined {
  const list = conditions ?? [];
  const old = list.find((c) => c.type === 'PodScheduled');
  if (old && old.status === 'False' && old.reason === reason && old.message === message) return undefined;
  const cond: PodCondition = {
    type: 'PodScheduled', status: 'False', lastProbeTime: null,
    // The transition time moves only when the status flips.
    lastTransitionTime: old && old.status === 'False' && old.lastTransitionTime ? old.lastTransitionTime : now,
    reason, message,
  };
  return old ? list.map((c) => (c === old ? cond : c)) : [...list, cond];
}
