// What a few programs need beyond ProcessContext: the process table (ps), the network
// namespace (curl, wget, nslookup) and whether stdout is a terminal (ls columns, colours).
// Whoever builds a machine or container binds these to its FileSystem (each has its own);
// a `net` or `processes` field on the context itself, once it has one, wins.

import type { FileSystem } from '../../../os/fs/file-system.ts';
import type { ProgramRegistry } from '../../../os/exec.ts';
import type { NetNamespace } from '../../../os/net.ts';
import type { ProcessInfo } from '../../../os/process/kernel.ts';
import type { ProcessContext } from '../../../os/process/context.ts';
import { sourceOf } from '../../../os/process/streams.ts';
import type { Writer } from '../../../os/pipe.ts';

export interface SystemView {
  /** Built-in programs that executable files name (env, xargs, find -exec, watch run them). */
  programs?: Pick<ProgramRegistry, 'get'>;
  /** The kernel's table (Kernel satisfies it). */
  processes?: { list(): ProcessInfo[] };
  net?: NetNamespace;
  /** Cluster DNS (CoreDNS): a name to an IP, for names the flat network does not know. */
  dns?: { server: string; resolve(name: string): string | undefined };
  /** Bytes of memory of the machine, for free/top (default 4 GiB). */
  memoryBytes?: number;
  /** The kernel release uname prints. */
  kernelRelease?: string;
}

export interface TerminalView {
  cols(): number;
}

const systems = new WeakMap<FileSystem, SystemView>();
const terminals = new WeakMap<object, TerminalView>();

/** Makes `view` what programs running on `fs` see (a machine's or a container's). */
export function bindSystem(fs: FileSystem, view: SystemView): void {
  systems.set(fs, { ...systems.get(fs), ...view });
}

export function systemOf(ctx: ProcessContext): SystemView {
  const own = ctx as ProcessContext & Partial<SystemView>;
  const bound = systems.get(ctx.fs) ?? {};
  return { ...bound, ...(own.net ? { net: own.net } : {}), ...(own.processes ? { processes: own.processes } : {}) };
}

/** Marks a stream as a terminal (the tty's output), so isatty(1) holds for programs writing to it. */
export function registerTerminal(stream: Writer, view: TerminalView): void {
  terminals.set(stream, view);
}

/** The terminal behind a process stream, or undefined when it is a pipe or file (isatty). */
export function terminalOf(stream: Writer): TerminalView | undefined {
  return terminals.get(sourceOf(stream)) ?? terminals.get(stream);
}
