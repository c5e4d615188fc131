// kubectl's JSONPath engine over JSON-decoded objects: `-o jsonpath=...`, custom-columns cells
// and `--sort-by` keys. kubectl allows missing keys (they print nothing); out-of-range indexes
// and filters on non-arrays are errors, with upstream's messages.
// Models k8s.io/client-go/util/jsonpath/jsonpath.go (FindResults, PrintResults, eval*).

import { goFloat, goJsonCompact } from './go-format.ts';
import { JsonPathSyntaxError, parsePath, parseTemplate, type PathNode, type TemplateItem } from './jsonpath-parse.ts';

export interface JsonPathOptions {
  /** kubectl's printers allow missing keys; a bare engine reports `x is not found`. */
  allowMissingKeys?: boolean;
}

export type JsonPathOutput = { ok: true; output: string } | { ok: false; error: string };

class JsonPathError extends Error {}

/** The values each top-level part of the template selects, in order (FindResults). */
export function findResults(template: string, data: unknown, options: JsonPathOptions = { allowMissingKeys: true }): unknown[][] {
  const items = parseTemplate(template);
  return run(items, data, data, options);
}

/** Runs a template and prints its results as kubectl does. Errors are values. */
export function executeJsonPath(template: string, data: unknown, options: JsonPathOptions = { allowMissingKeys: true }): JsonPathOutput {
  try {
    const groups = findResults(template, data, options);
    return { ok: true, output: groups.map((g) => g.map(printResult).join(' ')).join('') };
  } catch (e) {
    if (e instanceof JsonPathError || e instanceof JsonPathSyntaxError) return { ok: false, error: e.message };
    throw e;
  }
}

/** One selected value as text: strings raw, numbers and booleans as Go prints them, objects as JSON. */
export function printResult(value: unknown): string {
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return goFloat(value);
  if (typeof value === 'boolean') return String(value);
  if (value === null || value === undefined) return 'null';
  return goJsonCompact(value);
}

/** Evaluates a single path (no braces) such as `.metadata.name` against `data`. */
export function evalPath(path: string, data: unknown, options: JsonPathOptions = { allowMissingKeys: true }): unknown[] {
  return walk(parsePath(path), [data], data, options);
}

function run(items: TemplateItem[], data: unknown, root: unknown, options: JsonPathOptions): unknown[][] {
  const groups: unknown[][] = [];
  for (const item of items) {
    if (item.type === 'text') groups.push([item.text]);
    else if (item.type === 'path') groups.push(walk(item.nodes, [data], root, options));
    else for (const value of walk(item.nodes, [data], root, options)) groups.push(...run(item.body, value, root, options));
  }
  return groups;
}

const isMap = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

function walk(nodes: PathNode[], input: unknown[], root: unknown, options: JsonPathOptions): unknown[] {
  let cur = input;
  for (const node of nodes) cur = step(node, cur, root, options);
  return cur;
}

function step(node: PathNode, input: unknown[], root: unknown, options: JsonPathOptions): unknown[] {
  switch (node.type) {
    case 'root':
      return [root];
    case 'current':
      return input;
    case 'literal':
      return [node.value];
    case 'field': {
      const out = input.filter(isMap).filter((v) => Object.hasOwn(v, node.name)).map((v) => v[node.name]);
      if (out.length === 0 && input.length > 0 && !options.allowMissingKeys) throw new JsonPathError(`${node.name} is not found`);
      return out;
    }
    case 'wildcard':
      return input.flatMap((v) => (Array.isArray(v) ? v : isMap(v) ? Object.keys(v).sort().map((k) => v[k]) : []));
    case 'recursive':
      return input.flatMap(descendants);
    case 'index':
      return input.filter((v) => v !== null && v !== undefined).flatMap((v) => slice(v, node));
    case 'union':
      return node.branches.flatMap((branch) => walk(branch, input, root, options));
    case 'filter':
      return input.flatMap((v) => filter(v, node, root, options));
  }
}

function descendants(value: unknown): unknown[] {
  const children = Array.isArray(value) ? value : isMap(value) ? Object.keys(value).sort().map((k) => value[k]) : [];
  if (children.length === 0) return [];
  return [value, ...children.flatMap(descendants)];
}

function goType(value: unknown): string {
  if (isMap(value)) return 'map[string]interface {}';
  if (typeof value === 'string') return 'string';
  if (typeof value === 'number') return Number.isInteger(value) ? 'int64' : 'float64';
  return typeof value === 'boolean' ? 'bool' : 'interface {}';
}

function slice(value: unknown, node: Extract<PathNode, { type: 'index' }>): unknown[] {
  if (!Array.isArray(value)) throw new JsonPathError(`${goType(value)} is not array or slice`);
  const length = value.length;
  let start = node.start ?? 0;
  if (start < 0) start += length;
  let end: number;
  if (!node.slice) end = (node.start ?? 0) + 1 === 0 ? length : start + 1;
  else end = node.end ?? length;
  if (node.slice && end < 0) end += length;
  if (end === start) return [];
  if (start >= length || start < 0) throw new JsonPathError(`array index out of bounds: index ${start}, length ${length}`);
  if (end > length || end < 0) throw new JsonPathError(`array index out of bounds: index ${end - 1}, length ${length}`);
  if (start > end) throw new JsonPathError(`starting index ${start} is greater than ending index ${end}`);
  const stepSize = node.step ?? 1;
  if (node.step !== undefined && stepSize <= 0) throw new JsonPathError('step must be > 0');
  const out: unknown[] = [];
  for (let i = start; i < end; i += stepSize) out.push(value[i]);
  return out;
}

function filter(value: unknown, node: Extract<PathNode, { type: 'filter' }>, root: unknown, options: JsonPathOptions): unknown[] {
  if (!Array.isArray(value)) throw new JsonPathError(`${printResult(value)} is not array or slice and cannot be filtered`);
  return value.filter((item) => {
    const lefts = walk(node.left, [item], root, options);
    if (node.op === 'exists') return lefts.length > 0;
    if (lefts.length === 0) return false;
    if (lefts.length > 1) throw new JsonPathError('can only compare one element at a time');
    const rights = 'literal' in node.right ? [node.right.literal] : walk(node.right, [item], root, options);
    if (rights.length === 0) return false;
    if (rights.length > 1) throw new JsonPathError('can only compare one element at a time');
    return compare(lefts[0], node.op, rights[0]);
  });
}

function compare(left: unknown, op: string, right: unknown): boolean {
  if (op === '==') return left === right;
  if (op === '!=') return left !== right;
  if (typeof left !== typeof right || (typeof left !== 'number' && typeof left !== 'string')) {
    throw new JsonPathError('incompatible types for comparison');
  }
  const l = left as number | string;
  const r = right as number | string;
  switch (op) {
    case '<':
      return l < r;
    case '>':
      return l > r;
    case '<=':
      return l <= r;
    case '>=':
      return l >= r;
  }
  throw new JsonPathError(`unrecognized filter operator ${op}`);
}

/** kubectl's relaxed paths for custom-columns and --sort-by: `a.b`, `.a.b`, `{a.b}` all mean `{.a.b}`. */
export function relaxedJsonPathExpression(expression: string): { ok: true; template: string } | { ok: false; error: string } {
  if (expression === '') return { ok: true, template: '' };
  const m = /^\{\.?([^{}]+)\}$|^\.?([^{}]+)$/.exec(expression);
  if (!m) return { ok: false, error: "unexpected path string, expected a 'name1.name2' or '.name1.name2' or '{name1.name2}' or '{.name1.name2}'" };
  return { ok: true, template: `{.${m[1] ?? m[2]}}` };
}
