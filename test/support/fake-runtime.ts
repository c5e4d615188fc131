// A scripted container runtime for kubelet tests: images from a small catalog with pull times,
// containers that exit with a code after a delay, run forever, get OOM-killed or ignore SIGTERM.
// Everything happens on the virtual clock.

import type { VirtualClock, Timer } from '../../src/sim/clock.ts';
import { Network, NetNamespace } from '../../src/os/net.ts';
import type {
  ContainerConfig, ContainerRuntimeStatus, ExecStreams, ImageInfo, ImageService, LogLine, PodSandbox, PodSandboxConfig,
  PullResult, RuntimeResult, RuntimeService,
} from '../../src/sim/cri/types.ts';

export interface Behaviour {
  /** Exit on its own after this long; absent = run until stopped. */
  exitAfterMs?: number;
  exitCode?: number;
  /** Killed by the OOM killer instead of exiting (exit 137, reason OOMKilled). */
  oom?: boolean;
  /** PID 1 without a SIGTERM handler: only SIGKILL after the grace period stops it. */
  ignoreSigterm?: boolean;
  /** Lines written to stdout at start. */
  logs?: string[];
  /** startContainer fails like containerd does for a missing executable. */
  startError?: string;
  terminationMessage?: string;
}

export interface CatalogImage {
  sizeBytes?: number;
  pullMs?: number;
  user?: string;
}

interface Instance {
  status: ContainerRuntimeStatus;
  config: ContainerConfig;
  behaviour: Behaviour;
  timer?: Timer;
  logs: LogLine[];
  followers: Set<(l: LogLine) => void>;
}

let counter = 0;
const hex64 = (n: number, salt: string) => {
  let h = '';
  let x = n * 2654435761 + salt.length * 97;
  while (h.length < 64) { x = (x * 1103515245 + 12345) % 2147483648; h += x.toString(16).padStart(8, '0'); }
  return h.slice(0, 64);
};

export class FakeRuntime implements RuntimeService, ImageService {
  readonly clock: VirtualClock;
  readonly network = new Network();
  readonly catalog: Record<string, CatalogImage>;
  readonly present = new Map<string, ImageInfo>();
  readonly containers = new Map<string, Instance>();
  readonly sandboxes = new Map<string, PodSandbox>();
  readonly stopped: { id: string; graceMs: number }[] = [];
  behaviour: (config: ContainerConfig) => Behaviour;
  private readonly exitListeners = new Set<(id: string) => void>();

  constructor(clock: VirtualClock, catalog: Record<string, CatalogImage>, behaviour: (config: ContainerConfig) => Behaviour = () => ({})) {
    this.clock = clock;
    this.catalog = catalog;
    this.behaviour = behaviour;
  }

  private info(ref: string): ImageInfo {
    const c = this.catalog[ref];
    const repo = ref.replace(/:[^/:]+$/, '');
    return { ref, id: `sha256:${hex64(ref.length, ref)}`, repoDigest: `${repo}@sha256:${hex64(ref.length + 1, ref)}`, sizeBytes: c?.sizeBytes ?? 1000, user: c?.user ?? '' };
  }

  // ImageService
  imageStatus(ref: string): ImageInfo | undefined { return this.present.get(ref); }
  listImages(): ImageInfo[] { return [...this.present.values()]; }
  async pullImage(ref: string): Promise<PullResult> {
    const c = this.catalog[ref];
    await this.clock.sleep(c?.pullMs ?? 1000);
    if (!c) {
      return { ok: false, message: `rpc error: code = NotFound desc = failed to pull and unpack image "${ref}": failed to resolve reference "${ref}": ${ref}: not found` };
    }
    const image = this.info(ref);
    this.present.set(ref, image);
    return { ok: true, image, durationMs: c.pullMs ?? 1000 };
  }

  // RuntimeService
  async runPodSandbox(config: PodSandboxConfig): Promise<RuntimeResult<{ sandbox: PodSandbox }>> {
    const id = hex64(++counter, 'sandbox');
    const sandbox = { id, ip: config.ip, net: new NetNamespace(this.network, [config.ip], config.hostname) };
    this.sandboxes.set(id, sandbox);
    return { ok: true, sandbox };
  }
  async stopPodSandbox(): Promise<void> {}
  async removePodSandbox(id: string): Promise<void> { this.sandboxes.delete(id); }

