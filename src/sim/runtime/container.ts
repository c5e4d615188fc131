// One container instance: its filesystem, credentials, environment, memory cgroup, PID
// namespace (a kernel of its own) and log; its main process's life from start to exit.
// Models containerd pkg/cri/server/container_start.go / container_stop.go / container_exec.go.

import type { Cred } from '../../os/fs/cred.ts';
import type { FileSystem } from '../../os/fs/file-system.ts';
import type { Tree } from '../../os/fs/tree.ts';
import type { ProgramRegistry } from '../../os/exec.ts';
import { Pipe, type Reader } from '../../os/pipe.ts';
import type { ControllingTerminal } from '../../os/process/terminal.ts';
import { ContainerStdin } from './container-stdin.ts';
import { PseudoTerminal } from './pty.ts';
import { MemoryCgroup } from '../../os/process/cgroup.ts';
import { Kernel } from '../../os/process/kernel.ts';
import { CpuQuota } from '../../os/process/cpu-quota.ts';
import type { ExitInfo, Process } from '../../os/process/process.ts';
import { parseSignal } from '../../os/process/signals.ts';
import type { VirtualClock } from '../clock.ts';
import type { ContainerConfig, ContainerRuntimeState, ContainerRuntimeStatus, ExecStreams } from '../cri/types.ts';
import type { ImageSpec } from '../images/image-spec.ts';
import { ContainerLog } from './container-log.ts';
import { lookupCommand, type Lookup } from './exec-resolve.ts';
import { exitReason, startError } from './oci-errors.ts';
import type { Sandbox } from './sandbox.ts';
import { watchInitSignals, type InitSignals } from './init-signals.ts';

export interface ContainerInit {
  id: string;
  config: ContainerConfig;
  image: ImageSpec;
  sandbox: Sandbox;
  fs: FileSystem;
  termination: { tree: Tree; path: string };
  cred: Cred;
  env: Record<string, string>;
  argv: string[];
  cwd: string;
  clock: VirtualClock;
  registry: ProgramRegistry;
  yieldToHost: () => Promise<void>;
  /** The process namespace of a target container to join, instead of one of its own. */
  kernel?: Kernel;
}

export class Container {
  readonly id: string;
  readonly config: ContainerConfig;
  readonly image: ImageSpec;
  readonly sandbox: Sandbox;
  readonly fs: FileSystem;
  readonly cred: Cred;
  readonly env: Record<string, string>;
  readonly argv: string[];
  readonly cwd: string;
  readonly kernel: Kernel;
  readonly cgroup: MemoryCgroup;
  readonly log: ContainerLog;
  readonly createdAt: number;
  private readonly termination: { tree: Tree; path: string };
  private readonly clock: VirtualClock;
  private readonly registry: ProgramRegistry;
  state: ContainerRuntimeState = 'created';
  main: Process | undefined;
  startedAt: number | undefined;
  finishedAt: number | undefined;
  exitCode: number | undefined;
  reason: string | undefined;
  message: string | undefined;
  /** Set while `stdin: true` keeps the main process's stdin open (kubectl attach). */
  stdin: ContainerStdin | undefined;
  private initSignals: InitSignals | undefined;
  private readonly sharesKernel: boolean;

  constructor(init: ContainerInit) {
    this.id = init.id;
    this.config = init.config;
    this.image = init.image;
    this.sandbox = init.sandbox;
    this.fs = init.fs;
    this.termination = init.termination;
    this.cred = init.cred;
    this.env = init.env;
    this.argv = init.argv;
    this.cwd = init.cwd;
    this.clock = init.clock;
    this.registry = init.registry;
    this.createdAt = init.clock.now();
    const cpuQuota = init.config.cpuLimitMillis ? new CpuQuota(init.clock, init.config.cpuLimitMillis) : undefined;
    this.sharesKernel = init.kernel !== undefined;
    this.kernel = init.kernel ?? new Kernel({ clock: init.clock, yieldToHost: init.yieldToHost, firstPid: 1, initExitKillsAll: true, cpuQuota });
    this.cgroup = new MemoryCgroup({ limit: init.config.memoryLimitBytes });
    this.log = new ContainerLog(() => init.clock.now(), (ms, fire) => { init.clock.setTimer(ms, fire); });
  }

  lookup(argv: string[]): Lookup {
    return lookupCommand(argv, { fs: this.fs, registry: this.registry, cwd: this.cwd, cred: this.cred, path: this.env.PATH ?? '' });
  }

