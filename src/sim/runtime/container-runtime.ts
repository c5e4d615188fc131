// The container runtime of one node, as the kubelet reaches it through the CRI: pod sandboxes,
// containers as process trees with their own root filesystems, exec, logs and exit events.
// Models containerd's CRI plugin (pkg/cri/server) over runc.

import type { ProgramRegistry } from '../../os/exec.ts';
import { FileSystem } from '../../os/fs/file-system.ts';
import { Tree } from '../../os/fs/tree.ts';
import type { Kernel } from '../../os/process/kernel.ts';
import type { Network, NetNamespace } from '../../os/net.ts';
import type { VirtualClock } from '../clock.ts';
import type {
  ContainerConfig, ContainerRuntimeStatus, ExecStreams, LogLine, PodSandbox, PodSandboxConfig,
  RuntimeResult, RuntimeService,
} from '../cri/types.ts';
import type { ImageCatalog } from '../images/catalog.ts';
import { imageTree, imageTreeReady } from '../images/image-tree.ts';
import { loadImageContents } from '../images/contents-loader.ts';
import type { Random } from '../random.ts';
import { Container } from './container.ts';
import { CpuSampler, cpuMillicores, type ContainerStats } from './container-stats.ts';
import { runExec, runExecSync } from './exec-session.ts';
import { boundingSet, capabilities, credOf, processArgs, processEnv, resolveUser } from './process-spec.ts';
import { procStatus } from './proc-status.ts';
import { buildRootfs, procTree } from './rootfs.ts';
import { Sandbox } from './sandbox.ts';
import { attachNet } from './net-of.ts';

export interface NodeFacts {
  name: string;
  cpus: number;
  memoryBytes: number;
  kernelRelease: string;
}

export interface ContainerRuntimeOptions {
  clock: VirtualClock;
  random: Random;
  network: Network;
  registry: ProgramRegistry;
  catalog: ImageCatalog;
  /** A macrotask hop for busy programs (the Machine's settle). */
  yieldToHost: () => Promise<void>;
  node?: Partial<NodeFacts>;
  /** The node's own namespace, joined by hostNetwork pods. */
  hostNet?: NetNamespace;
  /** The node's /etc/hosts, shown to hostNetwork pods. */
  nodeHosts?: string;
  /**
   * Called for every new container's filesystem with what its programs may see beyond their
   * context (the shape of the shell programs' SystemView): the machine binds it there, since
   * src/sim cannot reach src/shell.
   */
  bindSystem?: (fs: FileSystem, view: ContainerSystemView) => void;
}

export interface ContainerSystemView {
  programs: ProgramRegistry;
  processes: Kernel;
  net: NetNamespace;
  memoryBytes: number;
  kernelRelease: string;
}

const DEFAULT_NODE: NodeFacts = { name: 'node01', cpus: 2, memoryBytes: 4 * 1024 ** 3, kernelRelease: '6.8.0-1021-gcp' };

export class ContainerRuntime implements RuntimeService {
  private readonly o: ContainerRuntimeOptions;
  readonly node: NodeFacts;
  private readonly proc: Tree;
  private readonly sandboxes = new Map<string, Sandbox>();
  private readonly containers = new Map<string, Container>();
  private readonly exitListeners = new Set<(id: string) => void>();
  private readonly cpu = new CpuSampler();
  private readonly memoryListeners = new Set<() => void>();

  constructor(options: ContainerRuntimeOptions) {
    this.o = options;
    // Facts left undefined keep the defaults (a spread would overwrite them with undefined).
    const given = Object.fromEntries(Object.entries(options.node ?? {}).filter(([, v]) => v !== undefined));
    this.node = { ...DEFAULT_NODE, ...given };
    this.proc = procTree(this.node, () => options.clock.now());
  }

  async runPodSandbox(given: PodSandboxConfig): Promise<RuntimeResult<{ sandbox: PodSandbox }>> {
    // A pod in the host's network namespace shares its UTS namespace too: `hostname` is the node's.
    const config = given.hostNetwork ? { ...given, hostname: this.node.name } : given;
    const id = this.o.random.hex(64);
    const host = config.hostNetwork ? this.o.hostNet : undefined;
    if (config.hostNetwork && !host) {
      return { ok: false, reason: 'FailedCreatePodSandBox', message: 'failed to setup network for sandbox: host network namespace unavailable' };
    }
    const net = host ?? this.o.network.namespace([config.ip], config.hostname);
    const sandbox = new Sandbox({
      id, config, net, ownsNet: !host, clock: this.o.clock, yieldToHost: this.o.yieldToHost,
      nodeHosts: this.o.nodeHosts ?? `127.0.0.1\tlocalhost\n${config.ip}\t${this.node.name}\n`,
    });
    this.sandboxes.set(id, sandbox);
    return { ok: true, sandbox: { id, ip: host ? host.ips[0] ?? config.ip : config.ip, net } };
  }

