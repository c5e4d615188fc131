// Runs the configured plugins: pre-filters once, filters per node in order (the first rejection
// decides the node's status), scores weighted and normalised.
// Models pkg/scheduler/framework/runtime/framework.go

import type { Pod } from '../../api/types.ts';
import type { FilterPlugin, ScorePlugin } from './plugin.ts';
import type { NodeInfo } from './node-info.ts';
import { isSuccess, SUCCESS, type Status } from './status.ts';

export interface Profile {
  filters: readonly FilterPlugin<unknown>[];
  scores: readonly ScorePlugin<unknown>[];
}

/** Per-cycle data of each filter plugin, keyed by plugin name (framework.CycleState). */
export type CycleState = Map<string, unknown>;

export function runPreFilters(profile: Profile, pod: Pod, allNodes: readonly NodeInfo[]): CycleState {
  const state: CycleState = new Map();
  for (const p of profile.filters) if (p.preFilter) state.set(p.name, p.preFilter(pod, allNodes));
  return state;
}

export function runFilters(profile: Profile, pod: Pod, node: NodeInfo, state: CycleState): Status {
  for (const p of profile.filters) {
    const s = p.filter(pod, node, state.get(p.name));
    if (!isSuccess(s)) return { ...s, plugin: p.name };
  }
  return SUCCESS;
}

export interface NodeScore {
  name: string;
  score: number;
}

export function runScores(profile: Profile, pod: Pod, feasible: readonly NodeInfo[], allNodes: readonly NodeInfo[]): NodeScore[] {
  const totals = feasible.map((n) => ({ name: n.name, score: 0 }));
  for (const p of profile.scores) {
    const state = p.preScore?.(pod, feasible, allNodes);
    let raw = feasible.map((n) => p.score(pod, n, state));
    if (p.normalize) raw = p.normalize(raw);
    raw.forEach((s, i) => { totals[i].score += s * p.weight; });
  }
  return totals;
}
