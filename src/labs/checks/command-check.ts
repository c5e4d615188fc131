// `kind: command` — the learner ran a command matching a pattern. Only for tasks that are about
// the command itself (exec into a container, read describe); everything else grades results.

import { z } from 'zod';
import { fail, pass, type CheckContext, type CheckResult } from './check-result.ts';

const regex = z.string().refine((s) => { try { new RegExp(s); return true; } catch { return false; } }, { message: 'not a valid regular expression' });

export const commandCheckSchema = z.strictObject({
  kind: z.literal('command').describe('The learner submitted a shell line matching a pattern. Use only when the task is about the command. Sticky.'),
  matches: regex.describe('A regular expression for the whole line, e.g. `kubectl\\s+exec\\b.*web-logger`.'),
  exitStatus: z.number().int().optional().describe('The exit status it must have ended with; any when omitted.'),
  want: z.string().optional().describe('What the task wants, told to the learner on failure.'),
});

export type CommandCheck = z.output<typeof commandCheckSchema>;

export function runCommandCheck(check: CommandCheck, ctx: CheckContext): CheckResult {
  const re = new RegExp(check.matches);
  const lines = ctx.world.commands().filter((c) => re.test(c.line));
  const hit = lines.find((c) => check.exitStatus === undefined || c.exitStatus === check.exitStatus);
  if (hit) return pass(`you ran \`${hit.line}\``, { sticky: true });
  const want = check.want ?? `the task needs a command matching /${check.matches}/`;
  if (lines.length > 0) {
    const last = lines[lines.length - 1];
    return fail(`\`${last.line}\` ${last.exitStatus === undefined ? 'has not finished' : `exited with ${last.exitStatus}`}; ${want} to exit with ${check.exitStatus}`);
  }
  return fail(`no command you ran matches yet; ${want}`);
}
