// Runs one simulated process to its end on virtual time, within a budget: the clock jumps to the
// next timer while the process waits, and a process that is still going when its budget of
// virtual time or host hops runs out gets Ctrl-C (SIGINT), then SIGKILL, as a learner would do.
// A process that outlives both is a hang, the thing the fuzzer looks for.

import type { Kernel } from '../../src/os/process/kernel.ts';
import type { Process } from '../../src/os/process/process.ts';
import type { VirtualClock } from '../../src/sim/clock.ts';

export const settle = () => new Promise<void>((r) => setImmediate(r));

export interface Budget {
  /** Virtual time the process may use before it is interrupted. */
  virtualMs: number;
  /** Host hops (settles and timer steps) before it is interrupted. */
  steps: number;
}

export const DEFAULT_BUDGET: Budget = { virtualMs: 10 * 60_000, steps: 400 };

/** How the run ended: on its own, after Ctrl-C or SIGKILL, or not at all. */
export type Ending = 'exited' | 'interrupted' | 'killed' | 'hung';

export interface BoundedResult {
  status: number;
  ending: Ending;
  steps: number;
}

export async function runBounded(kernel: Kernel, clock: VirtualClock, proc: Process, budget: Budget = DEFAULT_BUDGET): Promise<BoundedResult> {
  let status: number | undefined;
  const exited = proc.wait().then((info) => { status = info.code; });
  const deadline = clock.now() + budget.virtualMs;
  let ending: Ending = 'exited';
  let steps = 0;
  let phaseSteps = 0;
  for (;;) {
    await settle();
    if (status !== undefined) break;
    steps++;
    phaseSteps++;
    const next = clock.nextAt();
    const overBudget = phaseSteps > budget.steps || (next !== undefined && next > deadline) || clock.now() > deadline;
    if (overBudget) {
      if (ending === 'exited') { ending = 'interrupted'; kernel.killGroup(proc.pgid, 'SIGINT'); }
      else if (ending === 'interrupted') { ending = 'killed'; kernel.killGroup(proc.pgid, 'SIGKILL'); }
      else { ending = 'hung'; break; }
      phaseSteps = 0;
      continue;
    }
    if (next !== undefined) await clock.runUntil(next, settle);
  }
  if (ending !== 'hung') await exited;
  // Whatever the case left running in the background (`while :; do :; done &`, in process
  // groups of its own) ends with it: these machines run nothing else.
  for (const p of kernel.processes()) p.terminate('SIGKILL');
  await settle();
  return { status: status ?? -1, ending, steps };
}
