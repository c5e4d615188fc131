// Taints and tolerations: a node's NoSchedule/NoExecute taints keep out pods that do not
// tolerate them; PreferNoSchedule taints only lower the node's score.
// Models pkg/scheduler/framework/plugins/tainttoleration/taint_toleration.go and
// staging/src/k8s.io/api/core/v1/toleration.go (ToleratesTaint)

import type { Pod, Taint, Toleration } from '../../api/types.ts';
import type { FilterPlugin, ScorePlugin } from '../framework/plugin.ts';
import { defaultNormalize } from '../framework/plugin.ts';
import type { NodeInfo } from '../framework/node-info.ts';
import { SUCCESS, unresolvable, type Status } from '../framework/status.ts';

export function toleratesTaint(t: Toleration, taint: Pick<Taint, 'key' | 'value' | 'effect'>): boolean {
  if (t.effect && t.effect !== taint.effect) return false;
  if (t.key && t.key !== taint.key) return false;
  // An empty key with Exists matches every taint (validation forbids an empty key with Equal).
  switch (t.operator || 'Equal') {
    case 'Exists': return true;
    case 'Equal': return (t.value ?? '') === (taint.value ?? '');
    default: return false;
  }
}

export function tolerated(tolerations: readonly Toleration[] | undefined, taint: Taint): boolean {
  return (tolerations ?? []).some((t) => toleratesTaint(t, taint));
}

/** The first NoSchedule/NoExecute taint the pod does not tolerate (FindMatchingUntoleratedTaint). */
export function untoleratedTaint(taints: readonly Taint[] | undefined, tolerations: readonly Toleration[] | undefined): Taint | undefined {
  return (taints ?? []).find((taint) => (taint.effect === 'NoSchedule' || taint.effect === 'NoExecute') && !tolerated(tolerations, taint));
}

export const TaintToleration: FilterPlugin & ScorePlugin = {
  name: 'TaintToleration',
  weight: 3,
  filter(pod: Pod, node: NodeInfo): Status {
    const taint = untoleratedTaint(node.node.spec?.taints, pod.spec.tolerations);
    if (!taint) return SUCCESS;
    return unresolvable(`node(s) had untolerated taint {${taint.key}: ${taint.value ?? ''}}`);
  },
  /** Counts intolerable PreferNoSchedule taints; fewer is better. */
  score(pod: Pod, node: NodeInfo): number {
    const prefer = (pod.spec.tolerations ?? []).filter((t) => !t.effect || t.effect === 'PreferNoSchedule');
    return (node.node.spec?.taints ?? []).filter((t) => t.effect === 'PreferNoSchedule' && !tolerated(prefer, t)).length;
  },
  normalize(scores: number[]): number[] {
    return defaultNormalize(scores, true);
  },
};
