// Collects program bugs: an exception a simulated program did not turn into an error text and
// exit status. The kernel says these on the process's stderr and exits it 1 (so a learner's
// worker survives them); the fuzzer counts each one as a crash.

import { Kernel } from '../../src/os/process/kernel.ts';

export interface TrappedBug {
  program: string;
  error: unknown;
}

const bugs: TrappedBug[] = [];
let installed = false;

export function installBugTrap(): void {
  if (installed) return;
  installed = true;
  const proto = Kernel.prototype as unknown as { reportBug: (p: { name: string }, e: unknown) => void };
  const original = proto.reportBug;
  proto.reportBug = function (this: unknown, p: { name: string }, e: unknown) {
    bugs.push({ program: p.name, error: e });
    original.call(this, p, e);
  };
}

/** Returns and forgets the bugs seen since the last call. */
export function takeBugs(): TrappedBug[] {
  return bugs.splice(0, bugs.length);
}

export function describeBug(bug: TrappedBug): string {
  const e = bug.error;
  return `${bug.program}: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}`;
}
