// The kubelet's endpoints that kubectl reaches through the API server's proxy: container logs
// (current or previous instance, timestamps, tail, since, follow), exec and port-forward. Errors
// are Status values with the texts the real kubelet and API server return.
// Models pkg/kubelet/server/server.go, pkg/kubelet/kubelet_pods.go (GetContainerLogs,
// validateContainerLogStatus) and pkg/registry/core/pod/strategy.go (LogLocation)

import type { VirtualClock } from '../clock.ts';
import type { ApiClient } from '../apiserver/api-client.ts';
import type { Pod, PodStatus, Status } from '../api/types.ts';
import { isStatus, newBadRequest } from '../api/errors.ts';
import type { ExecStreams, LogLine, RuntimeService } from '../cri/types.ts';
import type { NetNamespace } from '../../os/net.ts';
import { Pipe, type Reader } from '../../os/pipe.ts';
import { rfc3339Nano } from './format.ts';
import { logLineText } from './kuberuntime/log-line.ts';

export interface LogOptions {
  previous?: boolean;
  timestamps?: boolean;
  tailLines?: number;
  sinceSeconds?: number;
  follow?: boolean;
}

export interface KubeletServerDeps {
  api: ApiClient;
  runtime: RuntimeService;
  clock: VirtualClock;
  nodeName: string;
  podStatus(uid: string): PodStatus | undefined;
  sandbox(uid: string): { id: string; ip: string; net: NetNamespace } | undefined;
}

function failure(code: number, reason: string, message: string): Status {
  return { apiVersion: 'v1', kind: 'Status', metadata: {}, status: 'Failure', message, reason, code };
}

export class KubeletServer {
  private readonly deps: KubeletServerDeps;

  constructor(deps: KubeletServerDeps) {
    this.deps = deps;
  }

  private pod(namespace: string, name: string): Pod | Status {
    const pod = this.deps.api.get<Pod>({ resource: 'pods', namespace, name });
    if (isStatus(pod)) return pod;
    if (!pod.spec.nodeName) return newBadRequest(`pod ${name} does not have a host assigned`);
    return pod;
  }

  private containerNames(pod: Pod): string[] {
    return [...pod.spec.containers, ...(pod.spec.initContainers ?? []), ...(pod.spec.ephemeralContainers ?? [])].map((c) => c.name);
  }

  private status(pod: Pod): PodStatus {
    return this.deps.podStatus(pod.metadata.uid!) ?? pod.status ?? {};
  }

