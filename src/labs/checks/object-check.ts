// `kind: object` — an API object exists (or is gone) and its fields match.

import { z } from 'zod';
import { isStatus } from '../../sim/api/errors.ts';
import type { KubeObject, Pod } from '../../sim/api/types.ts';
import { printPod } from '../../kubectl/printers/pod-table.ts';
import { fail, pass, type CheckContext, type CheckResult } from './check-result.ts';
import { fieldMatcherSchema, matchField } from './field-match.ts';
import { fetchObject, resourceNoun } from './fetch-object.ts';

export const objectCheckSchema = z.strictObject({
  kind: z.literal('object').describe('An API object exists (or, with `absent`, does not) and its fields match.'),
  resource: z.string().default('pods').describe('The resource: `pods`, `configmaps`, `secrets`, `nodes`, … (singular and Kind spellings work too).'),
  name: z.string().min(1).describe('The object\'s name.'),
  namespace: z.string().optional().describe('Namespace; the lab\'s namespace (`default`) when omitted.'),
  absent: z.boolean().optional().describe('The object must not exist. A pod that is terminating counts as deleted.'),
  fields: z.array(fieldMatcherSchema).optional().describe('Matchers every one of which the object must meet, checked in order; the first failure is reported.'),
  want: z.string().optional().describe('What the task wants when the object is missing (or, with `absent`, still there).'),
});

export type ObjectCheck = z.output<typeof objectCheckSchema>;

/** A few words of state after an object's name: a pod's STATUS column. */
export function stateOf(obj: KubeObject, now: number): string {
  if (obj.kind === 'Pod') return ` (${printPod(obj as Pod, now)[2]})`;
  return '';
}

export function runObjectCheck(check: ObjectCheck, ctx: CheckContext): CheckResult {
  const subject = `${resourceNoun(check.resource)} ${check.name}`;
  const got = fetchObject(ctx, check.resource, check.name, check.namespace);
  if (isStatus(got)) {
    if (got.code === 404) {
      return check.absent
        ? pass(`${subject} is gone`)
        : fail(`${subject} does not exist; ${check.want ?? `the task needs ${subject}`}`);
    }
    return fail(`could not read ${subject}: ${got.message}`);
  }
  if (check.absent) {
    if (got.metadata.deletionTimestamp) return pass(`${subject} is being deleted`);
    return fail(`${subject} still exists${stateOf(got, ctx.world.now())}; ${check.want ?? `the task needs ${subject} deleted`}`);
  }
  for (const m of check.fields ?? []) {
    const out = matchField(got, m, subject);
    if (!out.passed) return fail(`${out.saw}; ${out.want}`);
  }
  return pass(`${subject} exists${check.fields?.length ? ' as the task describes' : ''}`);
}
