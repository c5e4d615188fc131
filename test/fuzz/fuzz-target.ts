// Runs one target for a number of cases and reports what it found, shrunk by fast-check.

import fc from 'fast-check';
import type { Target } from './targets.ts';

export interface TargetReport {
  name: string;
  cases: number;
  /** The shrunk failing input and what went wrong, or undefined when every case held. */
  failure?: string;
  crashes: number;
  hangs: number;
  ms: number;
}

export async function fuzzTarget(target: Target, numRuns: number, seed: number, onCase?: (input: unknown) => void): Promise<TargetReport> {
  const started = performance.now();
  let cases = 0;
  const property = fc.asyncProperty(target.arbitrary, async (input) => {
    cases++;
    onCase?.(input);
    await target.check(input);
  });
  const details = await fc.check(property, { numRuns, seed, endOnFailure: false });
  const ms = performance.now() - started;
  if (!details.failed) return { name: target.name, cases, crashes: 0, hangs: 0, ms };
  const error = details.errorInstance;
  const message = error instanceof Error ? error.message : String(error);
  const hang = /^(hang|terminal hung)/.test(message);
  return {
    name: target.name, cases, ms, crashes: hang ? 0 : 1, hangs: hang ? 1 : 0,
    failure: `${message.slice(0, 4000)}\n  input: ${fc.stringify(details.counterexample).slice(0, 4000)}\n  seed ${seed}, path ${details.counterexamplePath}`,
  };
}
