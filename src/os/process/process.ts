// One process of a simulated kernel: identity, state, signal dispositions, and the machinery
// that ends it at once when a signal says so — its wait() resolves even if the program's async
// code never looks again; whatever that code still writes is dropped.

import type { Cred } from '../fs/cred.ts';
import type { MemoryCgroup } from './cgroup.ts';
import { ProcessExit, ProcessKilled } from './errors.ts';
import { defaultAction, isCatchable, parseSignal, signalExitCode, type Signal } from './signals.ts';

export type ProcessState = 'running' | 'sleeping' | 'stopped' | 'exited';

export interface ExitInfo {
  /** Exit status 0–255; 128+n when signal n ended the process. */
  code: number;
  signal?: Signal;
  /** Ended by the OOM killer (the kubelet reports reason OOMKilled). */
  oomKilled?: boolean;
}

export type SignalHandler = (signal: Signal) => void;
/** A trap: a handler, 'ignore' (SIG_IGN) or 'default' (SIG_DFL). */
export type Disposition = SignalHandler | 'ignore' | 'default';

/** What a process needs from its kernel when it changes state. */
export interface ProcessHost {
  onExit(process: Process): void;
  /** Someone (normally the parent) waits for `process`. */
  onWait?(process: Process): void;
  /** Reports an error thrown by a signal handler (a program bug), never rethrown. */
  onHandlerError(process: Process, error: unknown): void;
}

export interface ProcessInit {
  pid: number;
  ppid: number;
  pgid: number;
  argv: string[];
  name: string;
  cred: Cred;
  hostname: string;
  cwd: string;
  startTime: number;
  cgroup: MemoryCgroup;
  host: ProcessHost;
}

export class Process {
  readonly pid: number;
  /** Why a write to stdout failed (a full disk): reported as the program exits, as close_stdout does. */
  outputFailure: string | undefined;
  ppid: number;
  pgid: number;
  readonly argv: string[];
  /** The command name (comm), as ps and top show it. */
  readonly name: string;
  readonly cred: Cred;
  readonly hostname: string;
  readonly startTime: number;
  readonly cgroup: MemoryCgroup;
  /** The working directory, kept in step with the program's ctx.cwd. */
  cwd: string;
  /** Bytes allocated through ctx.allocate. */
  memory = 0;
  /** Checkpoints passed: a stand-in for CPU time. */
  cpuTicks = 0;
  /**
   * A CPU-bound loop modelled without host work (stress --cpu): it waits like an idle process
   * but counts as using a whole core, up to its cgroup's CPU quota.
   */
  spinning = false;
  exitInfo: ExitInfo | undefined;

  private _state: ProcessState = 'running';
  private blocked = 0;
  /** Children whose wait() is pending: the parent shows as sleeping (wait4) meanwhile. */
  waitingForChildren = 0;
  private readonly handlers = new Map<Signal, Disposition>();
  private catchAll: SignalHandler | undefined;
  private readonly interrupters = new Set<(e: Error) => void>();
  private readonly continueWaiters = new Set<() => void>();
  private readonly host: ProcessHost;
  private resolveExit!: (info: ExitInfo) => void;
  /** Settles when the process has exited; programs' pending reads are withdrawn then. */
  readonly exited: Promise<ExitInfo>;

  constructor(init: ProcessInit) {
    this.pid = init.pid;
    this.ppid = init.ppid;
    this.pgid = init.pgid;
    this.argv = init.argv;
    this.name = init.name;
    this.cred = init.cred;
    this.hostname = init.hostname;
    this.cwd = init.cwd;
    this.startTime = init.startTime;
    this.cgroup = init.cgroup;
    this.host = init.host;
    this.exited = new Promise((resolve) => { this.resolveExit = resolve; });
  }

  get state(): ProcessState {
    if (this._state === 'running' && (this.blocked > 0 || this.waitingForChildren > 0)) return 'sleeping';
    return this._state;
  }

  get alive(): boolean {
    return this._state !== 'exited';
  }

  get exitCode(): number | undefined {
    return this.exitInfo?.code;
  }

  wait(): Promise<ExitInfo> {
    if (this.alive) this.host.onWait?.(this);
    return this.exited;
  }

