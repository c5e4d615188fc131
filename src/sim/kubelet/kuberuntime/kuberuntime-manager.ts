// The kubelet's side of the container runtime: which sandbox and container instances belong to
// which pod, starting one container (image, config, create, start — with the events a learner
// sees), killing containers with their grace period, and keeping one previous instance per
// container for `kubectl logs --previous`.
// Models pkg/kubelet/kuberuntime/kuberuntime_manager.go and kuberuntime_container.go
// (startContainer, killContainer, the container GC's keep-one rule)

import type { VirtualClock } from '../../clock.ts';
import type { NetNamespace } from '../../../os/net.ts';
import type { Container, EphemeralContainer, Pod } from '../../api/types.ts';
import type { ContainerRuntimeStatus, ImageInfo, RuntimeService } from '../../cri/types.ts';
import * as events from '../events.ts';
import type { ImageManager } from '../images/image-manager.ts';
import type { PodIPAllocator } from '../pod-ip.ts';
import type { ProberManager } from '../prober/prober-manager.ts';
import type { KubeletRecorder } from '../recorder.ts';
import type { VolumeManager } from '../volumemanager/volume-manager.ts';
import { generateContainerConfig } from './container-config.ts';
import type { EnvContext, EnvSource } from './env.ts';
import { emptyPodStatus, type RuntimePodStatus } from './runtime-pod.ts';
import { logLineText } from './log-line.ts';

export const CreateContainerError = 'CreateContainerError';
export const RunContainerError = 'RunContainerError';

export interface RuntimeManagerDeps {
  runtime: RuntimeService;
  clock: VirtualClock;
  recorder: KubeletRecorder;
  images: ImageManager;
  volumes: VolumeManager;
  probes: ProberManager;
  ips: PodIPAllocator;
  envSource: EnvSource;
  envContext(podIP: string): EnvContext;
}

export type StepResult = { ok: true } | { ok: false; reason: string; message: string; retryAt?: number };

interface PodRecord {
  sandbox?: { id: string; ip: string; net: NetNamespace };
  containers: Map<string, { current?: string; previous?: string }>;
  images: Map<string, ImageInfo>;
}

export class KubeRuntimeManager {
  readonly deps: RuntimeManagerDeps;
  private readonly pods = new Map<string, PodRecord>();
  private readonly owners = new Map<string, string>();

  constructor(deps: RuntimeManagerDeps) {
    this.deps = deps;
  }

  private record(uid: string): PodRecord {
    let r = this.pods.get(uid);
    if (!r) this.pods.set(uid, (r = { containers: new Map(), images: new Map() }));
    return r;
  }

  /** The pod's sandbox (network namespace for port-forward), if it has one. */
  sandboxOf(uid: string): { id: string; ip: string; net: NetNamespace } | undefined {
    return this.pods.get(uid)?.sandbox;
  }

  /** The pod a container instance belongs to (for container exit notifications). */
  podOfContainer(id: string): string | undefined {
    return this.owners.get(id);
  }

  getPodStatus(pod: Pod): RuntimePodStatus {
    const r = this.pods.get(pod.metadata.uid!);
    if (!r) return emptyPodStatus();
    const status = emptyPodStatus();
    if (r.sandbox) status.sandbox = { id: r.sandbox.id, ip: r.sandbox.ip };
    const specs = [...(pod.spec.initContainers ?? []), ...pod.spec.containers, ...(pod.spec.ephemeralContainers ?? [])];
    for (const [name, ids] of r.containers) {
      const spec = specs.find((c) => c.name === name);
      const look = (id?: string) => (id ? this.withTerminationMessage(spec, this.deps.runtime.containerStatus(id)) : undefined);
      status.containers.set(name, { current: look(ids.current), previous: look(ids.previous) });
    }
    for (const [id, image] of r.images) status.images.set(id, image);
    return status;
  }

  /**
   * FallbackToLogsOnError: a container that failed without writing its termination message
   * reports the tail of its log instead (the last 80 lines, at most 2048 bytes).
   */
  private withTerminationMessage(spec: Container | undefined, s: ContainerRuntimeStatus | undefined): ContainerRuntimeStatus | undefined {
    if (!s || s.state !== 'exited' || s.message || !s.exitCode || spec?.terminationMessagePolicy !== 'FallbackToLogsOnError') return s;
    const lines = this.deps.runtime.logs(s.id).map(logLineText).join('').split('\n');
    if (lines[lines.length - 1] === '') lines.pop();
    let tail = lines.slice(-80).join('\n') + (lines.length ? '\n' : '');
    if (tail.length > 2048) tail = tail.slice(-2048);
    return tail ? { ...s, message: tail } : s;
  }

