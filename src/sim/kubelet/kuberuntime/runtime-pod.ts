// What the runtime knows about one pod, as the kubelet reads it before each sync: the sandbox and,
// per container name, the newest instance and the one before it (the only previous instance kept).
// Models pkg/kubelet/container/runtime.go (PodStatus)

import type { ContainerRuntimeStatus, ImageInfo } from '../../cri/types.ts';

export interface RuntimeContainer {
  current?: ContainerRuntimeStatus;
  previous?: ContainerRuntimeStatus;
}

export interface RuntimePodStatus {
  sandbox?: { id: string; ip: string };
  containers: Map<string, RuntimeContainer>;
  /** The image each container instance was created from, by container id. */
  images: Map<string, ImageInfo>;
}

export function emptyPodStatus(): RuntimePodStatus {
  return { containers: new Map(), images: new Map() };
}

/** Whether a container (init sidecar or app) has ever been started in this pod. */
export function everStarted(c: RuntimeContainer | undefined): boolean {
  return !!c?.current && c.current.state !== 'created';
}

/** Probe results the pod worker consults; the prober manager (issue 4) supplies real ones. */
export interface ProbeResults {
  /** Readiness: true unless a readiness probe says otherwise. */
  ready(containerName: string, containerId: string): boolean;
  /** Startup: true unless a startup probe has not succeeded yet. */
  started(containerName: string, containerId: string): boolean;
  /** Liveness (or startup) failure that asks for a restart. */
  failed(containerName: string, containerId: string): { reason: 'liveness' | 'startup' } | undefined;
}