  /** The runtime id of the container instance whose logs are asked for, or the kubelet's refusal. */
  private logContainerId(pod: Pod, container: string, previous: boolean): string | Status {
    const podName = pod.metadata.name!;
    const st = this.status(pod);
    const cs = [...(st.containerStatuses ?? []), ...(st.initContainerStatuses ?? []), ...(st.ephemeralContainerStatuses ?? [])]
      .find((c) => c.name === container);
    if (!cs) return newBadRequest(`container "${container}" in pod "${podName}" is waiting to start: ContainerCreating`);
    const strip = (id: string) => id.replace(/^[a-z]+:\/\//, '');
    const last = cs.lastState?.terminated, state = cs.state ?? {};
    if (previous) {
      if (!last?.containerID) return newBadRequest(`previous terminated container "${container}" in pod "${podName}" not found`);
      return strip(last.containerID);
    }
    if (state.running) return strip(cs.containerID ?? '');
    if (state.terminated) {
      if (state.terminated.containerID) return strip(state.terminated.containerID);
      if (last?.containerID) return strip(last.containerID);
      return newBadRequest(`container "${container}" in pod "${podName}" is terminated`);
    }
    if (last) {
      if (!last.containerID) return newBadRequest(`container "${container}" in pod "${podName}" is terminated`);
      return strip(last.containerID);
    }
    const reason = state.waiting?.reason;
    if (reason === 'ErrImagePull') return newBadRequest(`container "${container}" in pod "${podName}" is waiting to start: image can't be pulled`);
    if (reason === 'ImagePullBackOff') return newBadRequest(`container "${container}" in pod "${podName}" is waiting to start: trying and failing to pull image`);
    if (reason) return newBadRequest(`container "${container}" in pod "${podName}" is waiting to start: ${reason}`);
    return newBadRequest(`container "${container}" in pod "${podName}" is waiting to start - no logs yet`);
  }

  /** A container's log as a stream: closed at the end, or kept open while following a running container. */
  logs(namespace: string, podName: string, container: string, options: LogOptions = {}): Reader | Status {
    const pod = this.pod(namespace, podName);
    if (isStatus(pod)) return pod;
    if (!this.containerNames(pod).includes(container)) return newBadRequest(`container ${container} is not valid for pod ${podName}`);
    const id = this.logContainerId(pod, container, options.previous ?? false);
    if (isStatus(id)) return id;
    const { runtime, clock } = this.deps;
    const format = (l: LogLine) => (options.timestamps ? `${rfc3339Nano(l.time)} ` : '') + logLineText(l);
    let lines = runtime.logs(id);
    if (options.sinceSeconds !== undefined) {
      const since = clock.now() - options.sinceSeconds * 1000;
      lines = lines.filter((l) => l.time >= since);
    }
    if (options.tailLines !== undefined) lines = options.tailLines <= 0 ? [] : lines.slice(-options.tailLines);
    const out = new Pipe();
    out.write(lines.map(format).join(''));
    const running = runtime.containerStatus(id)?.state === 'running';
    if (!options.follow || options.previous || !running) {
      out.close();
      return out;
    }
    const stopFollow = runtime.followLogs(id, (l) => { if (!out.write(format(l))) done(); });
    const stopExit = runtime.onContainerExit((exited) => { if (exited === id) done(); });
    function done(): void {
      stopFollow();
      stopExit();
      out.close();
    }
    return out;
  }

  private runningContainerId(pod: Pod, container: string): string | Status {
    const st = this.status(pod);
    const cs = [...(st.containerStatuses ?? []), ...(st.initContainerStatuses ?? []), ...(st.ephemeralContainerStatuses ?? [])].find((c) => c.name === container);
    const id = cs?.state?.running ? cs.containerID?.replace(/^[a-z]+:\/\//, '') : undefined;
    if (!id) return failure(500, 'InternalError', `unable to upgrade connection: container not found ("${container}")`);
    return id;
  }

  /** `kubectl exec`: runs `command` in a running container with the caller's streams. */
  async exec(namespace: string, podName: string, container: string, command: string[], streams: ExecStreams): Promise<{ exitCode: number } | Status> {
    const pod = this.pod(namespace, podName);
    if (isStatus(pod)) return pod;
    if (!this.containerNames(pod).includes(container)) return newBadRequest(`container ${container} is not valid for pod ${podName}`);
    const id = this.runningContainerId(pod, container);
    if (isStatus(id)) return id;
    const res = await this.deps.runtime.exec(id, command, streams);
    // The API server relays the kubelet's internal error on the stream's error channel.
    if (!res.ok) return failure(500, 'InternalError', `Internal error occurred: error executing command in container: ${res.message}`);
    return { exitCode: res.exitCode };
  }

  /**
   * `kubectl attach` (and run -i, debug -i): the container's main process with the caller's
   * streams, until it ends or the caller leaves. The API server refuses stdin to a container
   * that does not keep it open.
   */
  async attach(namespace: string, podName: string, container: string, streams: ExecStreams): Promise<{ exitCode: number } | Status> {
    const pod = this.pod(namespace, podName);
    if (isStatus(pod)) return pod;
    if (!this.containerNames(pod).includes(container)) return newBadRequest(`container ${container} is not valid for pod ${podName}`);
    const id = this.runningContainerId(pod, container);
    if (isStatus(id)) return id;
    const runtime = this.deps.runtime;
    if (!runtime.attach) return failure(500, 'InternalError', 'unable to upgrade connection: attach is not supported');
    const res = await runtime.attach(id, streams);
    if (!res.ok) return failure(500, 'InternalError', `Internal error occurred: error attaching to container: ${res.message}`);
    return { exitCode: runtime.containerStatus(id)?.exitCode ?? 0 };
  }

  /** `kubectl port-forward`: the pod's network namespace and the port to reach inside it. */
  portForward(namespace: string, podName: string, port: number): { net: NetNamespace; ip: string; port: number } | Status {
    const pod = this.pod(namespace, podName);
    if (isStatus(pod)) return pod;
    const sandbox = this.deps.sandbox(pod.metadata.uid!);
    if (!sandbox) return failure(500, 'InternalError', `unable to upgrade connection: pod does not exist`);
    return { net: sandbox.net, ip: sandbox.ip, port };
  }
}
