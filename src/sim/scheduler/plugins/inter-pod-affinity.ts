// Pod affinity and anti-affinity: where a pod may go depends on the pods already in each
// topology domain (with topologyKey kubernetes.io/hostname, each node is its own domain).
// Models pkg/scheduler/framework/plugins/interpodaffinity/filtering.go and scoring.go

import type { Pod, PodAffinityTerm } from '../../api/types.ts';
import { fromLabelSelector, matchesSelector } from '../../api/label-selector.ts';
import type { FilterPlugin, ScorePlugin } from '../framework/plugin.ts';
import { MAX_NODE_SCORE } from '../framework/plugin.ts';
import type { NodeInfo } from '../framework/node-info.ts';
import { SUCCESS, unresolvable, unschedulable, type Status } from '../framework/status.ts';

export const ERR_REASON_AFFINITY = "node(s) didn't match pod affinity rules";
export const ERR_REASON_ANTI_AFFINITY = "node(s) didn't match pod anti-affinity rules";
export const ERR_REASON_EXISTING_ANTI_AFFINITY = "node(s) didn't satisfy existing pods anti-affinity rules";

/** Counts per topology pair, keyed `key\u0000value`. */
type Counts = Map<string, number>;
const pair = (key: string, value: string) => `${key}\u0000${value}`;
const bump = (m: Counts, k: string, by = 1) => m.set(k, (m.get(k) ?? 0) + by);

/** Whether `target` is selected by a term that `owner` declared (namespaces default to the owner's). */
export function termMatches(term: PodAffinityTerm, owner: Pod, target: Pod): boolean {
  const ns = target.metadata.namespace ?? 'default';
  const namespaces = term.namespaces ?? [];
  let inScope: boolean;
  if (term.namespaceSelector) {
    // Namespaces carry only their automatic kubernetes.io/metadata.name label in PodLab.
    const nsLabels = { 'kubernetes.io/metadata.name': ns };
    inScope = namespaces.includes(ns) || matchesSelector(fromLabelSelector(term.namespaceSelector), nsLabels);
  } else {
    inScope = namespaces.length > 0 ? namespaces.includes(ns) : ns === (owner.metadata.namespace ?? 'default');
  }
  // A missing labelSelector selects no pods (metav1.LabelSelectorAsSelector(nil) is Nothing).
  if (!inScope || !term.labelSelector) return false;
  return matchesSelector(fromLabelSelector(term.labelSelector), target.metadata.labels);
}

const requiredAffinity = (p: Pod) => p.spec.affinity?.podAffinity?.requiredDuringSchedulingIgnoredDuringExecution ?? [];
const requiredAnti = (p: Pod) => p.spec.affinity?.podAntiAffinity?.requiredDuringSchedulingIgnoredDuringExecution ?? [];

export interface AffinityState {
  affinity: Counts;
  antiAffinity: Counts;
  existingAntiAffinity: Counts;
}

function preFilter(pod: Pod, allNodes: readonly NodeInfo[]): AffinityState {
  const state: AffinityState = { affinity: new Map(), antiAffinity: new Map(), existingAntiAffinity: new Map() };
  const aff = requiredAffinity(pod);
  const anti = requiredAnti(pod);
  for (const node of allNodes) {
    const labels = node.node.metadata.labels ?? {};
    for (const existing of node.pods) {
      for (const t of requiredAnti(existing)) {
        if (Object.hasOwn(labels, t.topologyKey) && termMatches(t, existing, pod)) bump(state.existingAntiAffinity, pair(t.topologyKey, labels[t.topologyKey]));
      }
      for (const t of aff) {
        if (Object.hasOwn(labels, t.topologyKey) && termMatches(t, pod, existing)) bump(state.affinity, pair(t.topologyKey, labels[t.topologyKey]));
      }
      for (const t of anti) {
        if (Object.hasOwn(labels, t.topologyKey) && termMatches(t, pod, existing)) bump(state.antiAffinity, pair(t.topologyKey, labels[t.topologyKey]));
      }
    }
  }
  return state;
}

function satisfiesAffinity(pod: Pod, node: NodeInfo, s: AffinityState): boolean {
  const labels = node.node.metadata.labels ?? {};
  let podsExist = true;
  for (const t of requiredAffinity(pod)) {
    if (!Object.hasOwn(labels, t.topologyKey)) return false;
    if ((s.affinity.get(pair(t.topologyKey, labels[t.topologyKey])) ?? 0) <= 0) podsExist = false;
  }
  if (podsExist) return true;
  // The first pod of a group that wants to be near its own kind: allowed when no pod anywhere
  // matches yet and the pod matches its own terms.
  return s.affinity.size === 0 && requiredAffinity(pod).every((t) => termMatches(t, pod, pod));
}

