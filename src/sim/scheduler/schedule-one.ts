// One scheduling decision, pure: the nodes that fit, the best of them, or the failure message
// with its preemption half.
// Models pkg/scheduler/schedule_one.go (schedulePod, findNodesThatFitPod, prioritizeNodes,
// selectHost)

import type { Pod } from '../api/types.ts';
import { fitErrorMessage } from './framework/fit-error.ts';
import type { NodeInfo } from './framework/node-info.ts';
import { runFilters, runPreFilters, runScores, type NodeScore, type Profile } from './framework/runtime.ts';
import { isSuccess, type Status } from './framework/status.ts';
import { preempt } from './preemption.ts';

export type ScheduleResult =
  | { kind: 'scheduled'; node: string; evaluatedNodes: number; feasibleNodes: number }
  /** No node fits; `nominate` is set when preemption found room by evicting `victims`. */
  | { kind: 'unschedulable'; message: string; nodeToStatus: Map<string, Status>; nominate?: { node: string; victims: Pod[] } };

export const ERR_NO_NODES_AVAILABLE = 'no nodes available to schedule pods';

/** Picks uniformly among the best-scored nodes (reservoir sampling, as selectHost). */
export function selectHost(scores: readonly NodeScore[], pick: (n: number) => number): string {
  let best = scores[0];
  let ties = 1;
  for (const s of scores.slice(1)) {
    if (s.score > best.score) {
      best = s;
      ties = 1;
    } else if (s.score === best.score) {
      ties++;
      if (pick(ties) === 0) best = s;
    }
  }
  return best.name;
}

/**
 * `pick(n)` returns an integer in [0, n): the seeded Random's `int`, so the same seed always
 * chooses the same node among equals.
 */
export function schedulePod(profile: Profile, pod: Pod, nodes: readonly NodeInfo[], pick: (n: number) => number): ScheduleResult {
  if (nodes.length === 0) return { kind: 'unschedulable', message: ERR_NO_NODES_AVAILABLE, nodeToStatus: new Map() };
  // Nodes in name order, so a decision depends on the cluster, not on watch arrival order.
  const all = [...nodes].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  const state = runPreFilters(profile, pod, all);
  const feasible: NodeInfo[] = [];
  const nodeToStatus = new Map<string, Status>();
  for (const n of all) {
    const s = runFilters(profile, pod, n, state);
    if (isSuccess(s)) feasible.push(n);
    else nodeToStatus.set(n.name, s);
  }
  if (feasible.length === 0) {
    const post = preempt(profile, pod, all, nodeToStatus);
    const message = fitErrorMessage(all.length, { nodeToStatus, postFilterMsg: post.kind === 'fail' ? post.message : undefined });
    return { kind: 'unschedulable', message, nodeToStatus, nominate: post.kind === 'nominate' ? { node: post.node, victims: post.victims } : undefined };
  }
  if (feasible.length === 1) return { kind: 'scheduled', node: feasible[0].name, evaluatedNodes: all.length, feasibleNodes: 1 };
  const scores = runScores(profile, pod, feasible, all);
  return { kind: 'scheduled', node: selectHost(scores, pick), evaluatedNodes: all.length, feasibleNodes: feasible.length };
}
