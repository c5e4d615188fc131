// What a filter plugin answers for one pod on one node: success, or a rejection with the reasons
// that end up in the FailedScheduling message.
// Models pkg/scheduler/framework/interface.go (Code, Status)

/**
 * `Unschedulable`: the node might fit after preemption removes pods (resources, ports,
 * anti-affinity). `UnschedulableAndUnresolvable`: removing pods cannot help (taints, node
 * affinity, unschedulable nodes); preemption skips such nodes and reports them as
 * "Preemption is not helpful for scheduling".
 */
export type Code = 'Success' | 'Unschedulable' | 'UnschedulableAndUnresolvable';

export interface Status {
  code: Code;
  /** Reasons as printed in the message; a node may have several (`Insufficient cpu`, `Insufficient memory`). */
  reasons: string[];
  /** The plugin that rejected the node. */
  plugin?: string;
}

export const SUCCESS: Status = Object.freeze({ code: 'Success', reasons: [] }) as Status;

export function unschedulable(...reasons: string[]): Status {
  return { code: 'Unschedulable', reasons };
}

export function unresolvable(...reasons: string[]): Status {
  return { code: 'UnschedulableAndUnresolvable', reasons };
}

export function isSuccess(s: Status): boolean {
  return s.code === 'Success';
}