function satisfiesAntiAffinity(pod: Pod, node: NodeInfo, s: AffinityState): boolean {
  const labels = node.node.metadata.labels ?? {};
  return requiredAnti(pod).every((t) => !Object.hasOwn(labels, t.topologyKey)
    || (s.antiAffinity.get(pair(t.topologyKey, labels[t.topologyKey])) ?? 0) <= 0);
}

function satisfiesExistingAntiAffinity(node: NodeInfo, s: AffinityState): boolean {
  if (s.existingAntiAffinity.size === 0) return true;
  return Object.entries(node.node.metadata.labels ?? {}).every(([k, v]) => (s.existingAntiAffinity.get(pair(k, v)) ?? 0) <= 0);
}

/** Weight an existing pod's required affinity to the incoming pod adds (hardPodAffinityWeight). */
const HARD_POD_AFFINITY_WEIGHT = 1;

function preScore(pod: Pod, _feasible: readonly NodeInfo[], allNodes: readonly NodeInfo[]): Counts {
  const scores: Counts = new Map();
  const add = (t: PodAffinityTerm, labels: Record<string, string>, w: number) => {
    if (Object.hasOwn(labels, t.topologyKey)) bump(scores, pair(t.topologyKey, labels[t.topologyKey]), w);
  };
  const prefAff = pod.spec.affinity?.podAffinity?.preferredDuringSchedulingIgnoredDuringExecution ?? [];
  const prefAnti = pod.spec.affinity?.podAntiAffinity?.preferredDuringSchedulingIgnoredDuringExecution ?? [];
  for (const node of allNodes) {
    const labels = node.node.metadata.labels ?? {};
    for (const existing of node.pods) {
      for (const w of prefAff) if (termMatches(w.podAffinityTerm, pod, existing)) add(w.podAffinityTerm, labels, w.weight);
      for (const w of prefAnti) if (termMatches(w.podAffinityTerm, pod, existing)) add(w.podAffinityTerm, labels, -w.weight);
      const ea = existing.spec.affinity;
      for (const t of ea?.podAffinity?.requiredDuringSchedulingIgnoredDuringExecution ?? []) {
        if (termMatches(t, existing, pod)) add(t, labels, HARD_POD_AFFINITY_WEIGHT);
      }
      for (const w of ea?.podAffinity?.preferredDuringSchedulingIgnoredDuringExecution ?? []) {
        if (termMatches(w.podAffinityTerm, existing, pod)) add(w.podAffinityTerm, labels, w.weight);
      }
      for (const w of ea?.podAntiAffinity?.preferredDuringSchedulingIgnoredDuringExecution ?? []) {
        if (termMatches(w.podAffinityTerm, existing, pod)) add(w.podAffinityTerm, labels, -w.weight);
      }
    }
  }
  return scores;
}

export const InterPodAffinity: FilterPlugin<AffinityState> & ScorePlugin<Counts> = {
  name: 'InterPodAffinity',
  weight: 2,
  preFilter,
  filter(pod: Pod, node: NodeInfo, state: AffinityState): Status {
    if (!satisfiesAffinity(pod, node, state)) return unresolvable(ERR_REASON_AFFINITY);
    if (!satisfiesAntiAffinity(pod, node, state)) return unschedulable(ERR_REASON_ANTI_AFFINITY);
    if (!satisfiesExistingAntiAffinity(node, state)) return unschedulable(ERR_REASON_EXISTING_ANTI_AFFINITY);
    return SUCCESS;
  },
  preScore,
  score(_pod: Pod, node: NodeInfo, scores: Counts): number {
    let sum = 0;
    for (const [k, v] of Object.entries(node.node.metadata.labels ?? {})) sum += scores.get(pair(k, v)) ?? 0;
    return sum;
  },
  /** Min-max scaling, as scoring.go NormalizeScore does. */
  normalize(scores: number[]): number[] {
    if (scores.length === 0) return scores;
    const lo = Math.min(...scores), hi = Math.max(...scores);
    if (hi === lo) return scores.map(() => 0);
    return scores.map((s) => Math.floor((MAX_NODE_SCORE * (s - lo)) / (hi - lo)));
  },
};
