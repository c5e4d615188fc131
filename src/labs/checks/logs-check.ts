// `kind: logs` — what `kubectl logs POD -c CONTAINER` prints: at least N lines matching a
// pattern. For tasks whose result is a stream on a container's stdout (a sidecar that tails a log
// file), where nothing in the pod's spec or status shows it worked. Logs grow without any API
// change, so a failing check asks to run again a little later.

import { z } from 'zod';
import { isStatus } from '../../sim/api/errors.ts';
import type { Pod } from '../../sim/api/types.ts';
import { fail, pass, type CheckContext, type CheckResult } from './check-result.ts';
import { fetchObject } from './fetch-object.ts';

const regex = z.string().refine((s) => { try { new RegExp(s); return true; } catch { return false; } }, { message: 'not a valid regular expression' });

/** How long a failing check waits before reading the logs again. */
export const LOGS_RECHECK_MS = 5_000;

export const logsCheckSchema = z.strictObject({
  kind: z.literal('logs').describe('A container\'s current logs, as `kubectl logs POD -c CONTAINER` prints them, have lines matching a pattern. Sticky.'),
  pod: z.string().min(1).describe('The pod\'s name.'),
  namespace: z.string().optional().describe('Namespace; `default` when omitted.'),
  container: z.string().min(1).describe('The container: an app container, an init container or a sidecar.'),
  matches: regex.describe('A regular expression a log line must match, e.g. `GET /\\S+ 200`.'),
  lines: z.number().int().positive().default(1)
    .describe('How many lines must match, at least; more than one shows a stream rather than a single write.'),
  want: z.string().optional().describe('What the task wants, told to the learner on failure.'),
});

export type LogsCheck = z.output<typeof logsCheckSchema>;

const excerpt = (line: string) => {
  const t = line.trim().replace(/\s+/g, ' ');
  return `"${t.length > 100 ? `${t.slice(0, 97)}...` : t}"`;
};

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

function containerNames(pod: Pod): string {
  const app = pod.spec.containers.map((c) => c.name);
  const init = (pod.spec.initContainers ?? []).map((c) => `${c.name} (init)`);
  return [...app, ...init].join(', ');
}

export async function runLogsCheck(check: LogsCheck, ctx: CheckContext): Promise<CheckResult> {
  const namespace = check.namespace ?? ctx.namespace;
  const command = `\`kubectl logs ${check.pod} -c ${check.container}\``;
  const want = check.want ?? `the task needs ${plural(check.lines, 'line')} matching /${check.matches}/`;
  const got = fetchObject(ctx, 'pods', check.pod, namespace);
  if (isStatus(got)) return fail(got.code === 404 ? `pod ${check.pod} does not exist; ${want}` : `could not read pod ${check.pod}: ${got.message}`);
  const pod = got as Pod;
  const all = [...pod.spec.containers, ...(pod.spec.initContainers ?? []), ...(pod.spec.ephemeralContainers ?? [])];
  if (!all.some((c) => c.name === check.container)) {
    return fail(`pod ${check.pod} has no container ${check.container} (it has ${containerNames(pod)}); ${want}`);
  }

  const logs = await ctx.world.logs(namespace, check.pod, check.container);
  const again = { recheckAt: ctx.world.now() + LOGS_RECHECK_MS };
  if (!logs.ok) return fail(`${command} says: ${logs.error}; ${want}`, again);
  const re = new RegExp(check.matches);
  const lines = logs.text.split('\n').filter((l) => l.trim() !== '');
  const hits = lines.filter((l) => re.test(l));
  if (hits.length >= check.lines) {
    return pass(`${command} shows ${plural(hits.length, 'matching line')}, the last ${excerpt(hits[hits.length - 1])}`, { sticky: true });
  }
  if (lines.length === 0) return fail(`${command} prints nothing yet; ${want}`, again);
  const seen = hits.length > 0 ? `only ${plural(hits.length, 'matching line')}` : `no matching line (the last is ${excerpt(lines[lines.length - 1])})`;
  return fail(`${command} shows ${seen}; ${want}`, again);
}
