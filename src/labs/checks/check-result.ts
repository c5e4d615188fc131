// What one check reports. A failing check's message says what it saw and what it wanted, in
// one sentence a learner can act on; a passing one says what it saw.

import type { LabWorld } from '../world.ts';

export interface CheckResult {
  passed: boolean;
  message: string;
  /** Passed on something that may not stay visible (an OOM kill, a climbing restart count):
   *  the engine keeps it passed from now on. */
  sticky?: boolean;
  /** Data the check wants back on its next run (the first of two HTTP samples). Plain JSON. */
  memo?: unknown;
  /** Virtual time at which the check wants to run again even if nothing changed. */
  recheckAt?: number;
}

export interface CheckContext {
  world: LabWorld;
  /** What this check left in `memo` last time, if anything. */
  memo?: unknown;
  /** The namespace objects are looked up in when a check names none. */
  namespace: string;
}

export const pass = (message: string, extra: Partial<CheckResult> = {}): CheckResult => ({ passed: true, message, ...extra });
export const fail = (message: string, extra: Partial<CheckResult> = {}): CheckResult => ({ passed: false, message, ...extra });
