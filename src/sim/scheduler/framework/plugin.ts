// The extension points PodLab's scheduler runs. Plugins are pure: they read the pod and a
// snapshot of the nodes and answer; only the scheduling loop talks to the API.
// Models pkg/scheduler/framework/interface.go (PreFilterPlugin, FilterPlugin, ScorePlugin)

import type { Pod } from '../../api/types.ts';
import type { NodeInfo } from './node-info.ts';
import type { Status } from './status.ts';

/** The highest score a plugin gives a node (framework.MaxNodeScore). */
export const MAX_NODE_SCORE = 100;

export interface FilterPlugin<S = unknown> {
  name: string;
  /** Computes once per cycle what filter needs about the whole cluster. */
  preFilter?(pod: Pod, allNodes: readonly NodeInfo[]): S;
  filter(pod: Pod, node: NodeInfo, state: S): Status;
}

export interface ScorePlugin<S = unknown> {
  name: string;
  weight: number;
  preScore?(pod: Pod, feasible: readonly NodeInfo[], allNodes: readonly NodeInfo[]): S;
  score(pod: Pod, node: NodeInfo, state: S): number;
  /** Scales raw scores to 0..MAX_NODE_SCORE (framework.ScoreExtensions.NormalizeScore). */
  normalize?(scores: number[]): number[];
}

/** Scales so the best node gets MAX_NODE_SCORE; `reverse` makes the lowest raw score best. */
export function defaultNormalize(scores: number[], reverse = false): number[] {
  const top = Math.max(0, ...scores);
  if (top === 0) return scores.map(() => (reverse ? MAX_NODE_SCORE : 0));
  return scores.map((s) => {
    const n = Math.floor((s * MAX_NODE_SCORE) / top);
    return reverse ? MAX_NODE_SCORE - n : n;
  });
}
