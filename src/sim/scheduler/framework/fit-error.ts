// The text of a scheduling failure, as it appears in the FailedScheduling event and the
// PodScheduled=False condition:
//   0/2 nodes are available: 1 Insufficient memory, 1 node(s) had untolerated taint
//   {node-role.kubernetes.io/control-plane: }. preemption: 0/2 nodes are available: …
// Models pkg/scheduler/framework/types.go (FitError.Error, Diagnosis, NodeToStatus)

import type { Status } from './status.ts';

export const NO_NODE_AVAILABLE = (n: number) => `0/${n} nodes are available`;

export interface Diagnosis {
  /** Statuses of the nodes that were evaluated; nodes absent here take `absentStatus`. */
  nodeToStatus: Map<string, Status>;
  absentStatus?: Status;
  /** Set when a pre-filter rejected the pod outright; replaces the per-node histogram. */
  preFilterMsg?: string;
  /** The post-filter (preemption) result, e.g. `preemption: 0/2 nodes are available: …`. */
  postFilterMsg?: string;
}

/** `<count> <reason>` entries, sorted as strings (so `10 x` sorts before `2 y`, as upstream). */
export function reasonHistogram(numAllNodes: number, d: Diagnosis): string[] {
  const counts = new Map<string, number>();
  for (const s of d.nodeToStatus.values()) for (const r of s.reasons) counts.set(r, (counts.get(r) ?? 0) + 1);
  const absent = numAllNodes - d.nodeToStatus.size;
  if (absent > 0 && d.absentStatus) for (const r of d.absentStatus.reasons) counts.set(r, (counts.get(r) ?? 0) + absent);
  return [...counts].map(([r, n]) => `${n} ${r}`).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}

export function fitErrorMessage(numAllNodes: number, d: Diagnosis): string {
  let msg = `${NO_NODE_AVAILABLE(numAllNodes)}:`;
  if (d.preFilterMsg) {
    msg += ` ${d.preFilterMsg}.`;
  } else {
    const hist = reasonHistogram(numAllNodes, d);
    if (hist.length > 0) msg += ` ${hist.join(', ')}.`;
  }
  // The post-filter message carries its own final period (it is itself a FitError text).
  if (d.postFilterMsg) msg += ` ${d.postFilterMsg}`;
  return msg;
}
