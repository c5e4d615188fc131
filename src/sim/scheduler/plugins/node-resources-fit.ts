// Requests against what is left of the node's allocatable once the pods already bound to it
// are counted; and least-allocated scoring, which prefers the emptier node.
// Models pkg/scheduler/framework/plugins/noderesources/fit.go and least_allocated.go

import type { Pod } from '../../api/types.ts';
import { MAX_NODE_SCORE, type FilterPlugin, type ScorePlugin } from '../framework/plugin.ts';
import type { NodeInfo } from '../framework/node-info.ts';
import { nonZeroPodRequests, podRequests, type Resource } from '../framework/resource.ts';
import { SUCCESS, unschedulable, type Status } from '../framework/status.ts';

export interface InsufficientResource {
  resourceName: string;
  reason: string;
  requested: number;
  used: number;
  capacity: number;
}

/** Every resource the node lacks for the pod, in upstream's order (fitsRequest). */
export function fitsRequest(req: Resource, node: NodeInfo): InsufficientResource[] {
  const out: InsufficientResource[] = [];
  if (node.pods.length + 1 > node.allowedPodNumber) {
    out.push({ resourceName: 'pods', reason: 'Too many pods', requested: 1, used: node.pods.length, capacity: node.allowedPodNumber });
  }
  const check = (name: string, want: number, used: number, capacity: number) => {
    if (want > 0 && want > capacity - used) out.push({ resourceName: name, reason: `Insufficient ${name}`, requested: want, used, capacity });
  };
  check('cpu', req.milliCPU, node.requested.milliCPU, node.allocatable.milliCPU);
  check('memory', req.memory, node.requested.memory, node.allocatable.memory);
  check('ephemeral-storage', req.ephemeralStorage, node.requested.ephemeralStorage, node.allocatable.ephemeralStorage);
  for (const [name, want] of Object.entries(req.scalar)) {
    check(name, want, node.requested.scalar[name] ?? 0, node.allocatable.scalar[name] ?? 0);
  }
  return out;
}

function leastRequestedScore(requested: number, capacity: number): number {
  if (capacity === 0 || requested > capacity) return 0;
  return Math.floor(((capacity - requested) * MAX_NODE_SCORE) / capacity);
}

export const NodeResourcesFit: FilterPlugin<Resource> & ScorePlugin<Resource> = {
  name: 'NodeResourcesFit',
  weight: 1,
  preFilter(pod: Pod): Resource {
    return podRequests(pod);
  },
  // Always Unschedulable, never Unresolvable: in v1.33 fit.go a node short of resources is one
  // preemption might help, even when the request exceeds the node's whole allocatable.
  filter(pod: Pod, node: NodeInfo, req: Resource): Status {
    const missing = fitsRequest(req ?? podRequests(pod), node);
    return missing.length === 0 ? SUCCESS : unschedulable(...missing.map((m) => m.reason));
  },
  preScore(pod: Pod): Resource {
    return nonZeroPodRequests(pod);
  },
  /** LeastAllocated over cpu and memory, weight 1 each. */
  score(pod: Pod, node: NodeInfo, req: Resource): number {
    const r = req ?? nonZeroPodRequests(pod);
    const cpu = leastRequestedScore(node.nonZeroRequested.milliCPU + r.milliCPU, node.allocatable.milliCPU);
    const mem = leastRequestedScore(node.nonZeroRequested.memory + r.memory, node.allocatable.memory);
    return Math.floor((cpu + mem) / 2);
  },
};
