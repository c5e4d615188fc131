// `kind: file` — a file on the learner's node (or a cluster node) exists, contains a pattern,
// and/or holds a manifest with the given fields. Several allowed names let a task accept
// `pod.yaml` as well as `pod.yml`.

import { z } from 'zod';
import { parseAllDocuments } from 'yaml';
import { fail, pass, type CheckContext, type CheckResult } from './check-result.ts';
import { fieldMatcherSchema, matchField } from './field-match.ts';
import { LEARNER_NODE } from '../world.ts';

const regex = z.string().refine((s) => { try { new RegExp(s); return true; } catch { return false; } }, { message: 'not a valid regular expression' });

export const fileCheckSchema = z.strictObject({
  kind: z.literal('file').describe('A file exists, contains a pattern, or holds a manifest with given fields.'),
  node: z.string().default(LEARNER_NODE).describe('The node whose filesystem holds the file; the learner\'s node when omitted.'),
  path: z.union([z.string().min(1), z.array(z.string().min(1)).min(1)])
    .describe('The file, or the names the task allows (the first one that exists is graded). Relative paths start at the learner\'s home, /root.'),
  contains: regex.optional().describe('A regular expression the file\'s text must match.'),
  manifest: z.strictObject({
    kind: z.string().optional().describe('The manifest\'s kind, e.g. `Pod`.'),
    name: z.string().optional().describe('metadata.name.'),
    fields: z.array(fieldMatcherSchema).optional().describe('Matchers the manifest must meet, as in `kind: object`.'),
  }).optional().describe('The file is YAML (or JSON) with a document of this kind and name; several documents are allowed.'),
  absent: z.boolean().optional()
    .describe('`true`: none of the names may exist (a static pod manifest removed from a node\'s manifest folder).'),
  want: z.string().optional().describe('What the task wants when the file is missing (or, with `absent`, still there).'),
});

export type FileCheck = z.output<typeof fileCheckSchema>;

export function runFileCheck(check: FileCheck, ctx: CheckContext): CheckResult {
  const paths = Array.isArray(check.path) ? check.path : [check.path];
  const where = check.node === LEARNER_NODE ? '' : ` on ${check.node}`;
  let path: string | undefined;
  let text: string | undefined;
  for (const p of paths) {
    text = ctx.world.readFile(check.node, p);
    if (text !== undefined) { path = p; break; }
  }
  if (check.absent) {
    if (path === undefined) return pass(`there is no file ${paths.join(' or ')}${where}`);
    return fail(`${path}${where} still exists; ${check.want ?? `the task needs ${path}${where} removed`}`);
  }
  if (path === undefined || text === undefined) {
    const names = paths.join(' or ');
    return fail(`there is no file ${names}${where}; ${check.want ?? `the task needs ${names}${where}`}`);
  }
  if (check.contains !== undefined && !new RegExp(check.contains).test(text)) {
    return fail(`${path}${where} does not contain /${check.contains}/; ${check.want ?? 'the task needs it to'}`);
  }
  if (check.manifest) {
    const m = check.manifest;
    const docs = parseAllDocuments(text);
    const list = Array.isArray(docs) ? docs : [docs];
    const broken = list.find((d) => d.errors.length > 0);
    if (broken) return fail(`${path}${where} is not valid YAML (${broken.errors[0].message.split('\n')[0]}); the task needs a manifest kubectl can read`);
    const objects = list.map((d) => d.toJS() as Record<string, unknown> | null).filter((o): o is Record<string, unknown> => !!o && typeof o === 'object');
    const named = (o: Record<string, unknown>) => (o.metadata as { name?: unknown } | undefined)?.name;
    const hit = objects.find((o) => (!m.kind || o.kind === m.kind) && (!m.name || named(o) === m.name));
    const wantDoc = `${m.kind ?? 'an object'}${m.name ? ` named ${m.name}` : ''}`;
    if (!hit) {
      const seen = objects.map((o) => `${String(o.kind ?? 'no kind')} ${String(named(o) ?? '(no name)')}`);
      return fail(`${path}${where} holds ${seen.length ? seen.join(', ') : 'no manifest'}; the task needs a ${wantDoc} in it`);
    }
    for (const f of m.fields ?? []) {
      const out = matchField(hit, f, `${path}${where}`);
      if (!out.passed) return fail(`${out.saw}; ${out.want}`);
    }
    return pass(`${path}${where} holds the ${wantDoc}`);
  }
  return pass(`${path}${where} exists`);
}
