// `kind: container` — what happened to a container: it was terminated with a reason and exit
// code (OOMKilled, 137), it restarted at least N times, a probe failed. These are history, so
// once seen they stay passed even after the pod is fixed or deleted.

import { z } from 'zod';
import { isStatus } from '../../sim/api/errors.ts';
import type { ContainerStateTerminated, ContainerStatus, Event, List, Pod } from '../../sim/api/types.ts';
import { fail, pass, type CheckContext, type CheckResult } from './check-result.ts';
import { fetchObject } from './fetch-object.ts';

export const containerCheckSchema = z.strictObject({
  kind: z.literal('container').describe('A container\'s history: how it was terminated, how often it restarted, whether a probe failed. Sticky.'),
  pod: z.string().min(1).describe('The pod\'s name.'),
  namespace: z.string().optional().describe('Namespace; `default` when omitted.'),
  container: z.string().optional().describe('The container\'s name; any container of the pod when omitted.'),
  terminated: z.strictObject({
    reason: z.string().optional().describe('state/lastState.terminated.reason, e.g. `OOMKilled`, `Error`, `Completed`.'),
    exitCode: z.number().int().optional().describe('The exit code, e.g. 137.'),
  }).optional().describe('The container was terminated this way (in `state` or `lastState`).'),
  restartsAtLeast: z.number().int().positive().optional().describe('restartCount reached at least this.'),
  probeFailed: z.enum(['Liveness', 'Readiness', 'Startup']).optional()
    .describe('An `Unhealthy` event says this probe failed for the container.'),
  want: z.string().optional().describe('What the task wants, told to the learner on failure.'),
});

export type ContainerCheck = z.output<typeof containerCheckSchema>;

const termText = (t: ContainerStateTerminated) => `${t.reason || 'terminated'} with exit code ${t.exitCode}`;

export function runContainerCheck(check: ContainerCheck, ctx: CheckContext): CheckResult {
  const subject = check.container ? `container ${check.container} of pod ${check.pod}` : `pod ${check.pod}`;
  const got = fetchObject(ctx, 'pods', check.pod, check.namespace);
  if (isStatus(got)) return fail(got.code === 404 ? `${subject} does not exist; ${check.want ?? 'the task needs it running first'}` : `could not read pod ${check.pod}: ${got.message}`);
  const pod = got as Pod;
  const all = [...(pod.status?.initContainerStatuses ?? []), ...(pod.status?.containerStatuses ?? [])];
  const statuses = check.container ? all.filter((s) => s.name === check.container) : all;
  if (statuses.length === 0) return fail(`${subject} has no container status yet; ${check.want ?? 'the task needs it to have run'}`);
  const found: string[] = [];

  if (check.terminated) {
    const want = check.want ?? `the task needs it terminated${check.terminated.reason ? ` as ${check.terminated.reason}` : ''}${check.terminated.exitCode !== undefined ? ` with exit code ${check.terminated.exitCode}` : ''}`;
    const terms = statuses.flatMap((s) => [s.state?.terminated, s.lastState?.terminated]).filter((t): t is ContainerStateTerminated => !!t);
    const hit = terms.find((t) => (check.terminated!.reason === undefined || t.reason === check.terminated!.reason)
      && (check.terminated!.exitCode === undefined || t.exitCode === check.terminated!.exitCode));
    if (!hit) return fail(`${subject} ${terms.length ? `was last ${termText(terms[0])}` : 'has not been terminated'}; ${want}`);
    found.push(`was ${termText(hit)}`);
  }
  if (check.restartsAtLeast !== undefined) {
    const restarts = Math.max(...statuses.map((s: ContainerStatus) => s.restartCount ?? 0));
    if (restarts < check.restartsAtLeast) {
      return fail(`${subject} has restarted ${restarts} ${restarts === 1 ? 'time' : 'times'}; ${check.want ?? `the task needs at least ${check.restartsAtLeast} restarts`}`);
    }
    found.push(`restarted ${restarts} times`);
  }
  if (check.probeFailed) {
    const events = ctx.world.api.list<Event>({ resource: 'events', namespace: check.namespace ?? ctx.namespace });
    const items = isStatus(events) ? [] : (events as List<Event>).items;
    const prefix = `${check.probeFailed} probe failed`;
    const hit = items.find((e) => e.reason === 'Unhealthy' && e.involvedObject.name === check.pod
      && (e.message ?? '').startsWith(prefix)
      && (!check.container || (e.involvedObject.fieldPath ?? '').includes(`{${check.container}}`)));
    if (!hit) return fail(`no event says "${prefix}" for ${subject}; ${check.want ?? `the task needs its ${check.probeFailed.toLowerCase()} probe to fail`}`);
    found.push(`had "${hit.message}"`);
  }
  return pass(`${subject} ${found.join(', ') || 'has run'}`, { sticky: true });
}
