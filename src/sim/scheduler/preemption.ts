// Default preemption (the PostFilter step): after no node fits, could evicting lower-priority
// pods make room? What it answers becomes the `preemption: …` half of the failure message.
//
// Which nodes say what — from pkg/scheduler/framework/preemption/preemption.go (v1.33):
//  * Preempt() → findCandidates() keeps only the nodes whose filter status code is
//    Unschedulable (`m.NodesForStatusCode(..., Unschedulable)`). Nodes rejected with
//    UnschedulableAndUnresolvable — TaintToleration, NodeAffinity, NodeUnschedulable, NodeName,
//    InterPodAffinity's affinity rule — are left out of the dry run's NodeToStatus, and
//    Preempt() gives absent nodes `SetAbsentNodesStatus(UnschedulableAndUnresolvable,
//    "Preemption is not helpful for scheduling")`.
//  * The Unschedulable ones (NodeResourcesFit's `Insufficient …`/`Too many pods`, NodePorts,
//    pod anti-affinity) go through DryRunPreemption → SelectVictimsOnNode
//    (plugins/defaultpreemption/default_preemption.go): with no lower-priority pod on the
//    node it answers UnschedulableAndUnresolvable "No preemption victims found for incoming
//    pod"; when the pod still does not fit after removing them all, the filter's own status.
//  * With no candidate, the message is a FitError over those statuses: `0/N nodes are
//    available: <histogram>.`, and DefaultPreemption.PostFilter prefixes `preemption: `.
//  * PodEligibleToPreemptOthers: preemptionPolicy Never → "not eligible due to
//    preemptionPolicy=Never."; victims of its last preemption still terminating on its
//    nominated node: "not eligible due to a terminating pod on the nominated node."
// So with the default cluster, a pod too big for node01 reads: `1 No preemption victims found
// for incoming pod, 1 Preemption is not helpful for scheduling.` (node01 short of memory,
// controlplane tainted).

import type { Pod } from '../api/types.ts';
import { fitErrorMessage } from './framework/fit-error.ts';
import { newNodeInfo, type NodeInfo } from './framework/node-info.ts';
import { runFilters, runPreFilters, type Profile } from './framework/runtime.ts';
import { isSuccess, unresolvable, type Status } from './framework/status.ts';

export const NOT_HELPFUL = 'Preemption is not helpful for scheduling';
export const NO_VICTIMS = 'No preemption victims found for incoming pod';

export type PreemptionResult =
  | { kind: 'fail'; message: string }
  /** A node where evicting `victims` makes the pod fit. */
  | { kind: 'nominate'; node: string; victims: Pod[] };

const priority = (p: Pod) => p.spec.priority ?? 0;

function withoutPods(all: readonly NodeInfo[], node: NodeInfo, removed: ReadonlySet<Pod>): NodeInfo[] {
  return all.map((n) => (n === node ? newNodeInfo(n.node, n.pods.filter((p) => !removed.has(p))) : n));
}

function fitsOn(profile: Profile, pod: Pod, all: readonly NodeInfo[], name: string): Status {
  const state = runPreFilters(profile, pod, all);
  return runFilters(profile, pod, all.find((n) => n.name === name)!, state);
}

/** SelectVictimsOnNode: remove every lower-priority pod, then put back as many as still fit. */
function selectVictims(profile: Profile, pod: Pod, all: readonly NodeInfo[], node: NodeInfo): Pod[] | Status {
  const potential = node.pods.filter((p) => priority(p) < priority(pod));
  if (potential.length === 0) return unresolvable(NO_VICTIMS);
  const removed = new Set(potential);
  const status = fitsOn(profile, pod, withoutPods(all, node, removed), node.name);
  if (!isSuccess(status)) return status;
  // Reprieve the most important pods first.
  for (const p of [...potential].sort((a, b) => priority(b) - priority(a))) {
    removed.delete(p);
    const trial = withoutPods(all, node, removed);
    const target = trial.find((n) => n.name === node.name)!;
    if (!isSuccess(fitsOn(profile, pod, trial, target.name))) removed.add(p);
  }
  return potential.filter((p) => removed.has(p));
}

/** A victim of an earlier preemption, still shutting down (podTerminatingByPreemption). */
export function terminatingByPreemption(p: Pod): boolean {
  return !!p.metadata.deletionTimestamp
    && (p.status?.conditions ?? []).some((c) => c.type === 'DisruptionTarget' && c.status === 'True' && c.reason === 'PreemptionByScheduler');
}

/** PodEligibleToPreemptOthers: the reason a pod may not preempt now, if any. */
function notEligible(pod: Pod, all: readonly NodeInfo[], nodeToStatus: ReadonlyMap<string, Status>): string | undefined {
  if (pod.spec.preemptionPolicy === 'Never') return 'not eligible due to preemptionPolicy=Never.';
  const nominated = pod.status?.nominatedNodeName;
  if (!nominated || nodeToStatus.get(nominated)?.code === 'UnschedulableAndUnresolvable') return undefined;
  const node = all.find((n) => n.name === nominated);
  // Victims evicted for this pod are still terminating: wait for them rather than evict more.
  if (node?.pods.some((p) => priority(p) < priority(pod) && terminatingByPreemption(p))) return 'not eligible due to a terminating pod on the nominated node.';
  return undefined;
}

export function preempt(profile: Profile, pod: Pod, all: readonly NodeInfo[], nodeToStatus: ReadonlyMap<string, Status>): PreemptionResult {
  const ineligible = notEligible(pod, all, nodeToStatus);
  if (ineligible) return { kind: 'fail', message: `preemption: ${ineligible}` };
  const statuses = new Map<string, Status>();
  const candidates: { node: string; victims: Pod[] }[] = [];
  for (const node of all) {
    if (nodeToStatus.get(node.name)?.code !== 'Unschedulable') continue;
    const r = selectVictims(profile, pod, all, node);
    if (Array.isArray(r)) candidates.push({ node: node.name, victims: r });
    else statuses.set(node.name, r);
  }
  if (candidates.length === 0) {
    const msg = fitErrorMessage(all.length, { nodeToStatus: statuses, absentStatus: unresolvable(NOT_HELPFUL) });
    return { kind: 'fail', message: `preemption: ${msg}` };
  }
  // Fewest, least important victims first (a simplification of pickOneNodeForPreemption).
  const cost = (c: { victims: Pod[] }) => Math.max(...c.victims.map(priority));
  candidates.sort((a, b) => cost(a) - cost(b) || a.victims.length - b.victims.length || (a.node < b.node ? -1 : 1));
  return { kind: 'nominate', ...candidates[0] };
}