  async createSandbox(pod: Pod, hostIP: string): Promise<StepResult> {
    const uid = pod.metadata.uid!;
    const ip = pod.spec.hostNetwork ? hostIP : this.deps.ips.allocate(uid);
    if (!ip) return { ok: false, reason: 'FailedCreatePodSandBox', message: 'failed to allocate for range 0: no IP addresses available in range set' };
    const res = await this.deps.runtime.runPodSandbox({
      podUid: uid, name: pod.metadata.name!, namespace: pod.metadata.namespace ?? 'default',
      hostname: pod.spec.hostname ?? pod.metadata.name!, ip, hostNetwork: pod.spec.hostNetwork,
    });
    if (!res.ok) {
      this.deps.ips.release(uid);
      const message = `Failed to create pod sandbox: ${res.message}`;
      this.deps.recorder.podEvent(pod, 'Warning', events.FailedCreatePodSandBox, message);
      return { ok: false, reason: 'FailedCreatePodSandBox', message };
    }
    this.record(uid).sandbox = { id: res.sandbox.id, ip: res.sandbox.ip, net: res.sandbox.net };
    return { ok: true };
  }

  /** Pulls, configures, creates and starts one instance of `container`. */
  async startContainer(pod: Pod, container: Container, status: RuntimePodStatus): Promise<StepResult> {
    const { recorder } = this.deps;
    const failed = (reason: string, message: string, retryAt?: number, eventText = message): StepResult => {
      recorder.containerEvent(pod, container, 'Warning', events.FailedToCreateContainer, `Error: ${eventText}`);
      return { ok: false, reason, message, retryAt };
    };
    const r = this.record(pod.metadata.uid!);
    const sandbox = r.sandbox;
    if (!sandbox) return { ok: false, reason: 'CreateContainerError', message: 'pod sandbox not ready' };
    const pulled = await this.deps.images.ensureImageExists(pod, container);
    if (!pulled.ok) return failed(pulled.reason, pulled.message, pulled.retryAt, pulled.reason);
    const prior = status.containers.get(container.name)?.current;
    const attempt = prior ? prior.attempt + 1 : 0;
    const config = generateContainerConfig({
      pod, container, image: pulled.image, attempt,
      mounts: this.deps.volumes.mountsFor(pod, container),
      envSource: this.deps.envSource, envContext: this.deps.envContext(sandbox.ip),
    });
    if (!config.ok) return failed(config.reason, config.message, this.deps.clock.now() + 10_000);
    // An ephemeral container's --target: it joins that container's process namespace.
    const target = (container as EphemeralContainer).targetContainerName;
    if (target) config.config.targetId = r.containers.get(target)?.current;
    const created = await this.deps.runtime.createContainer(sandbox.id, config.config);
    if (!created.ok) return failed(CreateContainerError, created.message, this.deps.clock.now() + 10_000);
    this.adopt(r, pod.metadata.uid!, container.name, created.id, pulled.image);
    recorder.containerEvent(pod, container, 'Normal', events.CreatedContainer, `Created container: ${container.name}`);
    const started = await this.deps.runtime.startContainer(created.id);
    if (!started.ok) return failed(RunContainerError, started.message);
    recorder.containerEvent(pod, container, 'Normal', events.StartedContainer, `Started container ${container.name}`);
    this.deps.probes.containerStarted(pod, container.name, created.id);
    return { ok: true };
  }

  /** Makes `id` the current instance; the one before becomes previous, the older one is removed. */
  private adopt(r: PodRecord, uid: string, name: string, id: string, image: ImageInfo): void {
    const ids = r.containers.get(name) ?? {};
    const drop = ids.previous;
    r.containers.set(name, { current: id, previous: ids.current });
    r.images.set(id, image);
    this.owners.set(id, uid);
    if (drop) {
      r.images.delete(drop);
      this.owners.delete(drop);
      void this.deps.runtime.removeContainer(drop);
    }
  }

  /** Stops one running container: a `Killing` event, SIGTERM, SIGKILL after the grace period. */
  async killContainer(pod: Pod, container: Container, gracePeriodMs: number, message?: string): Promise<void> {
    const id = this.pods.get(pod.metadata.uid!)?.containers.get(container.name)?.current;
    const s = id ? this.deps.runtime.containerStatus(id) : undefined;
    if (!id || !s || s.state !== 'running') return;
    this.deps.recorder.containerEvent(pod, container, 'Normal', events.KillingContainer, message ?? `Stopping container ${container.name}`);
    await this.deps.runtime.stopContainer(id, gracePeriodMs);
  }

  /** Stops every running container of the pod at once (app containers, sidecars, init containers). */
  async killPod(pod: Pod, gracePeriodMs: number): Promise<void> {
    const all = [...pod.spec.containers, ...(pod.spec.initContainers ?? []), ...(pod.spec.ephemeralContainers ?? [])];
    await Promise.all(all.map((c) => this.killContainer(pod, c, gracePeriodMs)));
  }

  /** Forgets a pod that left the node: stops what still runs, removes its containers and sandbox. */
  async removePod(uid: string): Promise<void> {
    const r = this.pods.get(uid);
    this.pods.delete(uid);
    this.deps.ips.release(uid);
    if (!r) return;
    for (const ids of r.containers.values()) {
      for (const id of [ids.current, ids.previous]) {
        if (!id) continue;
        this.owners.delete(id);
        const s = this.deps.runtime.containerStatus(id);
        if (s?.state === 'running') await this.deps.runtime.stopContainer(id, 0);
        await this.deps.runtime.removeContainer(id);
      }
    }
    if (r.sandbox) {
      await this.deps.runtime.stopPodSandbox(r.sandbox.id);
      await this.deps.runtime.removePodSandbox(r.sandbox.id);
    }
  }
}
