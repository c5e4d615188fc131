// Errors the OS raises as routine control flow: failed lookups (PATH search, `test -e`) and
// processes unwinding after kill or exit. A stack trace would cost more than the work it
// interrupts, so none is captured.

export class StacklessError extends Error {
  constructor(message: string) {
    const limits = Error as { stackTraceLimit?: number };
    const limit = limits.stackTraceLimit;
    limits.stackTraceLimit = 0;
    super(message);
    limits.stackTraceLimit = limit;
  }
}
