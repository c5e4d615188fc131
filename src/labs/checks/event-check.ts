// `kind: event` — an Event was recorded: reason, message pattern, type, involved object. Events
// expire after an hour, so a seen event stays passed.

import { z } from 'zod';
import { isStatus } from '../../sim/api/errors.ts';
import type { Event } from '../../sim/api/types.ts';
import { fail, pass, type CheckContext, type CheckResult } from './check-result.ts';

const regex = z.string().refine((s) => { try { new RegExp(s); return true; } catch { return false; } }, { message: 'not a valid regular expression' });

export const eventCheckSchema = z.strictObject({
  kind: z.literal('event').describe('An Event was recorded (as `kubectl events` / describe show). Sticky.'),
  namespace: z.string().optional().describe('Namespace; `default` when omitted.'),
  reason: z.string().optional().describe('The event reason, e.g. `BackOff`, `Unhealthy`, `FailedScheduling`.'),
  message: regex.optional().describe('A regular expression the message must match.'),
  type: z.enum(['Normal', 'Warning']).optional().describe('The event type.'),
  involved: z.strictObject({
    kind: z.string().optional().describe('involvedObject.kind, e.g. `Pod`.'),
    name: z.string().optional().describe('involvedObject.name.'),
    fieldPath: regex.optional().describe('A regular expression for involvedObject.fieldPath, e.g. `spec.containers\\{app\\}`.'),
  }).optional().describe('The object the event is about.'),
  want: z.string().optional().describe('What the task wants, told to the learner on failure.'),
});

export type EventCheck = z.output<typeof eventCheckSchema>;

export function describeEventWanted(c: EventCheck): string {
  const bits = [c.type, c.reason ? `${c.reason}` : undefined, 'event'].filter(Boolean).join(' ');
  const about = c.involved?.name ? ` about ${c.involved.kind?.toLowerCase() ?? 'object'} ${c.involved.name}` : '';
  return `${bits}${about}${c.message ? ` matching /${c.message}/` : ''}`;
}

export function runEventCheck(check: EventCheck, ctx: CheckContext): CheckResult {
  const list = ctx.world.api.list<Event>({ resource: 'events', namespace: check.namespace ?? ctx.namespace });
  if (isStatus(list)) return fail(`could not list events: ${list.message}`);
  const about = list.items.filter((e) => (!check.involved?.name || e.involvedObject.name === check.involved.name)
    && (!check.involved?.kind || e.involvedObject.kind === check.involved.kind)
    && (!check.involved?.fieldPath || new RegExp(check.involved.fieldPath).test(e.involvedObject.fieldPath ?? '')));
  const hit = about.find((e) => (!check.reason || e.reason === check.reason)
    && (!check.type || e.type === check.type)
    && (!check.message || new RegExp(check.message).test(e.message ?? '')));
  const wanted = describeEventWanted(check);
  if (hit) return pass(`saw ${hit.type ?? ''} ${hit.reason}: ${hit.message}`.replace('  ', ' '), { sticky: true });
  const reasons = [...new Set(about.map((e) => e.reason))];
  const saw = reasons.length ? `the events${check.involved?.name ? ` for ${check.involved.name}` : ''} have reasons ${reasons.join(', ')}` : `no events${check.involved?.name ? ` for ${check.involved.name}` : ''} yet`;
  return fail(`${saw}; ${check.want ?? `the task needs a ${wanted}`}`);
}
