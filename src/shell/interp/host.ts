// What the shell needs from the machine it runs on: the os layer's process context. Models
// mvdan.cc/sh/v3/interp/handler.go in spirit: the interpreter reaches files, processes and
// signals only through `ctx`, so tests can run it on a small kernel with a virtual clock.

import type { Process } from '../../os/process/process.ts';
import { SIGNAL_NUMBERS } from '../../os/process/signals.ts';

export type { Program, ProcessContext, SpawnOptions } from '../../os/process/context.ts';

/** A started child: the kernel's process (pid, wait, kill). */
export type ChildProcess = Pick<Process, 'pid' | 'kill'> & { wait(): Promise<{ code: number }> };

export const SIGNALS: Record<string, number> = SIGNAL_NUMBERS;

/** The exit status a shell reports for a child (128+n for a signal). */
export function exitStatus(child: ChildProcess): Promise<number> {
  return child.wait().then((info) => info.code);
}