  /** Starts the main process; a missing executable ends the container at once with StartError. */
  start(onExit: () => void): { ok: true } | { ok: false; message: string } {
    const found = this.lookup(this.argv);
    if (!found.ok) {
      const message = startError(found.error);
      this.state = 'exited';
      // containerd reports a never-started task as started at the Unix epoch.
      this.startedAt = 0;
      this.finishedAt = this.clock.now();
      this.exitCode = 128;
      this.reason = 'StartError';
      this.message = message;
      this.log.end();
      onExit();
      return { ok: false, message };
    }
    let stdin: Reader;
    let terminal: ControllingTerminal | undefined;
    if (this.config.stdin) {
      this.stdin = new ContainerStdin({ once: this.config.stdinOnce === true, tty: this.config.tty === true });
      stdin = this.stdin;
      if (this.config.tty) {
        terminal = new PseudoTerminal(stdin);
        // The pty echoes what the client typed into the output the log keeps; the client has shown it already.
        this.stdin.onInput = (chunk) => this.log.record('stdout', chunk);
      }
    } else {
      const closed = new Pipe();
      closed.close();
      stdin = closed;
    }
    this.main = this.kernel.spawn(found.program, {
      argv: found.argv, env: { ...this.env }, cwd: this.cwd, cred: this.cred, fs: this.fs, stdin,
      // A terminal has one output: the runtime logs all of it as stdout.
      stdout: this.log.writer('stdout'), stderr: this.log.writer(this.config.tty ? 'stdout' : 'stderr'),
      hostname: this.sandbox.config.hostname, cgroup: this.cgroup, net: this.sandbox.net, terminal,
    });
    this.initSignals = watchInitSignals(this.main);
    this.state = 'running';
    this.startedAt = this.clock.now();
    void this.main.exited.then((info) => {
      this.exited(info);
      onExit();
    });
    return { ok: true };
  }

  /**
   * The image's STOPSIGNAL (nginx: SIGQUIT), then SIGKILL to everything once the grace period
   * is over. pid 1 never sees a stop signal it has no handler for (see init-signals.ts).
   */
  async stop(gracePeriodMs: number): Promise<void> {
    const main = this.main;
    if (this.state !== 'running' || !main) return;
    const signal = parseSignal(this.image.config.stopSignal ?? 'SIGTERM') ?? 'SIGTERM';
    const timer = this.clock.setTimer(Math.max(0, gracePeriodMs), () => {
      if (main.alive) this.killAll();
    });
    if (gracePeriodMs <= 0) this.killAll();
    else if (this.initSignals?.handles(signal) ?? true) main.kill(signal);
    await main.exited;
    timer.cancel();
  }

  /** SIGKILL to the container's processes: in a joined process namespace, only its own cgroup's. */
  private killAll(): void {
    if (!this.sharesKernel) {
      this.kernel.killAll('SIGKILL');
      return;
    }
    for (const p of [...this.cgroup.members]) if (p.alive) p.kill('SIGKILL');
  }

  /**
   * Connects a client to the main process: its stdin (when the container keeps one open) and
   * everything it writes from now on; a tty sends stderr on stdout. Resolves when the container
   * ends or the client goes away.
   */
  async attach(streams: ExecStreams): Promise<void> {
    const main = this.main;
    if (this.state !== 'running' || !main) return;
    let gone: () => void = () => {};
    const clientGone = new Promise<void>((resolve) => { gone = resolve; });
    const untap = this.log.tap((stream, chunk) => {
      const out = stream === 'stderr' && !this.config.tty ? streams.stderr : streams.stdout;
      if (!out.write(chunk)) gone();
    });
    // A terminal's size arriving with the client makes a line-editing shell redraw its prompt.
    if (this.config.tty) for (const s of ['stdout', 'stderr'] as const) streams.stdout.write(this.log.unfinished(s));
    const detach = streams.stdin && this.stdin ? this.stdin.attach(streams.stdin) : undefined;
    await Promise.race([main.exited, clientGone]);
    untap();
    detach?.();
  }

  /** Starts a process inside the container: same filesystem, user, environment, cgroup, namespaces. */
  spawnExec(found: Extract<Lookup, { ok: true }>, streams: ExecStreams): Process {
    let stdin: Reader | undefined = streams.stdin;
    if (!stdin) {
      const closed = new Pipe();
      closed.close();
      stdin = closed;
    }
    const terminal = streams.tty && streams.stdin ? new PseudoTerminal(streams.stdin, streams.terminal) : undefined;
    return this.kernel.spawn(found.program, {
      argv: found.argv, env: { ...this.env }, cwd: this.cwd, cred: this.cred, fs: this.fs, stdin,
      stdout: streams.stdout, stderr: streams.stderr, hostname: this.sandbox.config.hostname, cgroup: this.cgroup,
      net: this.sandbox.net, terminal,
    });
  }

  /** What the process left in its termination-message file (the kubelet reads it on exit). */
  terminationMessage(): string {
    const node = this.termination.tree.root.entries.get('termination-log');
    return node?.type === 'file' ? node.data : '';
  }

  status(): ContainerRuntimeStatus {
    return {
      id: this.id,
      name: this.config.name,
      attempt: this.config.attempt,
      state: this.state,
      createdAt: this.createdAt,
      startedAt: this.startedAt,
      finishedAt: this.finishedAt,
      exitCode: this.exitCode,
      reason: this.reason,
      message: this.message ?? this.exitMessage(),
      imageRef: this.config.image.ref,
    };
  }

  /** An ended container's status message is what it left in its termination-message file (4096 bytes at most). */
  private exitMessage(): string | undefined {
    if (this.state !== 'exited') return undefined;
    const text = this.terminationMessage();
    return text === '' ? undefined : text.slice(0, 4096);
  }

  private exited(info: ExitInfo): void {
    this.state = 'exited';
    this.finishedAt = this.clock.now();
    this.exitCode = info.code;
    this.reason = exitReason(info.code, info.oomKilled === true || this.cgroup.oomKills > 0);
    this.stdin?.close();
    this.log.end();
  }
}
