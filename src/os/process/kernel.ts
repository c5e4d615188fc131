// The kernel of one simulated machine or container (one PID namespace): starts programs as
// processes, delivers signals, keeps the process table for ps, accounts memory per cgroup and
// runs the OOM killer. Programs are async functions; the kernel never trusts them to cooperate:
// a killed process is over the moment the signal lands, and a program's bug ends only itself.

import type { VirtualClock } from '../../sim/clock.ts';
import type { CpuQuota } from './cpu-quota.ts';
import { hasCap } from '../fs/cred.ts';
import * as paths from '../path.ts';
import type { Writer } from '../pipe.ts';
import { MemoryCgroup } from './cgroup.ts';
import { createContext, type Program, type SpawnOptions } from './context.ts';
import { OsError, ProcessExit, ProcessKilled, isProcessEnd } from './errors.ts';
import { Process, type ExitInfo, type ProcessHost, type ProcessState } from './process.ts';
import type { Signal } from './signals.ts';
import { processReader, processWriter } from './streams.ts';

export interface KernelOptions {
  clock: VirtualClock;
  /** Lets the host run other work (a macrotask hop); busy programs reach it via checkpoint(). */
  yieldToHost: () => Promise<void>;
  /** Live processes allowed at once (pids.max); spawning beyond it fails with EAGAIN. */
  maxProcesses?: number;
  /** checkpoint() calls between two yields to the host. */
  checkpointInterval?: number;
  /** Pid of the first process (1: a container's entrypoint is pid 1). */
  firstPid?: number;
  /**
   * A container's PID namespace: when pid 1 exits the kernel kills every other process in it.
   * Off for a machine's own kernel, whose sessions come and go independently.
   */
  initExitKillsAll?: boolean;
  /** The CPU cgroup's bandwidth limit (a container's limits.cpu): busy loops beyond it wait. */
  cpuQuota?: CpuQuota;
}

/** A row of the process table, for ps. */
export interface ProcessInfo {
  pid: number;
  ppid: number;
  pgid: number;
  uid: number;
  gid: number;
  name: string;
  argv: string[];
  state: ProcessState;
  startTime: number;
  memory: number;
  cpuTicks: number;
  cwd: string;
}

export class Kernel {
  readonly clock: VirtualClock;
  readonly maxProcesses: number;
  private readonly yieldToHost: () => Promise<void>;
  private readonly checkpointInterval: number;
  private readonly table = new Map<number, Process>();
  private nextPid: number;
  private readonly initExitKillsAll: boolean;
  private checkpoints = 0;
  private readonly cpuQuota: CpuQuota | undefined;
  private readonly host: ProcessHost;
  private readonly stderrOf = new WeakMap<Process, Writer>();

  constructor(options: KernelOptions) {
    this.clock = options.clock;
    this.yieldToHost = options.yieldToHost;
    this.maxProcesses = options.maxProcesses ?? 256;
    this.checkpointInterval = options.checkpointInterval ?? 100;
    this.nextPid = options.firstPid ?? 1;
    this.initExitKillsAll = options.initExitKillsAll ?? false;
    this.cpuQuota = options.cpuQuota;
    this.host = {
      onExit: (p) => this.reap(p),
      onWait: (p) => {
        const parent = this.table.get(p.ppid);
        if (!parent) return;
        parent.waitingForChildren++;
        void p.exited.then(() => { parent.waitingForChildren--; });
      },
      onHandlerError: (p, e) => this.reportBug(p, e),
    };
  }

  /** Starts `program` as a new process; it begins running on a later microtask. */
  spawn(program: Program, options: SpawnOptions): Process {
    if (this.table.size >= this.maxProcesses) throw new OsError('EAGAIN');
    const parent = options.parent;
    const pid = this.nextPid++;
    const cgroup = options.memoryLimit !== undefined
      ? new MemoryCgroup({ limit: options.memoryLimit })
      : options.cgroup ?? parent?.cgroup ?? new MemoryCgroup();
    const process = new Process({
      pid,
      ppid: parent?.pid ?? 0,
      pgid: options.pgid === 0 ? pid : options.pgid ?? parent?.pgid ?? pid,
      argv: [...options.argv],
      name: options.name ?? paths.basename(options.argv[0] ?? '') ?? '',
      cred: options.cred,
      hostname: options.hostname ?? '',
      cwd: options.cwd,
      startTime: this.clock.now(),
      cgroup,
      host: this.host,
    });
    cgroup.members.add(process);
    this.table.set(pid, process);
    const ctx = createContext({
      process,
      options,
      raw: { stdin: options.stdin, stdout: options.stdout, stderr: options.stderr },
      stdin: processReader(options.stdin, process),
      stdout: processWriter(options.stdout, process, true),
      stderr: processWriter(options.stderr, process),
      host: {
        now: () => this.clock.now(),
        sleep: (p, ms) => this.sleep(p, ms),
        checkpoint: (p) => this.checkpoint(p),
        spawn: (prog, opts) => this.spawn(prog, opts),
        kill: (target, sig) => this.killAs(process, target, sig),
        allocate: (p, bytes) => this.allocate(p, bytes),
        free: (p, bytes) => this.free(p, bytes),
      },
    });
    this.stderrOf.set(process, ctx.stderr);
    void Promise.resolve()
      .then(() => (process.alive ? program(ctx) : 0))
      .then(
        (code) => {
          let status = typeof code === 'number' && Number.isFinite(code) ? code : 0;
          // Like coreutils' close_stdout: output lost to a full disk is an error, said at exit.
          if (process.alive && process.outputFailure) {
            ctx.stderr.write(`${process.name}: write error: ${process.outputFailure}\n`);
            if (status === 0) status = 1;
          }
          process.exit(status);
        },
        (e: unknown) => {
          if (e instanceof ProcessKilled && process.alive) process.terminate(e.signal);
          else if (e instanceof ProcessExit && process.alive) process.exit(e.code);
          else if (!isProcessEnd(e)) this.reportBug(process, e);
        },
      );
    return process;
  }