  async createContainer(_sandboxId: string, config: ContainerConfig): Promise<RuntimeResult<{ id: string }>> {
    const id = hex64(++counter, config.name);
    this.containers.set(id, {
      status: { id, name: config.name, attempt: config.attempt, state: 'created', createdAt: this.clock.now(), imageRef: config.image.ref },
      config, behaviour: this.behaviour(config), logs: [], followers: new Set(),
    });
    return { ok: true, id };
  }

  async startContainer(id: string): Promise<RuntimeResult<object>> {
    const c = this.containers.get(id)!;
    if (c.behaviour.startError) {
      this.finish(c, 128, 'StartError', c.behaviour.startError, false);
      return { ok: false, reason: 'RunContainerError', message: c.behaviour.startError };
    }
    c.status.state = 'running';
    c.status.startedAt = this.clock.now();
    for (const line of c.behaviour.logs ?? []) this.log(c, line);
    const b = c.behaviour;
    if (b.exitAfterMs !== undefined) {
      c.timer = this.clock.setTimer(b.exitAfterMs, () => {
        if (b.oom) this.finish(c, 137, 'OOMKilled');
        else this.finish(c, b.exitCode ?? 0, (b.exitCode ?? 0) === 0 ? 'Completed' : 'Error', b.terminationMessage);
      });
    }
    return { ok: true };
  }

  private log(c: Instance, text: string): void {
    const line: LogLine = { time: this.clock.now(), stream: 'stdout', text };
    c.logs.push(line);
    for (const f of c.followers) f(line);
  }

  /** Writes a log line from a running container (tests script output over time). */
  emit(id: string, text: string): void {
    this.log(this.containers.get(id)!, text);
  }

  private finish(c: Instance, exitCode: number, reason: string, message?: string, notify = true): void {
    if (c.status.state === 'exited') return;
    c.timer?.cancel();
    c.status.state = 'exited';
    c.status.exitCode = exitCode;
    c.status.reason = reason;
    if (message) c.status.message = message;
    c.status.finishedAt = this.clock.now();
    c.status.startedAt ??= c.status.finishedAt;
    if (notify) for (const l of [...this.exitListeners]) l(c.status.id);
  }

  async stopContainer(id: string, gracePeriodMs: number): Promise<void> {
    const c = this.containers.get(id);
    if (!c || c.status.state !== 'running') return;
    this.stopped.push({ id, graceMs: gracePeriodMs });
    if (!c.behaviour.ignoreSigterm) {
      this.finish(c, 0, 'Completed');
      return;
    }
    await this.clock.sleep(gracePeriodMs);
    this.finish(c, 137, 'Error');
  }

  async removeContainer(id: string): Promise<void> { this.containers.delete(id); }
  containerStatus(id: string): ContainerRuntimeStatus | undefined {
    const c = this.containers.get(id);
    return c ? { ...c.status } : undefined;
  }
  onContainerExit(listener: (id: string) => void): () => void {
    this.exitListeners.add(listener);
    return () => this.exitListeners.delete(listener);
  }
  async execSync(): Promise<RuntimeResult<{ exitCode: number; output: string }>> { return { ok: true, exitCode: 0, output: '' }; }
  async exec(id: string, command: string[], streams: ExecStreams): Promise<RuntimeResult<{ exitCode: number }>> {
    if (this.containers.get(id)?.status.state !== 'running') return { ok: false, reason: 'NotFound', message: 'container not running' };
    streams.stdout.write(`${command.join(' ')}\n`);
    return { ok: true, exitCode: 0 };
  }
  logs(id: string): LogLine[] { return [...(this.containers.get(id)?.logs ?? [])]; }
  followLogs(id: string, listener: (line: LogLine) => void): () => void {
    const c = this.containers.get(id);
    c?.followers.add(listener);
    return () => c?.followers.delete(listener);
  }
  memoryUsage(): number { return 0; }

  /** The instances created for a container name, oldest first. */
  instances(name: string): Instance[] {
    return [...this.containers.values()].filter((c) => c.config.name === name);
  }
}