  /** Stops every container of the pod at once (SIGKILL) and tears down its network. */
  async stopPodSandbox(id: string): Promise<void> {
    const sandbox = this.sandboxes.get(id);
    if (!sandbox) return;
    await Promise.all(this.containersOf(id).map((c) => c.stop(0)));
    sandbox.stop();
  }

  async removePodSandbox(id: string): Promise<void> {
    await this.stopPodSandbox(id);
    for (const c of this.containersOf(id)) this.containers.delete(c.id);
    this.sandboxes.delete(id);
  }

  async createContainer(sandboxId: string, config: ContainerConfig): Promise<RuntimeResult<{ id: string }>> {
    const sandbox = this.sandboxes.get(sandboxId);
    if (!sandbox || sandbox.state !== 'ready') {
      return { ok: false, reason: 'CreateContainerError', message: `failed to get sandbox "${sandboxId}": not found` };
    }
    const spec = this.o.catalog.byId(config.image.id);
    if (!spec) return { ok: false, reason: 'CreateContainerError', message: `failed to get image "${config.image.ref}": not found` };
    // Pulls load image contents; a container restored from a save may come before any pull.
    if (!imageTreeReady(spec)) await loadImageContents();
    const image = imageTree(spec);
    const now = () => this.o.clock.now();
    // The node's /proc with this container's own pid 1 over it.
    const proc = Tree.overlay(this.proc, { mtime: now(), mode: 0o555 });
    // tmpfs pages the container writes count against its memory limit; the cgroup comes with the container.
    let owner: Container | undefined;
    const rootfs = buildRootfs({
      image, now, readOnly: config.readOnlyRootFilesystem === true, podFiles: sandbox.files, proc,
      terminationMessagePath: config.terminationMessagePath ?? '/dev/termination-log', mounts: config.mounts,
      memoryCharge: (bytes) => owner?.cgroup.chargePages(bytes),
    });
    if (!rootfs.ok) return { ok: false, reason: 'CreateContainerError', message: rootfs.message };
    const etc = new FileSystem(image, now);
    const user = resolveUser(spec.config.user, config, { passwd: readOr(etc, '/etc/passwd'), group: readOr(etc, '/etc/group') });
    if (!user.ok) {
      return { ok: false, reason: 'CreateContainerError', message: `failed to create containerd container: mount callback failed: ${user.message}` };
    }
    const capOptions = { ...config.capabilities, privileged: config.privileged };
    const caps = capabilities(user.uid, capOptions);
    const argv = processArgs(spec.config, config.command, config.args);
    writeProcStatus(proc, now, procStatus({
      name: (argv[0] ?? '').slice((argv[0] ?? '').lastIndexOf('/') + 1), uid: user.uid, gid: user.gid, groups: user.groups,
      effective: caps, bounding: boundingSet(capOptions), noNewPrivs: config.noNewPrivileges === true,
      seccomp: config.seccompProfile === 'RuntimeDefault' || config.seccompProfile === 'Localhost',
    }));
    const cwd = config.workingDir || spec.config.workingDir || '/';
    if (!rootfs.fs.exists(cwd)) {
      try {
        rootfs.fs.mkdir(cwd, { recursive: true });
      } catch (e) {
        return { ok: false, reason: 'CreateContainerError', message: `failed to create containerd task: mkdir ${cwd}: ${(e as Error).message.toLowerCase()}` };
      }
    }
    const container = new Container({
      id: this.o.random.hex(64), config, image: spec, sandbox, fs: rootfs.fs, termination: rootfs.termination,
      cred: credOf(user, caps), env: processEnv(spec.config.env, sandbox.config.hostname, config.env, user.home),
      argv, cwd, clock: this.o.clock,
      registry: this.o.registry, yieldToHost: this.o.yieldToHost,
      kernel: config.targetId ? this.containers.get(config.targetId)?.kernel : undefined,
    });
    owner = container;
    attachNet(rootfs.fs, sandbox.net);
    this.o.bindSystem?.(rootfs.fs, {
      programs: this.o.registry, processes: container.kernel, net: sandbox.net,
      memoryBytes: this.node.memoryBytes, kernelRelease: this.node.kernelRelease,
    });
    container.cgroup.onChange = () => { for (const l of [...this.memoryListeners]) l(); };
    this.containers.set(container.id, container);
    return { ok: true, id: container.id };
  }

  async startContainer(id: string): Promise<RuntimeResult<object>> {
    const c = this.containers.get(id);
    if (!c) return { ok: false, reason: 'RunContainerError', message: `container "${id}" not found` };
    if (c.state !== 'created') return { ok: false, reason: 'RunContainerError', message: `container is in ${stateName(c.state)} state` };
    const started = c.start(() => this.emitExit(id));
    if (!started.ok) return { ok: false, reason: 'RunContainerError', message: started.message };
    return { ok: true };
  }

