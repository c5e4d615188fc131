// What a running program sees of the machine: its arguments, environment, credentials,
// filesystem view and streams, plus the system calls that wait, trap signals, start children
// and account memory. Every wait goes through the process, so a kill ends it promptly.

import type { Cred } from '../fs/cred.ts';
import { FsError } from '../fs/errors.ts';
import type { FileSystem } from '../fs/file-system.ts';
import { canAccess } from '../fs/cred.ts';
import * as paths from '../path.ts';
import type { Reader, Writer } from '../pipe.ts';
import type { MemoryCgroup } from './cgroup.ts';
import { ProcessExit } from './errors.ts';
import type { Disposition, Process, SignalHandler } from './process.ts';
import type { Signal } from './signals.ts';
import type { NetNamespace } from '../net.ts';
import type { ControllingTerminal } from './terminal.ts';

/** A program: runs in a process and resolves to its exit status. */
export type Program = (ctx: ProcessContext) => Promise<number>;

export interface SpawnOptions {
  argv: string[];
  env: Record<string, string>;
  /** Absolute working directory. */
  cwd: string;
  cred: Cred;
  fs: FileSystem;
  stdin: Reader;
  stdout: Writer;
  stderr: Writer;
  hostname?: string;
  parent?: Process;
  /** Process group; 0 makes the new process lead its own group (setpgid(0, 0)). */
  pgid?: number;
  /** Bytes: starts a new memory cgroup with this limit (a container's limits.memory). */
  memoryLimit?: number;
  /** Joins an existing cgroup (kubectl exec into a running container). */
  cgroup?: MemoryCgroup;
  /** Command name for ps; defaults to the basename of argv[0]. */
  name?: string;
  /** The network namespace (a pod's, or a node's); inherited by children. */
  net?: NetNamespace;
  /** The controlling terminal, when the process runs in a terminal session; inherited. */
  terminal?: ControllingTerminal;
}

export interface ProcessContext {
  readonly pid: number;
  readonly ppid: number;
  readonly process: Process;
  argv: string[];
  env: Record<string, string>;
  /** Working directory; chdir() checks it, plain assignment does not. */
  cwd: string;
  cred: Cred;
  fs: FileSystem;
  stdin: Reader;
  stdout: Writer;
  stderr: Writer;
  hostname: string;
  /** The network namespace, when the process has network access. */
  net?: NetNamespace;
  /** The controlling terminal, when there is one. */
  terminal?: ControllingTerminal;
  /** Virtual time in epoch ms. */
  now(): number;
  /** Resolves `path` against cwd. */
  resolve(path: string): string;
  /** cd: throws FsError (ENOENT, ENOTDIR, EACCES) like chdir(2). */
  chdir(path: string): void;
  /** Waits on the virtual clock; rejects with ProcessKilled if the process is killed meanwhile. */
  sleep(ms: number): Promise<void>;
  /**
   * Called by loops on every iteration: yields to the host now and then so the machine never
   * freezes, waits while stopped, and throws ProcessKilled once a fatal signal arrived.
   */
  checkpoint(): Promise<void>;
  /** trap: a handler, 'ignore' or 'default' for one signal; or one handler for all of them. */
  onSignal(signal: Signal, disposition: Disposition): void;
  onSignal(handler: SignalHandler): void;
  /** Starts a child; fs, cred, env, cwd, streams, hostname and cgroup default to this process's. */
  spawn(program: Program, options?: Partial<SpawnOptions>): Process;
  /**
   * kill(2) on a process of the same kernel; false when there is no such process, OsError EPERM
   * when the target belongs to another user and this process lacks CAP_KILL.
   */
  kill(pid: number, signal: Signal | string | number): boolean;
  /** Accounts memory use; beyond the cgroup limit the OOM killer ends the process (throws). */
  allocate(bytes: number): void;
  free(bytes: number): void;
  /** Ends the process now with `code` and unwinds the program (throws ProcessExit). */
  exit(code: number): never;
}

/** What a context needs from the kernel. */
export interface ContextHost {
  now(): number;
  sleep(process: Process, ms: number): Promise<void>;
  checkpoint(process: Process): Promise<void>;
  spawn(program: Program, options: SpawnOptions): Process;
  kill(pid: number, signal: Signal | string | number): boolean;
  allocate(process: Process, bytes: number): void;
  free(process: Process, bytes: number): void;
}

export interface ContextInit {
  process: Process;
  options: SpawnOptions;
  /** The raw streams children inherit (not this process's wrappers). */
  raw: { stdin: Reader; stdout: Writer; stderr: Writer };
  stdin: Reader;
  stdout: Writer;
  stderr: Writer;
  host: ContextHost;
}

export function createContext(init: ContextInit): ProcessContext {
  const { process, options, host, raw } = init;
  let cwd = options.cwd;
  const ctx: ProcessContext = {
    pid: process.pid,
    ppid: process.ppid,
    process,
    argv: [...options.argv],
    // The program's own copy: `export` in a child never changes the parent's environment.
    env: { ...options.env },
    get cwd() {
      return cwd;
    },
    set cwd(value: string) {
      cwd = value;
      process.cwd = value;
    },
    cred: options.cred,
    fs: options.fs,
    stdin: init.stdin,
    stdout: init.stdout,
    stderr: init.stderr,
    hostname: options.hostname ?? '',
    net: options.net,
    terminal: options.terminal,
    now: () => host.now(),
    resolve: (path) => paths.resolve(cwd, path),
    chdir(path) {
      const target = paths.resolve(cwd, path);
      const st = ctx.fs.stat(target, ctx.cred);
      if (st.type !== 'dir') throw new FsError('ENOTDIR', path);
      if (!canAccess(ctx.cred, st, 'x')) throw new FsError('EACCES', path);
      ctx.cwd = target;
    },
    sleep: (ms) => host.sleep(process, ms),
    checkpoint: async () => {
      await host.checkpoint(process);
      // A full terminal output queue holds the writer here, as write(2) blocks on a full pty;
      // a signal still ends the wait at once.
      const full = init.stdout.ready?.() ?? init.stderr.ready?.();
      if (full) await process.block(full);
    },
    onSignal(a: Signal | SignalHandler, b?: Disposition) {
      if (typeof a === 'function') process.trapAll(a);
      else process.trap(a, b ?? 'default');
    },
    spawn: (program, opts = {}) => {
      // A killed shell whose code runs on must not start the next command.
      process.throwIfDead();
      return host.spawn(program, {
        argv: opts.argv ?? [],
        env: opts.env ?? { ...ctx.env },
        cwd: opts.cwd ?? cwd,
        cred: opts.cred ?? ctx.cred,
        fs: opts.fs ?? ctx.fs,
        stdin: opts.stdin ?? raw.stdin,
        stdout: opts.stdout ?? raw.stdout,
        stderr: opts.stderr ?? raw.stderr,
        hostname: opts.hostname ?? ctx.hostname,
        parent: opts.parent ?? process,
        pgid: opts.pgid,
        memoryLimit: opts.memoryLimit,
        cgroup: opts.cgroup,
        name: opts.name,
        net: 'net' in opts ? opts.net : ctx.net,
        terminal: 'terminal' in opts ? opts.terminal : ctx.terminal,
      });
    },
    kill: (pid, signal) => host.kill(pid, signal),
    allocate: (bytes) => host.allocate(process, bytes),
    free: (bytes) => host.free(process, bytes),
    exit(code: number): never {
      process.exit(code);
      throw new ProcessExit(code & 0xff);
    },
  };
  return ctx;
}
