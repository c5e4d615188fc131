// How a program's async code is unwound when its process ends, and the errors of process calls.

import { StacklessError } from '../stackless-error.ts';
import type { Signal } from './signals.ts';

/**
 * Thrown into a program (from sleep, checkpoint, reads, allocate) once its process was killed:
 * lets `finally` blocks run and stops the work. The process's exit status was already set.
 */
export class ProcessKilled extends StacklessError {
  readonly signal: Signal;

  constructor(signal: Signal) {
    super(`killed by ${signal}`);
    this.name = 'ProcessKilled';
    this.signal = signal;
  }
}

/** Thrown by `ctx.exit(code)` to unwind the program; the process has already exited.
 *  Both unwinding errors are control flow, so they skip the stack trace. */
export class ProcessExit extends StacklessError {
  readonly code: number;

  constructor(code: number) {
    super(`exit ${code}`);
    this.name = 'ProcessExit';
    this.code = code;
  }
}

export type OsErrorCode = 'EAGAIN' | 'ESRCH' | 'EPERM' | 'EINVAL' | 'ENOMEM';

const OS_ERROR_TEXT: Record<OsErrorCode, string> = {
  EAGAIN: 'Resource temporarily unavailable',
  ESRCH: 'No such process',
  EPERM: 'Operation not permitted',
  EINVAL: 'Invalid argument',
  ENOMEM: 'Cannot allocate memory',
};

/** A failed process call (fork beyond the process limit → EAGAIN), with glibc's text. */
export class OsError extends Error {
  readonly code: OsErrorCode;

  constructor(code: OsErrorCode) {
    super(OS_ERROR_TEXT[code]);
    this.name = 'OsError';
    this.code = code;
  }
}

/** True for the errors that only mean "this process is over", not a bug. */
export function isProcessEnd(e: unknown): e is ProcessKilled | ProcessExit {
  return e instanceof ProcessKilled || e instanceof ProcessExit;
}
