// `kind: answer` — what the learner reported with `answer …` (or the panel's answer box).
// Matching ignores case; every pattern must match the same answer, so `[OOMKilled, '\b137\b']`
// wants both the reason and the exit code in one reply.

import { z } from 'zod';
import { fail, pass, type CheckContext, type CheckResult } from './check-result.ts';

const regex = z.string().refine((s) => { try { new RegExp(s, 'i'); return true; } catch { return false; } }, { message: 'not a valid regular expression' });

export const answerCheckSchema = z.strictObject({
  kind: z.literal('answer').describe('The learner\'s answer (`answer 137` in the terminal) matches. Sticky.'),
  matches: z.union([regex, z.array(regex).min(1)]).describe('A regular expression (case-insensitive), or several that must all match one answer.'),
  task: z.boolean().optional().describe('Only answers given for this task (`answer --task <id> …` or the panel) count.'),
  want: z.string().optional().describe('What the question asks, told to the learner on failure (`the task wants the reason and the exit code`).'),
});

export type AnswerCheck = z.output<typeof answerCheckSchema>;

export function runAnswerCheck(check: AnswerCheck, ctx: CheckContext & { taskId?: string }): CheckResult {
  const patterns = (Array.isArray(check.matches) ? check.matches : [check.matches]).map((p) => new RegExp(p, 'i'));
  const answers = ctx.world.answers().filter((a) => !check.task || a.task === ctx.taskId);
  const hit = answers.find((a) => patterns.every((p) => p.test(a.text)));
  if (hit) return pass(`you answered "${hit.text}"`, { sticky: true });
  const want = check.want ?? `the task needs an answer matching ${patterns.map((p) => `/${p.source}/`).join(' and ')}`;
  if (answers.length === 0) return fail(`you have not answered yet (type \`answer <your answer>\`); ${want}`);
  return fail(`your last answer was "${answers[answers.length - 1].text}"; ${want}`);
}
