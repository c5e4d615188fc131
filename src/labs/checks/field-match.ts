// Field matchers: what a check wants of an object's (or a manifest's) fields. A matcher names a
// path and conditions; it passes when some value the path reaches meets all of them, so
// `spec.containers[*].image` + `matches: ^busybox` reads "any container whose image …", and
// `any:` asks for one element of a list that meets several conditions at once.

import { z } from 'zod';
import { compareQuantity, parseQuantity } from '../../sim/api/quantity.ts';
import { formatSegments, parseFieldPath, resolvePath, type Miss } from './field-path.ts';

const scalar = z.union([z.string(), z.number(), z.boolean()]);

const regex = (description: string) =>
  z.string().refine((s) => { try { new RegExp(s); return true; } catch { return false; } }, { message: 'not a valid regular expression' }).describe(description);

const fieldPath = z.string().refine((s) => typeof parseFieldPath(s) !== 'string', { error: (iss) => String(parseFieldPath(String(iss.input))) });

const number = z.union([z.number(), z.string()]);

export interface FieldMatcher {
  path: string | string[];
  equals?: string | number | boolean;
  oneOf?: (string | number | boolean)[];
  matches?: string;
  exists?: boolean;
  atLeast?: number | string;
  atMost?: number | string;
  greaterThan?: number | string;
  lessThan?: number | string;
  count?: number;
  any?: FieldMatcher[];
  want?: string;
}

export const fieldMatcherSchema: z.ZodType<FieldMatcher> = z.strictObject({
  path: z.union([fieldPath, z.array(fieldPath).min(1)])
    .describe('Where to look, e.g. `spec.containers[name=web].image`; `[*]` reaches every element. A list of paths joins their values with spaces into one line (a container\'s `command` and `args`).'),
  equals: scalar.optional().describe('The value must equal this (compared as text, so 80 and "80" are the same).'),
  oneOf: z.array(scalar).min(1).optional().describe('The value must equal one of these.'),
  matches: regex('A regular expression the value (as text) must match.').optional(),
  exists: z.boolean().optional().describe('true: the path must be set; false: it must not be.'),
  atLeast: number.optional().describe('Numeric lower bound, inclusive; quantities like 150Mi or 500m compare as quantities.'),
  atMost: number.optional().describe('Numeric upper bound, inclusive; quantities compare as quantities.'),
  greaterThan: number.optional().describe('Numeric lower bound, exclusive.'),
  lessThan: number.optional().describe('Numeric upper bound, exclusive.'),
  count: z.number().int().nonnegative().optional().describe('The list (or map) at the path must have exactly this many entries.'),
  get any() {
    return z.array(fieldMatcherSchema).min(1).optional()
      .describe('The path reaches a list; one element must meet every one of these matchers (paths relative to the element).');
  },
  want: z.string().optional().describe('What the task wants, said to the learner when the matcher fails (`the task needs a second container content-writer`).'),
});

export interface MatchOutcome {
  passed: boolean;
  /** What was seen, with the subject in front: `pod web-logger has 1 container (nginx-server)`. */
  saw: string;
  /** What was wanted: the author's `want`, or one made from the conditions. */
  want: string;
}

const NOUNS: Record<string, string> = {
  containers: 'container', initContainers: 'init container', volumes: 'volume', volumeMounts: 'volume mount',
  ports: 'port', env: 'environment variable', tolerations: 'toleration', items: 'item',
};

const show = (v: unknown): string => (typeof v === 'string' ? `"${v}"` : JSON.stringify(v));
const text = (v: unknown): string => (Array.isArray(v) ? v.map(text).join(' ') : typeof v === 'object' && v !== null ? JSON.stringify(v) : String(v));

function compare(a: unknown, b: number | string): number | undefined {
  const x = typeof a === 'number' ? a : typeof a === 'string' ? a : undefined;
  if (x === undefined) return undefined;
  if (typeof x === 'number' && typeof b === 'number') return x - b;
  if (parseQuantity(x) === undefined || parseQuantity(b) === undefined) return undefined;
  return compareQuantity(x, b);
}

