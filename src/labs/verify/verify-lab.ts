// Proves a lab works: every task is incomplete in the start state, and the reference solution,
// typed step by step into a terminal in virtual time, completes each task it names. Anything
// else is a failure with a sentence that says where and why — including a solution that cannot
// run yet because the machine lacks what it uses.

import { LabEngine, runTaskChecks } from '../engine/lab-engine.ts';
import type { Lab, SolutionStep } from '../schema/lab-schema.ts';
import { applySetup, type SetupTarget } from '../setup/apply-setup.ts';
import type { LabWorld } from '../world.ts';

export interface VerifyHarness {
  world: LabWorld;
  setup: SetupTarget;
  /** Types a script into a terminal, a line at a time, and returns the transcript. */
  type(script: string): Promise<string>;
  advance(ms: number): Promise<void>;
}

export interface VerifyReport {
  lab: string;
  ok: boolean;
  failures: string[];
  /** What happened, step by step, for a reader chasing a failure. */
  log: string[];
}

/** How long the verifier waits, in virtual time, for a step's task to complete on its own. */
const PATIENCE_MS = 10 * 60_000;

/** The lines a reference learner types for a step: files as quoted heredocs, then the commands. */
export function stepScript(step: SolutionStep): string {
  const lines: string[] = [];
  for (const f of step.files) {
    let mark = 'EOF';
    while (f.content.split('\n').includes(mark)) mark += '_';
    lines.push(`cat > ${f.path} <<'${mark}'`, ...f.content.replace(/\n$/, '').split('\n'), mark);
  }
  if (step.run.trim()) lines.push(...step.run.replace(/\n$/, '').split('\n'));
  return lines.length ? `${lines.join('\n')}\n` : '';
}

export async function verifyLab(lab: Lab, harness: VerifyHarness): Promise<VerifyReport> {
  const failures: string[] = [];
  const log: string[] = [];
  const report = (): VerifyReport => ({ lab: lab.id, ok: failures.length === 0, failures, log });

  // The page sets a lab up once its machine has booted (the clock at the learner's arrival):
  // advancing by nothing waits for that boot, so objects are not created in the cluster's past.
  await harness.advance(0);
  const setupProblems = await applySetup(lab, harness.setup);
  if (setupProblems.length > 0) {
    failures.push(...setupProblems.map((p) => `start state: ${p}`));
    return report();
  }

  for (const task of lab.tasks) {
    const results = await runTaskChecks(lab, task, harness.world);
    const failing = results.find((r) => !r.passed);
    if (failing) log.push(`start: ${task.id} fails as it should: ${failing.message}`);
    else if (task.needs.length > 0) log.push(`start: ${task.id} would pass on its own; it waits for ${task.needs.join(', ')}`);
    else failures.push(`start state: task ${task.id} already passes before the learner did anything (${results.map((r) => r.message).join('; ')})`);
  }

  const engine = new LabEngine(lab);
  await engine.evaluate(harness.world, { force: true });
  for (const [n, step] of lab.solution.steps.entries()) {
    const transcript = await harness.type(stepScript(step));
    if (step.advance > 0) await harness.advance(step.advance);
    const deadline = harness.world.now() + PATIENCE_MS;
    let progress = await engine.evaluate(harness.world, { force: true });
    for (;;) {
      if (progress.tasks[step.task]?.status === 'passed') break;
      const next = engine.nextRecheckAt();
      if (next === undefined || next > deadline) break;
      await harness.advance(Math.max(0, next - harness.world.now()));
      progress = await engine.evaluate(harness.world);
    }
    const tp = progress.tasks[step.task];
    if (tp?.status !== 'passed') {
      const why = tp?.status === 'locked'
        ? `it is still waiting for ${lab.tasks.find((t) => t.id === step.task)!.needs.filter((x) => progress.tasks[x]?.status !== 'passed').join(', ')}`
        : tp?.checks.filter((c) => !c.passed).map((c) => c.message).join('; ') ?? 'no result';
      failures.push(`solution step ${n + 1} (task ${step.task}) did not complete the task: ${why}\n${indent(transcript)}`);
      return report();
    }
    log.push(`step ${n + 1}: ${step.task} passes: ${tp.checks.map((c) => c.message).join('; ')}`);
  }
  const final = engine.progress;
  const open = lab.tasks.filter((t) => final.tasks[t.id]?.status !== 'passed');
  if (open.length > 0) failures.push(`after the whole solution these tasks are not complete: ${open.map((t) => t.id).join(', ')}`);
  return report();
}

const indent = (text: string) => (text.trim() ? text.replace(/\n$/, '').split('\n').map((l) => `    | ${l}`).join('\n') : '    | (the step typed nothing)');
