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
  /** When each ended container instance (`<pod uid>/<container id>`) first showed as terminated. */
  private readonly shownAt = new Map<string, number>();

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
    const before = this.generate(pod);
    this.noteExits(uid, before);
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
    const holdUntil = this.exitShownUntil(uid, before);
    if (holdUntil !== undefined) {
      // The kubelet reports what it did only when the PLEG relists the runtime, so a container
      // that just ended shows its terminated reason (OOMKilled, Error, Completed) for a moment
      // before the restart or the back-off takes its place.
      this.relists.set(uid, this.deps.clock.setTimer(holdUntil - this.deps.clock.now(), () => {
        this.relists.delete(uid);
        if (this.terminated.has(uid)) return;
        const later = this.generate(pod);
        this.noteExits(uid, later);
        statusManager.setPodStatus(pod, later);
      }));
    } else {
      const after = this.generate(pod);
      this.noteExits(uid, after);
      statusManager.setPodStatus(pod, after);
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

  /** Remembers when each container instance first showed as terminated. */
  private noteExits(uid: string, status: PodStatus): void {
    for (const id of terminatedIds(status)) if (!this.shownAt.has(`${uid}/${id}`)) this.shownAt.set(`${uid}/${id}`, this.deps.clock.now());
  }

  /** Until when a terminated state shown less than one relist ago must stay visible. */
  private exitShownUntil(uid: string, status: PodStatus): number | undefined {
    let until: number | undefined;
    for (const id of terminatedIds(status)) {
      const end = (this.shownAt.get(`${uid}/${id}`) ?? 0) + RELIST_PERIOD_MS;
      if (end > this.deps.clock.now() && (until === undefined || end > until)) until = end;
    }
    return until;
  }

  forget(uid: string): void {
    for (const key of [...this.shownAt.keys()]) if (key.startsWith(`${uid}/`)) this.shownAt.delete(key);
    this.relists.get(uid)?.cancel();
    this.relists.delete(uid);
    this.reasons.delete(uid);
    this.terminated.delete(uid);
  }
}

/** pkg/kubelet/kubelet.go plegRelistPeriod. */
export const RELIST_PERIOD_MS = 1000;

/** The container instances the status shows as terminated. */
function terminatedIds(status: PodStatus): string[] {
  return [...(status.initContainerStatuses ?? []), ...(status.containerStatuses ?? [])]
    .filter((c) => c.state?.terminated).map((c) => `${c.name}:${c.state!.terminated!.containerID ?? ''}`);
}

/** The kubelet's last conditions, with the ones others own (PodScheduled) as the API server has them now. */
function mergeConditions(known: PodStatus, api: PodStatus | undefined): PodStatus['conditions'] {
  const owned = new Set(['PodReadyToStartContainers', 'Initialized', 'Ready', 'ContainersReady']);
  return [...(known.conditions ?? []).filter((c) => owned.has(c.type)), ...(api?.conditions ?? []).filter((c) => !owned.has(c.type))];
}
