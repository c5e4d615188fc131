// A learner's progress in one lab as plain JSON: what the panel shows, what persistence saves
// beside the machine's snapshot, and what export/import moves between browsers. Times are the
// lab's virtual clock (epoch ms), the clock the learner's work ran on. Versioned and validated
// on load, so a stale or hand-edited record is refused rather than half-read.

import { z } from 'zod';
import type { Lab } from '../schema/lab-schema.ts';

export const PROGRESS_VERSION = 1;

const time = z.number().int().nonnegative();

export const checkProgressSchema = z.strictObject({
  passed: z.boolean().describe('Whether the check passed on its last run (or ever, when sticky).'),
  message: z.string().describe('What the check last said.'),
  sticky: z.boolean().optional().describe('Passed on something seen once; stays passed.'),
  at: time.optional().describe('When it first passed.'),
  memo: z.unknown().optional().describe('What the check keeps between runs (an earlier HTTP sample).'),
});

export const taskProgressSchema = z.strictObject({
  status: z.enum(['locked', 'open', 'passed']).describe('locked: a task it needs is not done; open: being worked on; passed: done, and stays done.'),
  startedAt: time.optional().describe('When the task opened.'),
  completedAt: time.optional().describe('When every check passed.'),
  timeTakenMs: z.number().int().nonnegative().optional().describe('completedAt − startedAt.'),
  hintsShown: z.number().int().nonnegative().describe('How many hints the learner has revealed.'),
  checks: z.array(checkProgressSchema).describe('One entry per check, in the task\'s order.'),
});

export const labProgressSchema = z.strictObject({
  version: z.literal(PROGRESS_VERSION).describe('The record format\'s version.'),
  lab: z.string().describe('The lab\'s id.'),
  startedAt: time.optional().describe('When the learner first worked on the lab.'),
  completedAt: time.optional().describe('When the last task passed.'),
  timeTakenMs: z.number().int().nonnegative().optional().describe('completedAt − startedAt.'),
  tasks: z.record(z.string(), taskProgressSchema).describe('Per task id.'),
});

export type CheckProgress = z.output<typeof checkProgressSchema>;
export type TaskProgress = z.output<typeof taskProgressSchema>;
export type LabProgress = z.output<typeof labProgressSchema>;

export function newProgress(lab: Lab): LabProgress {
  const tasks: Record<string, TaskProgress> = {};
  for (const t of lab.tasks) tasks[t.id] = { status: t.needs.length ? 'locked' : 'open', hintsShown: 0, checks: [] };
  return { version: PROGRESS_VERSION, lab: lab.id, tasks };
}

export type ProgressParse = { ok: true; progress: LabProgress } | { ok: false; error: string };

/** Validates a saved or imported record against the lab it claims to be for. */
export function parseProgress(json: unknown, lab: Lab): ProgressParse {
  const r = labProgressSchema.safeParse(json);
  if (!r.success) {
    const i = r.error.issues[0];
    return { ok: false, error: `progress record ${i.path.map(String).join('.') || '(top level)'}: ${i.message}` };
  }
  if (r.data.lab !== lab.id) return { ok: false, error: `progress record is for lab "${r.data.lab}", not "${lab.id}"` };
  const progress = r.data;
  // Tasks added to the lab since the record was saved start fresh; removed ones are dropped.
  const fresh = newProgress(lab);
  for (const t of lab.tasks) {
    const saved = progress.tasks[t.id];
    fresh.tasks[t.id] = saved && saved.checks.length <= t.checks.length ? saved : fresh.tasks[t.id];
  }
  return { ok: true, progress: { ...progress, tasks: fresh.tasks } };
}
