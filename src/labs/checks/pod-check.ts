// `kind: pod` — a pod's phase, readiness and STATUS column as `kubectl get pods` shows them,
// and how long its containers have been running. READY and STATUS come from the printer
// kubectl uses, so a check and the learner's screen never disagree.

import { z } from 'zod';
import { isStatus } from '../../sim/api/errors.ts';
import type { Pod } from '../../sim/api/types.ts';
import { printPod } from '../../kubectl/printers/pod-table.ts';
import { parseTime } from '../../kubectl/printers/duration.ts';
import { duration, formatDuration } from '../schema/duration.ts';
import { fail, pass, type CheckContext, type CheckResult } from './check-result.ts';
import { fetchObject } from './fetch-object.ts';

export const podCheckSchema = z.strictObject({
  kind: z.literal('pod').describe('A pod\'s phase, READY and STATUS columns, and how long it has been running.'),
  name: z.string().min(1).describe('The pod\'s name.'),
  namespace: z.string().optional().describe('Namespace; `default` when omitted.'),
  phase: z.enum(['Pending', 'Running', 'Succeeded', 'Failed', 'Unknown']).optional().describe('status.phase must be this.'),
  ready: z.union([z.boolean(), z.string().regex(/^\d+\/\d+$/)]).optional()
    .describe('`true`/`false`: the Ready condition; `"2/2"`: the READY column exactly.'),
  status: z.union([z.string(), z.array(z.string()).min(1)]).optional()
    .describe('The STATUS column (`Running`, `CrashLoopBackOff`, `Completed`, …) must be this, or one of these.'),
  runningFor: duration('Every container must have been running this long without a restart (`30s`).').optional(),
  seen: z.boolean().optional()
    .describe('Sticky: once the pod was seen this way the check stays passed (for states that pass, like CrashLoopBackOff).'),
  want: z.string().optional().describe('What the task wants, told to the learner on failure.'),
});

export type PodCheck = z.output<typeof podCheckSchema>;

function wanted(check: PodCheck): string {
  const parts: string[] = [];
  if (typeof check.ready === 'string') parts.push(check.ready);
  if (check.status) parts.push(Array.isArray(check.status) ? check.status.join(' or ') : check.status);
  if (check.phase) parts.push(`in phase ${check.phase}`);
  if (check.ready === true) parts.push('Ready');
  if (check.ready === false) parts.push('not Ready');
  return parts.join(' ');
}

export function runPodCheck(check: PodCheck, ctx: CheckContext): CheckResult {
  const now = ctx.world.now();
  const subject = `pod ${check.name}`;
  const want = check.want ?? `the task needs it ${wanted(check)}`.trimEnd();
  const got = fetchObject(ctx, 'pods', check.name, check.namespace);
  if (isStatus(got)) {
    return fail(got.code === 404 ? `${subject} does not exist; ${want}` : `could not read ${subject}: ${got.message}`);
  }
  const pod = got as Pod;
  const [, ready, status] = printPod(pod, now);
  const phase = pod.status?.phase ?? 'Pending';
  const readyCond = pod.status?.conditions?.some((c) => c.type === 'Ready' && c.status === 'True') ?? false;
  const saw = `${subject} is ${ready} ${status}`;
  const statuses = check.status === undefined ? undefined : Array.isArray(check.status) ? check.status : [check.status];
  const ok = (check.phase === undefined || check.phase === phase)
    && (check.ready === undefined || (typeof check.ready === 'string' ? check.ready === ready : check.ready === readyCond))
    && (statuses === undefined || statuses.includes(status));
  if (!ok) return fail(`${saw}${check.phase && check.phase !== phase ? ` (phase ${phase})` : ''}; ${want}`);

  if (check.runningFor !== undefined) {
    const cs = pod.status?.containerStatuses ?? [];
    const starts = cs.map((c) => parseTime(c.state?.running?.startedAt));
    if (cs.length === 0 || starts.some((s) => s === undefined)) return fail(`${saw}, not every container is running; ${want}`);
    const since = Math.max(...(starts as number[]));
    const ran = now - since;
    if (ran < check.runningFor) {
      return fail(`${subject} has been running ${formatDuration(Math.floor(ran / 1000) * 1000)}; the task needs it to keep running for ${formatDuration(check.runningFor)}`,
        { recheckAt: since + check.runningFor });
    }
    return pass(`${saw} and has kept running for ${formatDuration(Math.floor(ran / 1000) * 1000)}`);
  }
  return pass(saw, { sticky: check.seen });
}
