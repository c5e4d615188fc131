// Reads a lab file: YAML → schema → cross-field rules, with every problem reported as
// `labs/web-logger/lab.yaml:14: tasks[1].checks[0].kind: expected one of …`. Throwing is
// for bugs only; a broken lab file is a value the caller prints.

import { LineCounter, parseDocument } from 'yaml';
import { labSchema, type Lab, type LabFile } from '../schema/lab-schema.ts';
import { formatIssue } from './format-issue.ts';
import { formatPath, lineOf, type PathKey } from './yaml-lines.ts';

export interface LabProblem {
  file: string;
  line: number;
  /** `tasks[1].checks[0].kind`; empty for problems with the whole file. */
  path: string;
  message: string;
}

export type LoadResult = { ok: true; lab: Lab } | { ok: false; problems: LabProblem[] };

export interface LabSource {
  /** The name problems are reported under, e.g. `labs/web-logger/lab.yaml`. */
  file: string;
  text: string;
  /** The lab folder's name, which must equal the lab's id. */
  folder?: string;
  /** Reads a file beside lab.yaml (`files/pod.yaml`) for `from:`; undefined when missing. */
  readSibling?: (relativePath: string) => string | undefined;
}

export function formatProblem(p: LabProblem): string {
  return `${p.file}:${p.line}: ${p.path ? `${p.path}: ` : ''}${p.message}`;
}

function valueAt(root: unknown, path: readonly PropertyKey[]): unknown {
  let v: unknown = root;
  for (const k of path) {
    if (v === null || typeof v !== 'object') return undefined;
    v = (v as Record<PropertyKey, unknown>)[k];
  }
  return v;
}

export function loadLab(source: LabSource): LoadResult {
  const counter = new LineCounter();
  const doc = parseDocument(source.text, { lineCounter: counter, prettyErrors: false });
  if (doc.errors.length > 0) {
    return {
      ok: false,
      problems: doc.errors.map((e) => ({
        file: source.file, line: counter.linePos(e.pos[0]).line, path: '',
        message: `not valid YAML: ${e.message.split('\n')[0]}`,
      })),
    };
  }
  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: 100 }) as unknown;
  } catch (e) {
    // An alias bomb, or a merge key on something that is not a mapping: refused, never expanded.
    if (!(e instanceof Error)) throw e;
    return { ok: false, problems: [{ file: source.file, line: 1, path: '', message: `not valid YAML: ${e.message}` }] };
  }
  const problem = (path: readonly PathKey[], message: string, atKey = false): LabProblem => ({
    file: source.file, line: lineOf(doc, counter, path, atKey), path: formatPath(path), message,
  });

  const parsed = labSchema.safeParse(data);
  if (!parsed.success) {
    const problems: LabProblem[] = [];
    for (const issue of parsed.error.issues) {
      const path = issue.path.filter((k): k is PathKey => typeof k !== 'symbol');
      if (issue.code === 'unrecognized_keys') {
        for (const key of issue.keys) problems.push(problem([...path, key], 'unknown field', true));
        continue;
      }
      problems.push(problem(path, formatIssue(issue, valueAt(data, path))));
    }
    problems.sort((a, b) => a.line - b.line);
    return { ok: false, problems };
  }

  const lab = parsed.data;
  const problems: LabProblem[] = [];
  if (source.folder !== undefined && lab.id !== source.folder) {
    problems.push(problem(['id'], `the id must be the lab's folder name "${source.folder}", got "${lab.id}"`));
  }
  const seen = new Map<string, number>();
  lab.tasks.forEach((task, i) => {
    if (seen.has(task.id)) problems.push(problem(['tasks', i, 'id'], `task id "${task.id}" is already used by tasks[${seen.get(task.id)}]`));
    task.needs.forEach((need, j) => {
      if (!seen.has(need)) {
        const later = lab.tasks.some((t) => t.id === need);
        problems.push(problem(['tasks', i, 'needs', j], later ? `"${need}" comes later; a task can only need earlier tasks` : `no task has the id "${need}"`));
      }
    });
    if (!seen.has(task.id)) seen.set(task.id, i);
  });
  lab.solution.steps.forEach((step, i) => {
    if (!seen.has(step.task)) problems.push(problem(['solution', 'steps', i, 'task'], `no task has the id "${step.task}"; expected one of ${[...seen.keys()].join(', ')}`));
  });

  const resolve = (files: LabFile[], base: PathKey[]) => files.forEach((f, i) => {
    if (f.from === undefined) return;
    const text = source.readSibling?.(f.from);
    if (text === undefined) problems.push(problem([...base, i, 'from'], `there is no file "${f.from}" beside the lab file`));
    else f.content = text;
  });
  resolve(lab.setup.files, ['setup', 'files']);
  lab.setup.broken.forEach((b, i) => resolve(b.files, ['setup', 'broken', i, 'files']));

  if (problems.length > 0) return { ok: false, problems: problems.sort((a, b) => a.line - b.line) };
  return { ok: true, lab };
}