  async stopContainer(id: string, gracePeriodMs: number): Promise<void> {
    await this.containers.get(id)?.stop(gracePeriodMs);
  }

  async removeContainer(id: string): Promise<void> {
    const c = this.containers.get(id);
    if (!c) return;
    await c.stop(0);
    this.containers.delete(id);
    this.cpu.forget(id);
  }

  containerStatus(id: string): ContainerRuntimeStatus | undefined {
    return this.containers.get(id)?.status();
  }

  /** The containers of a sandbox (or all), for `crictl ps -a` and the kubelet's relist. */
  listContainers(sandboxId?: string): ContainerRuntimeStatus[] {
    return [...this.containers.values()].filter((c) => !sandboxId || c.sandbox.id === sandboxId).map((c) => c.status());
  }

  /** Every pod sandbox on the node, ready or not (CRI ListPodSandbox, for `crictl pods`). */
  listPodSandboxes(): readonly Sandbox[] {
    return [...this.sandboxes.values()];
  }

  onContainerExit(listener: (id: string) => void): () => void {
    this.exitListeners.add(listener);
    return () => this.exitListeners.delete(listener);
  }

  execSync(id: string, command: string[], timeoutMs: number): Promise<RuntimeResult<{ exitCode: number; output: string }>> {
    return runExecSync(this.containers.get(id), command, timeoutMs, this.o.clock, this.o.random);
  }

  exec(id: string, command: string[], streams: ExecStreams): Promise<RuntimeResult<{ exitCode: number }>> {
    return runExec(this.containers.get(id), command, streams, this.o.random);
  }

  async attach(id: string, streams: ExecStreams): Promise<RuntimeResult<object>> {
    const c = this.containers.get(id);
    if (!c) return { ok: false, reason: 'NotFound', message: `container "${id}" not found` };
    if (c.state !== 'running') return { ok: false, reason: 'NotRunning', message: `container is in ${stateName(c.state)} state` };
    await c.attach(streams);
    return { ok: true };
  }

  logs(id: string): LogLine[] {
    return [...(this.containers.get(id)?.log.lines ?? [])];
  }

  followLogs(id: string, listener: (line: LogLine) => void): () => void {
    return this.containers.get(id)?.log.follow(listener) ?? (() => {});
  }

  memoryUsage(id: string): number {
    const c = this.containers.get(id);
    return c && c.state === 'running' ? c.cgroup.usage : 0;
  }

  /** Usage of every running container (CRI ListContainerStats), for the kubelet's summary API. */
  listContainerStats(): ContainerStats[] {
    const out: ContainerStats[] = [];
    for (const c of this.containers.values()) {
      if (c.state !== 'running') continue;
      const { busy, idle } = this.cpu.sample(c.id, c.kernel.processes(), this.o.clock.now());
      const sb = c.sandbox.config;
      out.push({
        id: c.id, name: c.config.name, runningMs: this.o.clock.now() - (c.startedAt ?? c.createdAt), podUid: sb.podUid, podName: sb.name, namespace: sb.namespace,
        memoryBytes: c.cgroup.usage, cpuMillicores: cpuMillicores(busy, idle, c.config.cpuLimitMillis, this.node.cpus),
      });
    }
    return out;
  }

  memoryWorkingSet(): number {
    let bytes = 0;
    for (const c of this.containers.values()) if (c.state === 'running') bytes += c.cgroup.usage;
    return bytes;
  }

  onMemoryChange(listener: () => void): () => void {
    this.memoryListeners.add(listener);
    return () => this.memoryListeners.delete(listener);
  }

  /** What the container wrote to its terminationMessagePath. */
  terminationMessage(id: string): string {
    return this.containers.get(id)?.terminationMessage() ?? '';
  }

  /** The container's filesystem and process table, for `kubectl cp` and debugging tools. */
  inspect(id: string): Container | undefined {
    return this.containers.get(id);
  }

  private containersOf(sandboxId: string): Container[] {
    return [...this.containers.values()].filter((c) => c.sandbox.id === sandboxId);
  }

  private emitExit(id: string): void {
    for (const l of [...this.exitListeners]) l(id);
  }
}

function readOr(fs: FileSystem, path: string): string {
  try {
    return fs.readFile(path);
  } catch {
    return '';
  }
}

function stateName(state: string): string {
  return `CONTAINER_${state.toUpperCase()}`;
}

/**
 * /proc/1/status for the container's main process, and /proc/self leading to it: every process
 * of a container (kubectl exec too, which runc starts from the same process spec) shares its
 * ids, capabilities, no_new_privs and seccomp mode.
 */
function writeProcStatus(proc: Tree, now: () => number, status: string): void {
  const fs = new FileSystem(proc, now);
  fs.mkdir('/1', { mode: 0o555 });
  fs.writeFile('/1/status', status, { mode: 0o444 });
  fs.symlink('1', '/self');
}