/** The conditions as words: `to be "nginx:alpine"`, `to be at least 150Mi`. */
export function describeConditions(m: FieldMatcher): string {
  const parts: string[] = [];
  if (m.exists === false) parts.push('not to be set');
  if (m.equals !== undefined) parts.push(`to be ${show(m.equals)}`);
  if (m.oneOf) parts.push(`to be one of ${m.oneOf.map(show).join(', ')}`);
  if (m.matches !== undefined) parts.push(`to match /${m.matches}/`);
  if (m.atLeast !== undefined) parts.push(`to be at least ${m.atLeast}`);
  if (m.atMost !== undefined) parts.push(`to be at most ${m.atMost}`);
  if (m.greaterThan !== undefined) parts.push(`to be more than ${m.greaterThan}`);
  if (m.lessThan !== undefined) parts.push(`to be less than ${m.lessThan}`);
  if (m.count !== undefined) parts.push(`to have ${m.count} ${m.count === 1 ? 'entry' : 'entries'}`);
  if (m.any) parts.push(`to have an element where ${m.any.map((a) => `${pathText(a.path)} is ${describeConditions(a).replace(/^to (be )?/, '')}`).join(' and ')}`);
  if (parts.length === 0) parts.push('to be set');
  return parts.join(' and ');
}

const pathText = (p: string | string[]) => (Array.isArray(p) ? p.join(' + ') : p);

function valueMeets(v: unknown, m: FieldMatcher): boolean {
  if (m.equals !== undefined && text(v) !== String(m.equals)) return false;
  if (m.oneOf && !m.oneOf.some((o) => String(o) === text(v))) return false;
  if (m.matches !== undefined && !new RegExp(m.matches).test(text(v))) return false;
  const bounds: [number | string | undefined, (c: number) => boolean][] = [
    [m.atLeast, (c) => c >= 0], [m.atMost, (c) => c <= 0], [m.greaterThan, (c) => c > 0], [m.lessThan, (c) => c < 0],
  ];
  for (const [b, ok] of bounds) {
    if (b === undefined) continue;
    const c = compare(v, b);
    if (c === undefined || !ok(c)) return false;
  }
  if (m.count !== undefined) {
    const n = Array.isArray(v) ? v.length : v && typeof v === 'object' ? Object.keys(v).length : -1;
    if (n !== m.count) return false;
  }
  if (m.any) {
    if (!Array.isArray(v)) return false;
    if (!v.some((e) => m.any!.every((sub) => matchField(e, sub, '').passed))) return false;
  }
  return true;
}

function describeMiss(subject: string, miss: Miss, fullPath: string): string {
  const seg = miss.segment;
  const list = Array.isArray(miss.parent) ? miss.parent : undefined;
  if (seg.type === 'where' && list) {
    const last = /(\w+)$/.exec(miss.prefix)?.[1] ?? '';
    const noun = NOUNS[last] ?? 'entry';
    const names = list.map((e) => (e && typeof e === 'object' ? String((e as Record<string, unknown>)[seg.field]) : '?'));
    const plural = list.length === 1 ? noun : noun.endsWith('y') ? `${noun.slice(0, -1)}ies` : `${noun}s`;
    return `${subject} has ${list.length} ${plural}${names.length ? ` (${names.join(', ')})` : ''}`;
  }
  if (seg.type === 'index' && list) return `${subject}: ${miss.prefix} has ${list.length} entries`;
  return `${subject} has no ${fullPath}`;
}

/** Checks one matcher against an object; `subject` names it in messages (`pod web-logger`). */
export function matchField(root: unknown, m: FieldMatcher, subject: string): MatchOutcome {
  const paths = Array.isArray(m.path) ? m.path : [m.path];
  const resolutions = paths.map((p) => ({ p, segs: parseFieldPath(p) })).map(({ p, segs }) => {
    if (typeof segs === 'string') throw new Error(segs);
    return { p: formatSegments(segs) || p, r: resolvePath(root, segs) };
  });
  const label = paths.join(' + ');
  const want = m.want ?? `the task needs ${label} ${describeConditions(m)}`;
  let values: unknown[];
  if (Array.isArray(m.path)) {
    const joined = resolutions.flatMap(({ r }) => r.values).map(text).join(' ');
    values = joined === '' ? [] : [joined];
  } else values = resolutions[0].r.values;

  if (m.exists === false) {
    const passed = values.length === 0;
    return { passed, saw: passed ? `${subject} has no ${label}` : `${subject}: ${label} is ${values.map(show).join(', ')}`, want };
  }
  if (values.length === 0) {
    const miss = resolutions.find(({ r }) => r.miss)?.r.miss;
    return { passed: false, saw: miss && !Array.isArray(m.path) ? describeMiss(subject, miss, label) : `${subject} has no ${label}`, want };
  }
  const passed = values.some((v) => valueMeets(v, m));
  const seen = m.count !== undefined
    ? values.map((v) => `${Array.isArray(v) ? v.length : Object.keys(v as object).length} entries`).join(', ')
    : values.map(show).join(', ');
  return { passed, saw: `${subject}: ${label} is ${seen}`, want };
}
