// API container statuses from what the runtime reports, what the last sync could not do (the
// reason cache: ErrImagePull, CrashLoopBackOff, CreateContainerConfigError…) and probe results.
// Models pkg/kubelet/kubelet_pods.go (convertToAPIContainerStatuses) and pkg/kubelet/reason_cache.go

import type { Container, ContainerState, ContainerStatus, Pod } from '../../api/types.ts';
import type { ContainerRuntimeStatus } from '../../cri/types.ts';
import { rfc3339 } from '../format.ts';
import { isSidecar } from '../kuberuntime/compute-pod-actions.ts';
import type { ProbeResults, RuntimePodStatus } from '../kuberuntime/runtime-pod.ts';

export interface WaitingReason {
  reason: string;
  message: string;
}

export const ContainerCreating = 'ContainerCreating';
export const PodInitializing = 'PodInitializing';

export function containerID(id: string): string {
  return `containerd://${id}`;
}

function terminated(s: ContainerRuntimeStatus): ContainerState {
  const t: NonNullable<ContainerState['terminated']> = { exitCode: s.exitCode ?? 0 };
  if (s.reason) t.reason = s.reason;
  if (s.message) t.message = s.message;
  t.startedAt = rfc3339(s.startedAt ?? s.createdAt);
  t.finishedAt = rfc3339(s.finishedAt ?? s.startedAt ?? s.createdAt);
  t.containerID = containerID(s.id);
  return { terminated: t };
}

/** Fields in Go's struct order, so `-o json` prints them as the real API server does. */
function ordered(s: ContainerStatus): ContainerStatus {
  const o: ContainerStatus = {
    name: s.name, state: s.state, lastState: s.lastState, ready: s.ready, restartCount: s.restartCount,
    image: s.image, imageID: s.imageID,
  };
  if (s.containerID) o.containerID = s.containerID;
  o.started = s.started;
  return o;
}

export interface StatusSources {
  runtime: RuntimePodStatus;
  reasons: ReadonlyMap<string, WaitingReason>;
  probes: ProbeResults;
}

/** Statuses for `containers` (the pod's init or app containers), in the order the kubelet sorts them. */
export function convertContainerStatuses(pod: Pod, containers: Container[], isInit: boolean, src: StatusSources): ContainerStatus[] {
  const hasInit = (pod.spec.initContainers?.length ?? 0) > 0;
  const out: ContainerStatus[] = [];
  for (const c of containers) {
    const rc = src.runtime.containers.get(c.name);
    const cur = rc?.current;
    const status: ContainerStatus = {
      name: c.name,
      state: { waiting: { reason: hasInit ? PodInitializing : ContainerCreating } },
      lastState: {},
      ready: false,
      restartCount: 0,
      image: c.image ?? '',
      imageID: '',
      started: false,
    };
    if (cur) {
      const image = src.runtime.images.get(cur.id);
      if (image) {
        status.image = image.ref;
        status.imageID = image.repoDigest;
      }
      status.containerID = containerID(cur.id);
      status.restartCount = cur.attempt;
      if (cur.state === 'running') {
        status.state = { running: { startedAt: rfc3339(cur.startedAt ?? cur.createdAt) } };
        const regularInit = isInit && !isSidecar(c);
        status.started = src.probes.started(c.name, cur.id);
        status.ready = !regularInit && status.started && src.probes.ready(c.name, cur.id);
      } else if (cur.state === 'exited') {
        status.state = terminated(cur);
        if (isInit && !isSidecar(c)) status.ready = cur.exitCode === 0;
      } else {
        status.state = { waiting: { reason: ContainerCreating } };
      }
      if (rc?.previous?.state === 'exited') status.lastState = terminated(rc.previous);
    }
    const cached = src.reasons.get(c.name);
    if (cached && cur?.state !== 'running') {
      if (status.state?.terminated) status.lastState = status.state;
      status.state = { waiting: cached.message ? { reason: cached.reason, message: cached.message } : { reason: cached.reason } };
      status.ready = false;
      status.started = false;
    }
    out.push(ordered(status));
  }
  // Init containers stay in spec order; app containers are sorted by name.
  if (!isInit) out.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  return out;
}