  get(pid: number): Process | undefined {
    return this.table.get(pid);
  }

  /** The live processes, by pid. */
  processes(): Process[] {
    return [...this.table.values()].sort((a, b) => a.pid - b.pid);
  }

  /** The process table as ps prints it. */
  list(): ProcessInfo[] {
    return this.processes().map((p) => ({
      pid: p.pid, ppid: p.ppid, pgid: p.pgid, uid: p.cred.uid, gid: p.cred.gid, name: p.name,
      argv: [...p.argv], state: p.state, startTime: p.startTime, memory: p.memory,
      cpuTicks: p.cpuTicks, cwd: p.cwd,
    }));
  }

  kill(pid: number, signal: Signal | string | number): boolean {
    return this.table.get(pid)?.kill(signal) ?? false;
  }

  /**
   * kill(2) from a process: allowed to root (CAP_KILL) or to the target's own user, else EPERM.
   * False when there is no such process.
   */
  killAs(sender: Process, pid: number, signal: Signal | string | number): boolean {
    const target = this.table.get(pid);
    if (!target) return false;
    if (!hasCap(sender.cred, 'KILL') && sender.cred.uid !== target.cred.uid) throw new OsError('EPERM');
    return target.kill(signal);
  }

  /** Signals every process of a group (the tty's Ctrl-C to the foreground job); how many got it. */
  killGroup(pgid: number, signal: Signal | string | number): number {
    let n = 0;
    for (const p of this.processes()) if (p.pgid === pgid && p.kill(signal)) n++;
    return n;
  }

  /** Signals every process (a container being torn down). */
  killAll(signal: Signal | string | number): number {
    let n = 0;
    for (const p of this.processes()) if (p.kill(signal)) n++;
    return n;
  }

  setpgid(pid: number, pgid: number): void {
    const p = this.table.get(pid);
    if (!p) throw new OsError('ESRCH');
    p.pgid = pgid === 0 ? pid : pgid;
  }

  /** Resolves when every process has exited (or at once when none runs). */
  async idle(): Promise<void> {
    for (let live = this.processes(); live.length > 0; live = this.processes()) {
      await Promise.all(live.map((p) => p.wait()));
    }
  }

  private sleep(process: Process, ms: number): Promise<void> {
    process.throwIfDead();
    let cancel: () => void = () => {};
    // `sleep infinity` sets no timer at all: it waits for a signal, and hosts that skip ahead
    // to the next timer are not sent to the end of time.
    const done = new Promise<void>((resolve) => {
      if (ms === Infinity) return;
      const timer = this.clock.setTimer(Number.isFinite(ms) ? Math.max(0, ms) : 0, resolve);
      cancel = () => timer.cancel();
    });
    return process.block(done, cancel);
  }

  private async checkpoint(process: Process): Promise<void> {
    process.throwIfDead();
    process.cpuTicks++;
    const throttled = this.cpuQuota?.charge() ?? 0;
    if (throttled > 0) await this.sleep(process, throttled);
    else if (++this.checkpoints % this.checkpointInterval === 0) await process.block(this.yieldToHost());
    await process.untilContinued();
    process.throwIfDead();
  }

  private allocate(process: Process, bytes: number): void {
    process.throwIfDead();
    if (!(bytes > 0)) return;
    process.memory += bytes;
    const cg = process.cgroup;
    cg.charge(bytes);
    while (cg.overLimit) {
      const victims = cg.oomVictims();
      if (victims.length === 0) break;
      cg.oomKills++;
      for (const v of victims) v.terminate('SIGKILL', true);
    }
    process.throwIfDead();
  }

  private free(process: Process, bytes: number): void {
    const n = Math.min(Math.max(0, bytes), process.memory);
    process.memory -= n;
    process.cgroup.charge(-n);
  }

  private reap(process: Process): void {
    this.table.delete(process.pid);
    process.cgroup.members.delete(process);
    process.cgroup.charge(-process.memory);
    for (const child of this.table.values()) if (child.ppid === process.pid) child.ppid = 1;
    this.table.get(process.ppid)?.kill('SIGCHLD');
    // When a PID namespace's init ends, the kernel kills everything else in it.
    if (process.pid === 1 && this.initExitKillsAll) for (const p of this.processes()) p.terminate('SIGKILL');
  }

  /** A program's own bug: said on its stderr, and the process exits 1. */
  private reportBug(process: Process, error: unknown): void {
    const message = error instanceof Error ? error.message : String(error);
    if (process.alive) {
      this.stderrOf.get(process)?.write(`${process.name}: ${message}\n`);
      process.exit(1);
    }
  }
}

export type { ExitInfo, Program, SpawnOptions };