  /** Sends a signal ('SIGTERM', 'TERM', 15). False when the process is gone or the name unknown. */
  kill(signal: Signal | string | number): boolean {
    const sig = parseSignal(signal);
    if (!sig || !this.alive) return false;
    this.deliver(sig);
    return true;
  }

  /** Sets a signal's disposition (trap). SIGKILL and SIGSTOP cannot be caught. */
  trap(signal: Signal, disposition: Disposition): void {
    if (!isCatchable(signal)) throw new Error(`${signal} cannot be caught or ignored`);
    this.handlers.set(signal, disposition);
  }

  /**
   * One handler for every catchable signal without its own trap whose default would end or
   * stop the process (an interactive shell catching SIGINT, SIGTERM, SIGTSTP…).
   */
  trapAll(handler: SignalHandler | undefined): void {
    this.catchAll = handler;
  }

  /** Ends the process with the status of a signal. */
  terminate(signal: Signal, oomKilled = false): void {
    const info: ExitInfo = { code: signalExitCode(signal), signal };
    if (oomKilled) info.oomKilled = true;
    this.finish(info, new ProcessKilled(signal));
  }

  /** Ends the process with an exit status (the program returned, or called exit). */
  exit(code: number): void {
    this.finish({ code: code & 0xff }, new ProcessExit(code & 0xff));
  }

  /** Throws if the process has ended, so a program's code stops at its next system call. */
  throwIfDead(): void {
    const info = this.exitInfo;
    if (!info) return;
    throw info.signal ? new ProcessKilled(info.signal) : new ProcessExit(info.code);
  }

  /**
   * Waits for `work` unless the process ends first, in which case `cancel` withdraws it and
   * the wait rejects with ProcessKilled (or ProcessExit). The process shows as sleeping meanwhile.
   */
  block<T>(work: Promise<T>, cancel?: () => void): Promise<T> {
    this.throwIfDead();
    this.blocked++;
    return new Promise<T>((resolve, reject) => {
      const interrupt = (e: Error): void => {
        cancel?.();
        reject(e);
      };
      this.interrupters.add(interrupt);
      const done = (): void => {
        this.interrupters.delete(interrupt);
        this.blocked--;
      };
      work.then(
        (v) => { done(); if (this.alive) resolve(v); },
        (e: unknown) => { done(); if (this.alive) reject(e); },
      );
    });
  }

  /** Resolves at once unless stopped (SIGSTOP, Ctrl-Z); then when continued or killed. */
  untilContinued(): Promise<void> {
    if (this._state !== 'stopped') return Promise.resolve();
    return this.block(new Promise<void>((resolve) => this.continueWaiters.add(resolve)));
  }

  private deliver(sig: Signal): void {
    if (sig === 'SIGKILL') return this.terminate(sig);
    if (sig === 'SIGSTOP') return this.stop();
    if (sig === 'SIGCONT') this.resume();
    // The catch-all trap hears only signals that would otherwise end or stop the process.
    const action = defaultAction(sig);
    const fallback = this.catchAll && isCatchable(sig) && action !== 'ignore' && action !== 'continue' ? this.catchAll : 'default';
    const disposition = this.handlers.get(sig) ?? fallback;
    if (disposition === 'ignore') return;
    if (typeof disposition === 'function') {
      try {
        disposition(sig);
      } catch (e) {
        if (!(e instanceof ProcessExit) && !(e instanceof ProcessKilled)) this.host.onHandlerError(this, e);
      }
      return;
    }
    switch (action) {
      case 'terminate':
      case 'core':
        return this.terminate(sig);
      case 'stop':
        return this.stop();
      default:
        return;
    }
  }

  private stop(): void {
    if (this._state === 'running') this._state = 'stopped';
  }

  private resume(): void {
    if (this._state !== 'stopped') return;
    this._state = 'running';
    for (const w of [...this.continueWaiters]) w();
    this.continueWaiters.clear();
  }

  private finish(info: ExitInfo, reason: Error): void {
    if (!this.alive) return;
    this._state = 'exited';
    this.exitInfo = info;
    for (const interrupt of [...this.interrupters]) interrupt(reason);
    this.interrupters.clear();
    this.continueWaiters.clear();
    this.host.onExit(this);
    this.resolveExit(info);
  }
}
