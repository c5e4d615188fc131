// nodeSelector and node affinity: required terms filter nodes, preferred terms add their weight
// to the nodes they match.
// Models pkg/scheduler/framework/plugins/nodeaffinity/node_affinity.go and
// staging/src/k8s.io/component-helpers/scheduling/corev1/nodeaffinity/nodeaffinity.go

import type { Node, NodeSelectorRequirement, NodeSelectorTerm, Pod } from '../../api/types.ts';
import type { FilterPlugin, ScorePlugin } from '../framework/plugin.ts';
import { defaultNormalize } from '../framework/plugin.ts';
import type { NodeInfo } from '../framework/node-info.ts';
import { SUCCESS, unresolvable, type Status } from '../framework/status.ts';

export const ERR_REASON_POD = "node(s) didn't match Pod's node affinity/selector";

function matchesRequirement(r: NodeSelectorRequirement, value: string | undefined): boolean {
  const has = value !== undefined;
  const values = r.values ?? [];
  switch (r.operator) {
    case 'In': return has && values.includes(value);
    case 'NotIn': return !has || !values.includes(value);
    case 'Exists': return has;
    case 'DoesNotExist': return !has;
    case 'Gt':
    case 'Lt': {
      if (!has || values.length !== 1 || !/^-?\d+$/.test(value) || !/^-?\d+$/.test(values[0])) return false;
      const a = BigInt(value), b = BigInt(values[0]);
      return r.operator === 'Gt' ? a > b : a < b;
    }
    default: return false;
  }
}

/** A term matches when all its expressions and fields do; an empty term matches nothing. */
export function matchesTerm(term: NodeSelectorTerm, node: Node): boolean {
  const exprs = term.matchExpressions ?? [];
  const fields = term.matchFields ?? [];
  if (exprs.length === 0 && fields.length === 0) return false;
  const labels = node.metadata.labels ?? {};
  if (!exprs.every((r) => matchesRequirement(r, Object.hasOwn(labels, r.key) ? labels[r.key] : undefined))) return false;
  // metadata.name is the only field a node selector may use.
  return fields.every((r) => r.key === 'metadata.name' && matchesRequirement(r, node.metadata.name));
}

/** Whether the node satisfies the pod's nodeSelector and required node affinity. */
export function matchesNodeSelectorAndAffinity(pod: Pod, node: Node): boolean {
  const labels = node.metadata.labels ?? {};
  for (const [k, v] of Object.entries(pod.spec.nodeSelector ?? {})) {
    if (!Object.hasOwn(labels, k) || labels[k] !== v) return false;
  }
  const required = pod.spec.affinity?.nodeAffinity?.requiredDuringSchedulingIgnoredDuringExecution;
  if (!required) return true;
  return (required.nodeSelectorTerms ?? []).some((t) => matchesTerm(t, node));
}

export const NodeAffinity: FilterPlugin & ScorePlugin = {
  name: 'NodeAffinity',
  weight: 2,
  filter(pod: Pod, node: NodeInfo): Status {
    return matchesNodeSelectorAndAffinity(pod, node.node) ? SUCCESS : unresolvable(ERR_REASON_POD);
  },
  score(pod: Pod, node: NodeInfo): number {
    let sum = 0;
    for (const p of pod.spec.affinity?.nodeAffinity?.preferredDuringSchedulingIgnoredDuringExecution ?? []) {
      if (p.weight !== 0 && matchesTerm(p.preference, node.node)) sum += p.weight;
    }
    return sum;
  },
  normalize(scores: number[]): number[] {
    return defaultNormalize(scores);
  },
};
