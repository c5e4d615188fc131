// Plays a curriculum lab on a real Machine: another learner's path as a full solution (every
// task must pass, as in `npm run labs:verify`), or a few lines after the start state, then the
// verdict of one task.

import { machineHarness } from '../../../scripts/lab-harness.ts';
import { runTaskChecks } from '../../../src/labs/engine/lab-engine.ts';
import type { Lab, SolutionStep } from '../../../src/labs/schema/lab-schema.ts';
import { applySetup } from '../../../src/labs/setup/apply-setup.ts';
import { verifyLab, type VerifyReport } from '../../../src/labs/verify/verify-lab.ts';

type Step = Partial<SolutionStep> & { task: string };

/** Verifies the lab with `steps` in place of its reference solution. */
export function playPath(lab: Lab, steps: Step[]): Promise<VerifyReport> {
  const solution = { steps: steps.map((s) => ({ files: [], run: '', advance: 0, ...s })) } as Lab['solution'];
  return verifyLab({ ...lab, solution }, machineHarness().harness);
}

/** The first failing check of `taskId` after `script` ran on the lab's start state, or 'pass'. */
export async function verdictAfter(lab: Lab, script: string, taskId: string, advanceMs = 30_000): Promise<string> {
  const { harness } = machineHarness();
  await harness.advance(0);
  const problems = await applySetup(lab, harness.setup);
  if (problems.length) throw new Error(problems.join('\n'));
  await harness.type(script);
  await harness.advance(advanceMs);
  const task = lab.tasks.find((t) => t.id === taskId)!;
  const results = await runTaskChecks(lab, task, harness.world);
  return results.find((r) => !r.passed)?.message ?? 'pass';
}
