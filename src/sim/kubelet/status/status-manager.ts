// The single source of truth for the status of the pods on this node: the pod worker sets a
// status, the manager writes it through the status subresource when it differs from what was
// last written, keeping the conditions others own (PodScheduled) as the API server has them.
// Models pkg/kubelet/status/status_manager.go (SetPodStatus, syncPod, mergePodStatus)

import type { ApiClient } from '../../apiserver/api-client.ts';
import type { Pod, PodStatus } from '../../api/types.ts';
import { isStatus } from '../../api/errors.ts';

const KUBELET_CONDITIONS = new Set(['PodReadyToStartContainers', 'Initialized', 'Ready', 'ContainersReady']);
/** Conditions others own too, which the kubelet only adds (kubetypes.PodConditionSharedByKubelet). */
const SHARED_CONDITIONS = new Set(['DisruptionTarget']);

export class StatusManager {
  private readonly api: ApiClient;
  private readonly statuses = new Map<string, { status: PodStatus; written: string }>();

  constructor(api: ApiClient) {
    this.api = api;
  }

  getPodStatus(uid: string): PodStatus | undefined {
    return this.statuses.get(uid)?.status;
  }

  /** Records the pod's status and writes it to the API server if it changed. Returns the pod as stored. */
  setPodStatus(pod: Pod, status: PodStatus): Pod | undefined {
    const uid = pod.metadata.uid!;
    const key = JSON.stringify(status);
    const entry = this.statuses.get(uid);
    if (entry && entry.written === key) return undefined;
    this.statuses.set(uid, { status, written: entry?.written ?? '' });
    const current = this.api.get<Pod>({ resource: 'pods', namespace: pod.metadata.namespace, name: pod.metadata.name! });
    // A static pod's status goes onto its mirror pod, which carries the static pod's UID as its hash.
    if (isStatus(current) || (current.metadata.uid !== uid && current.metadata.annotations?.['kubernetes.io/config.mirror'] !== uid)) return undefined;
    const merged = mergePodStatus(current.status ?? {}, status);
    const stored = this.api.updateStatus<Pod>({
      resource: 'pods', namespace: pod.metadata.namespace, name: pod.metadata.name!,
      body: { ...current, status: merged }, options: { fieldManager: 'kubelet' },
    });
    if (isStatus(stored)) return undefined;
    this.statuses.set(uid, { status, written: key });
    return stored;
  }

  removePod(uid: string): void {
    this.statuses.delete(uid);
  }
}

/**
 * The kubelet's conditions in its order, then every condition the API server holds that it does
 * not own; a condition it shares with others (DisruptionTarget) and adds comes last, where the
 * strategic merge patch of upstream's status manager appends it.
 */
export function mergePodStatus(current: PodStatus, next: PodStatus): PodStatus {
  const others = (current.conditions ?? []).filter((c) => !KUBELET_CONDITIONS.has(c.type));
  const added = (c: { type: string }) => !KUBELET_CONDITIONS.has(c.type) && !others.some((o) => o.type === c.type);
  const mine = (next.conditions ?? []).filter((c) => !SHARED_CONDITIONS.has(c.type) && (KUBELET_CONDITIONS.has(c.type) || added(c)));
  const shared = (next.conditions ?? []).filter((c) => SHARED_CONDITIONS.has(c.type) && added(c));
  const merged: PodStatus = { ...next, conditions: [...mine, ...others, ...shared] };
  if (current.qosClass) merged.qosClass = current.qosClass;
  if (current.nominatedNodeName && !merged.nominatedNodeName) merged.nominatedNodeName = current.nominatedNodeName;
  return merged;
}
