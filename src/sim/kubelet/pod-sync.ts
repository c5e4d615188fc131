// What the pod worker does for one pod on each turn: write the status it sees, plan, act, write
// the status again; or, for a pod being deleted, stop its containers within the grace period and
// then remove it from the API server.
// Models pkg/kubelet/kubelet.go (SyncPod, SyncTerminatingPod, SyncTerminatedPod)

import type { Timer, VirtualClock } from '../clock.ts';
import type { ApiClient } from '../apiserver/api-client.ts';
import type { Pod, PodStatus } from '../api/types.ts';
import type { Backoff } from './backoff.ts';
import { computePodActions } from './kuberuntime/compute-pod-actions.ts';
import type { KubeRuntimeManager } from './kuberuntime/kuberuntime-manager.ts';
import { syncPod } from './kuberuntime/sync-pod.ts';
import type { SyncOutcome } from './pod-workers.ts';
import type { ProberManager } from './prober/prober-manager.ts';
import type { WaitingReason } from './status/container-statuses.ts';
import { generateAPIPodStatus } from './status/pod-status.ts';
import type { StatusManager } from './status/status-manager.ts';

export interface PodSyncerDeps {
  api: ApiClient;
  clock: VirtualClock;
  manager: KubeRuntimeManager;
  statusManager: StatusManager;
  probes: ProberManager;
  crashBackoff: Backoff;
  hostIP: string;
}

export class PodSyncer {
  private readonly deps: PodSyncerDeps;
  /** The reason cache: why each container of each pod is still waiting. */
  private readonly reasons = new Map<string, Map<string, WaitingReason>>();
  private readonly terminated = new Set<string>();
  /** Status writes waiting for the next relist (see RELIST_PERIOD_MS). */
  private readonly relists = new Map<string, Timer>();

  constructor(deps: PodSyncerDeps) {
    this.deps = deps;
  }

  generate(pod: Pod, podIsTerminal = false): PodStatus {
    const { manager, statusManager, probes, clock, hostIP } = this.deps;
    const uid = pod.metadata.uid!;
    const known = statusManager.getPodStatus(uid);
    const withStatus = known ? { ...pod, status: { ...known, conditions: mergeConditions(known, pod.status) } } : pod;
    return generateAPIPodStatus({
      pod: withStatus, runtime: manager.getPodStatus(pod), reasons: this.reasons.get(uid) ?? new Map(), probes,
      hostIP, now: clock.now(), podIsTerminal,
    });
  }

  async sync(pod: Pod): Promise<SyncOutcome> {
    if (pod.metadata.deletionTimestamp) return this.syncTerminating(pod);
    const { manager, statusManager, probes, crashBackoff, hostIP } = this.deps;
    const uid = pod.metadata.uid!;
    this.relists.get(uid)?.cancel();
    this.relists.delete(uid);
    const previous = statusManager.getPodStatus(uid);
    const before = this.generate(pod);
    statusManager.setPodStatus(pod, before);
    if (before.phase === 'Succeeded' || before.phase === 'Failed') {
      // Finished pods keep their sandbox IP in status; whatever still runs (sidecars) stops.
      await manager.killPod(pod, (pod.spec.terminationGracePeriodSeconds ?? 30) * 1000);
      return {};
    }
    const actions = computePodActions(pod.spec, manager.getPodStatus(pod), probes);
    const result = await syncPod(manager, pod, actions, crashBackoff, hostIP);
    let cache = this.reasons.get(uid);
    for (const [name, reason] of result.reasons) {
      if (reason) {
        if (!cache) this.reasons.set(uid, (cache = new Map()));
        cache.set(name, reason);
      } else {
        cache?.delete(name);
      }
    }
    if (hasFreshExit(previous, before)) {
      // The kubelet reports what it did only when the PLEG relists the runtime, so a container
      // that just ended shows its terminated reason (OOMKilled, Error, Completed) for a moment
      // before the restart or the back-off takes its place.
      this.relists.set(uid, this.deps.clock.setTimer(RELIST_PERIOD_MS, () => {
        this.relists.delete(uid);
        if (!this.terminated.has(uid)) statusManager.setPodStatus(pod, this.generate(pod));
      }));
    } else {
      statusManager.setPodStatus(pod, this.generate(pod));
    }
    return { retryAt: result.retryAt };
  }

  private async syncTerminating(pod: Pod): Promise<SyncOutcome> {
    const { manager, statusManager, api } = this.deps;
    const uid = pod.metadata.uid!;
    if (this.terminated.has(uid)) return {};
    this.reasons.delete(uid);
    const grace = pod.metadata.deletionGracePeriodSeconds ?? pod.spec.terminationGracePeriodSeconds ?? 30;
    await manager.killPod(pod, grace * 1000);
    if (this.terminated.has(uid)) return {};
    this.terminated.add(uid);
    statusManager.setPodStatus(pod, this.generate(pod, true));
    // Every container has stopped: the kubelet finishes the graceful deletion.
    api.delete({ resource: 'pods', namespace: pod.metadata.namespace, name: pod.metadata.name!, options: { gracePeriodSeconds: 0, preconditions: { uid } } });
    return {};
  }

  forget(uid: string): void {
    this.relists.get(uid)?.cancel();
    this.relists.delete(uid);
    this.reasons.delete(uid);
    this.terminated.delete(uid);
  }
}

/** pkg/kubelet/kubelet.go plegRelistPeriod. */
export const RELIST_PERIOD_MS = 1000;

/** Whether a container shows as terminated now that did not in the status last written. */
function hasFreshExit(previous: PodStatus | undefined, now: PodStatus): boolean {
  const all = (s: PodStatus | undefined) => [...(s?.initContainerStatuses ?? []), ...(s?.containerStatuses ?? [])];
  const ended = new Set(all(previous).filter((c) => c.state?.terminated).map((c) => `${c.name}/${c.state!.terminated!.containerID ?? ''}`));
  return all(now).some((c) => c.state?.terminated && !ended.has(`${c.name}/${c.state.terminated.containerID ?? ''}`));
}

/** The kubelet's last conditions, with the ones others own (PodScheduled) as the API server has them now. */
function mergeConditions(known: PodStatus, api: PodStatus | undefined): PodStatus['conditions'] {
  const owned = new Set(['PodReadyToStartContainers', 'Initialized', 'Ready', 'ContainersReady']);
  return [...(known.conditions ?? []).filter((c) => owned.has(c.type)), ...(api?.conditions ?? []).filter((c) => !owned.has(c.type))];
}
