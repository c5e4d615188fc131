// `kind: http` — a request from a place (the learner's node, inside a container, through the
// learner's port-forward) gets a status and a body matching a pattern; with `changesAfter`, two
// requests that far apart in virtual time must differ (a page a sidecar keeps rewriting).

import { z } from 'zod';
import { duration, formatDuration } from '../schema/duration.ts';
import type { HttpSource } from '../world.ts';
import { fail, pass, type CheckContext, type CheckResult } from './check-result.ts';

const regex = z.string().refine((s) => { try { new RegExp(s); return true; } catch { return false; } }, { message: 'not a valid regular expression' });

export const httpSourceSchema = z.union([
  z.literal('host').describe('The learner\'s node, as `curl` typed in the terminal.'),
  z.strictObject({
    pod: z.string().min(1).describe('The pod.'),
    container: z.string().min(1).describe('The container the request is made from.'),
    namespace: z.string().optional().describe('Namespace; `default` when omitted.'),
  }).describe('Inside a container: the pod\'s network namespace, so `localhost` is the pod.'),
  z.strictObject({
    portForward: z.number().int().min(1).max(65535).describe('The local port of the learner\'s `kubectl port-forward`.'),
  }).describe('Through the learner\'s running port-forward.'),
]);

export const httpCheckSchema = z.strictObject({
  kind: z.literal('http').describe('An HTTP request from a place returns a status and a body matching a pattern.'),
  from: httpSourceSchema.default('host').describe('Where the request starts: `host`, `{pod, container}` or `{portForward: 8080}`.'),
  url: z.string().min(1).describe('The URL, e.g. `http://localhost:8080/`.'),
  status: z.number().int().default(200).describe('The HTTP status wanted.'),
  body: regex.optional().describe('A regular expression the body must match.'),
  changesAfter: duration('Sticky: two requests this far apart in virtual time must return different bodies.').optional(),
  want: z.string().optional().describe('What the task wants, told to the learner on failure.'),
});

export type HttpCheck = z.output<typeof httpCheckSchema>;

interface Sample { at: number; body: string }

export function toSource(from: HttpCheck['from']): HttpSource {
  if (from === 'host') return { kind: 'host' };
  if ('portForward' in from) return { kind: 'port-forward', port: from.portForward };
  return { kind: 'container', pod: from.pod, container: from.container, namespace: from.namespace };
}

function placeText(from: HttpCheck['from']): string {
  if (from === 'host') return 'from the node';
  if ('portForward' in from) return `through port-forward on localhost:${from.portForward}`;
  return `from container ${from.container} of pod ${from.pod}`;
}

const excerpt = (body: string) => {
  const t = body.trim().replace(/\s+/g, ' ');
  return `"${t.length > 60 ? `${t.slice(0, 57)}...` : t}"`;
};

export async function runHttpCheck(check: HttpCheck, ctx: CheckContext): Promise<CheckResult> {
  const where = `${check.url} ${placeText(check.from)}`;
  const res = await ctx.world.http(toSource(check.from), check.url);
  const now = ctx.world.now();
  if (!res.ok) return fail(`${where} failed: ${res.error}; ${check.want ?? `the task needs it to answer`}`);
  if (res.status !== check.status) return fail(`${where} answered ${res.status}; ${check.want ?? `the task needs ${check.status}`}`);
  if (check.body !== undefined && !new RegExp(check.body).test(res.body)) {
    return fail(`${where} returned ${excerpt(res.body)}; ${check.want ?? `the task needs a body matching /${check.body}/`}`);
  }
  if (check.changesAfter === undefined) return pass(`${where} returned ${excerpt(res.body)}`);

  const gap = check.changesAfter;
  const before = ctx.memo as Sample | undefined;
  const sample: Sample = { at: now, body: res.body };
  if (!before || now < before.at) {
    return fail(`${where} returned ${excerpt(res.body)}; asking again in ${formatDuration(gap)} to see it change`, { memo: sample, recheckAt: now + gap });
  }
  if (now - before.at < gap) {
    return fail(`${where} returned ${excerpt(before.body)}; asking again in ${formatDuration(before.at + gap - now)} to see it change`, { memo: before, recheckAt: before.at + gap });
  }
  if (res.body !== before.body) return pass(`${where} changed from ${excerpt(before.body)} to ${excerpt(res.body)}`, { sticky: true });
  return fail(`${where} still returned ${excerpt(res.body)} after ${formatDuration(now - before.at)}; ${check.want ?? 'the task needs it to change over time'}`,
    { memo: sample, recheckAt: now + gap });
}
