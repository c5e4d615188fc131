// Evaluates a jq filter: every filter maps one input to a list of outputs (jq's generators,
// eagerly). Errors carry jq's own messages (`Cannot index array with "a"`).

import type { JqNode } from './jq-parser.ts';
import { decodeBase64, encodeBase64 } from '../../os/base64.ts';
import { utf8Decode, utf8Encode } from '../../os/utf8.ts';

export class JqError extends Error {}

type Json = unknown;
type Env = Map<string, Json>;

export function typeName(v: Json): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'array';
  return typeof v === 'object' ? 'object' : typeof v === 'number' ? 'number' : typeof v === 'boolean' ? 'boolean' : 'string';
}

function describe(v: Json): string {
  const text = JSON.stringify(v);
  return `${typeName(v)} (${text.length > 11 ? `${text.slice(0, 10)}...` : text})`;
}

function truthy(v: Json): boolean {
  return v !== null && v !== false;
}

const ORDER = ['null', 'boolean', 'number', 'string', 'array', 'object'];

export function compare(a: Json, b: Json): number {
  const ta = ORDER.indexOf(typeName(a));
  const tb = ORDER.indexOf(typeName(b));
  if (ta !== tb) return ta - tb;
  if (typeof a === 'number' || typeof a === 'boolean') return Number(a) - Number(b);
  if (typeof a === 'string') return a < (b as string) ? -1 : a > (b as string) ? 1 : 0;
  if (Array.isArray(a)) {
    const bb = b as Json[];
    for (let i = 0; i < Math.min(a.length, bb.length); i++) {
      const c = compare(a[i], bb[i]);
      if (c !== 0) return c;
    }
    return a.length - bb.length;
  }
  if (a === null) return 0;
  return JSON.stringify(a) < JSON.stringify(b) ? -1 : JSON.stringify(a) > JSON.stringify(b) ? 1 : 0;
}

function index(v: Json, key: Json, opt: boolean): Json[] {
  if (v === null) return [null];
  if (typeof key === 'string' && typeof v === 'object' && !Array.isArray(v)) return [(v as Record<string, Json>)[key] ?? null];
  if (typeof key === 'number' && Array.isArray(v)) return [v[key < 0 ? v.length + key : Math.floor(key)] ?? null];
  if (opt) return [];
  throw new JqError(typeof key === 'string' ? `Cannot index ${typeName(v)} with "${key}"` : `Cannot index ${typeName(v)} with ${typeName(key)}`);
}

function iterate(v: Json, opt: boolean): Json[] {
  if (Array.isArray(v)) return v;
  if (v !== null && typeof v === 'object') return Object.values(v);
  if (opt) return [];
  throw new JqError(`Cannot iterate over ${typeName(v)}${v === null ? '' : ` (${JSON.stringify(v)})`}`);
}

function arith(op: string, a: Json, b: Json): Json {
  if (op === '+') {
    if (a === null) return b;
    if (b === null) return a;
    if (typeof a === 'number' && typeof b === 'number') return a + b;
    if (typeof a === 'string' && typeof b === 'string') return a + b;
    if (Array.isArray(a) && Array.isArray(b)) return [...a, ...b];
    if (typeName(a) === 'object' && typeName(b) === 'object') return { ...(a as object), ...(b as object) };
  } else if (typeof a === 'number' && typeof b === 'number') {
    if (op === '-') return a - b;
    if (op === '*') return a * b;
    if ((op === '/' || op === '%') && b === 0) throw new JqError(`${describe(a)} and ${describe(b)} cannot be divided because the divisor is zero`);
    if (op === '/') return a / b;
    if (op === '%') return Math.trunc(a) % Math.trunc(b);
  } else if (op === '-' && Array.isArray(a) && Array.isArray(b)) return a.filter((x) => !b.some((y) => compare(x, y) === 0));
  else if (op === '/' && typeof a === 'string' && typeof b === 'string') return a.split(b);
  const verb = { '+': 'added', '-': 'subtracted', '*': 'multiplied', '/': 'divided', '%': 'divided' }[op];
  throw new JqError(`${describe(a)} and ${describe(b)} cannot be ${verb}`);
}

export function tostring(v: Json): string {
  return typeof v === 'string' ? v : JSON.stringify(v);
}

export function evaluate(node: JqNode, input: Json, env: Env = new Map()): Json[] {
  const ev = (n: JqNode, v: Json = input, e: Env = env) => evaluate(n, v, e);
  switch (node.k) {
    case 'identity': return [input];
    case 'recurse': {
      const out: Json[] = [];
      const walk = (v: Json) => { out.push(v); if (v !== null && typeof v === 'object') for (const c of Object.values(v)) walk(c); };
      walk(input);
      return out;
    }
    case 'field': return ev(node.target).flatMap((v) => index(v, node.name, node.opt));
    case 'index': return ev(node.target).flatMap((v) => ev(node.index).flatMap((k) => index(v, k, node.opt)));
    case 'slice': return ev(node.target).map((v) => {
      if (v === null) return null;
      const from = node.from ? (ev(node.from)[0] as number) : 0;
      const to = node.to ? (ev(node.to)[0] as number) : undefined;
      if (typeof v === 'string' || Array.isArray(v)) return v.slice(from, to);
      throw new JqError(`Cannot index ${typeName(v)} with object`);
    });
    case 'iterate': return ev(node.target).flatMap((v) => iterate(v, node.opt));
    case 'pipe': return ev(node.left).flatMap((v) => ev(node.right, v));
    case 'comma': return [...ev(node.left), ...ev(node.right)];
    case 'alt': {
      let left: Json[] = [];
      try {
        left = ev(node.left).filter(truthy);
      } catch (e) {
        if (!(e instanceof JqError)) throw e;
      }
      return left.length > 0 ? left : ev(node.right);
    }
    case 'and': return ev(node.left).flatMap((l) => (!truthy(l) ? [false] : ev(node.right).map(truthy)));
    case 'or': return ev(node.left).flatMap((l) => (truthy(l) ? [true] : ev(node.right).map(truthy)));
    case 'binop': return ev(node.right).flatMap((r) => ev(node.left).map((l) => {
      switch (node.op) {
        case '==': return compare(l, r) === 0;
        case '!=': return compare(l, r) !== 0;
        case '<': return compare(l, r) < 0;
        case '<=': return compare(l, r) <= 0;
        case '>': return compare(l, r) > 0;
        case '>=': return compare(l, r) >= 0;
        default: return arith(node.op, l, r);
      }
    }));
    case 'neg': return ev(node.operand).map((v) => {
      if (typeof v !== 'number') throw new JqError(`${describe(v)} cannot be negated`);
      return -v;
    });
    case 'literal': return [node.value];
    case 'string': {
      let outs = [''];
      for (const part of node.parts) {
        if (typeof part === 'string') outs = outs.map((o) => o + part);
        else outs = outs.flatMap((o) => ev(part).map((v) => o + tostring(v)));
      }
      return outs;
    }
    case 'array': return [node.body ? ev(node.body) : []];
    case 'object': {
      let outs: Record<string, Json>[] = [{}];
      for (const entry of node.entries) {
        const keys = typeof entry.key === 'string' ? [entry.key] : ev(entry.key);
        const values = entry.value ? ev(entry.value) : keys.flatMap((k) => index(input, k, false));
        const next: Record<string, Json>[] = [];
        for (const o of outs) for (const k of keys) {
          if (typeof k !== 'string') throw new JqError(`Object keys must be strings`);
          for (const v of values) next.push({ ...o, [k]: v });
        }
        outs = next;
      }
      return outs;
    }
    case 'if': return ev(node.cond).flatMap((c) => (truthy(c) ? ev(node.then) : node.else ? ev(node.else) : [input]));
    case 'var': {
      if (node.name === 'ENV') return [{}];
      if (!env.has(node.name)) throw new JqError(`$${node.name} is not defined`);
      return [env.get(node.name)];
    }
    case 'as': return ev(node.source).flatMap((v) => ev(node.body, input, new Map(env).set(node.name, v)));
    case 'try': {
      try {
        return ev(node.body);
      } catch (e) {
        if (e instanceof JqError) return [];
        throw e;
      }
    }
    case 'call': return callBuiltin(node.name, node.args, input, env);
  }
}

function callBuiltin(name: string, args: JqNode[], input: Json, env: Env): Json[] {
  const ev = (n: JqNode, v: Json = input) => evaluate(n, v, env);
  const arity = `${name}/${args.length}`;
  switch (arity) {
    case 'empty/0': return [];
    case 'not/0': return [!truthy(input)];
    case 'length/0':
      if (input === null) return [0];
      if (typeof input === 'string' || Array.isArray(input)) return [input.length];
      if (typeof input === 'object') return [Object.keys(input as object).length];
      if (typeof input === 'number') return [Math.abs(input)];
      throw new JqError(`${describe(input)} has no length`);
    case 'keys/0': case 'keys_unsorted/0':
      if (Array.isArray(input)) return [input.map((_, i) => i)];
      if (input !== null && typeof input === 'object') return [name === 'keys' ? Object.keys(input).sort() : Object.keys(input)];
      throw new JqError(`${describe(input)} has no keys`);
    case 'values/0': return input === null ? [] : [input];
    case 'has/1': return ev(args[0]).map((k) => (Array.isArray(input) ? typeof k === 'number' && k >= 0 && k < input.length : Object.prototype.hasOwnProperty.call(input ?? {}, k as string)));
    case 'select/1': return ev(args[0]).some(truthy) ? [input] : [];
    case 'map/1': return [iterate(input, false).flatMap((v) => ev(args[0], v))];
    case 'map_values/1': {
      if (Array.isArray(input)) return [input.map((v) => ev(args[0], v)[0])];
      return [Object.fromEntries(Object.entries(input as object).map(([k, v]) => [k, ev(args[0], v)[0]]))];
    }
    case 'to_entries/0': return [Object.entries(input as object).map(([key, value]) => ({ key, value }))];
    case 'from_entries/0': return [Object.fromEntries((input as { key?: Json; name?: Json; k?: Json; value?: Json; v?: Json }[]).map((e) => [String(e.key ?? e.name ?? e.k), e.value ?? e.v ?? null]))];
    case 'with_entries/1': {
      const entries = Object.entries(input as object).map(([key, value]) => ({ key, value }));
      const mapped = entries.flatMap((e) => ev(args[0], e)) as { key: string; value: Json }[];
      return [Object.fromEntries(mapped.map((e) => [e.key, e.value]))];
    }
    case 'add/0': return [iterate(input, false).reduce((a: Json, b) => (a === null ? b : arith('+', a, b)), null)];
    case 'first/0': return [Array.isArray(input) ? input[0] ?? null : null];
    case 'last/0': return [Array.isArray(input) ? input[input.length - 1] ?? null : null];
    case 'first/1': return ev(args[0]).slice(0, 1);
    case 'last/1': return ev(args[0]).slice(-1);
    case 'reverse/0': return [Array.isArray(input) ? [...input].reverse() : typeof input === 'string' ? [...input].reverse().join('') : []];
    case 'sort/0': return [[...(input as Json[])].sort(compare)];
    case 'sort_by/1': return [[...(input as Json[])].sort((a, b) => compare(ev(args[0], a), ev(args[0], b)))];
    case 'group_by/1': {
      const sorted = [...(input as Json[])].sort((a, b) => compare(ev(args[0], a), ev(args[0], b)));
      const groups: Json[][] = [];
      for (const v of sorted) {
        const last = groups[groups.length - 1];
        if (last && compare(ev(args[0], last[0]), ev(args[0], v)) === 0) last.push(v);
        else groups.push([v]);
      }
      return [groups];
    }
    case 'unique/0': return [[...(input as Json[])].sort(compare).filter((v, i, a) => i === 0 || compare(a[i - 1], v) !== 0)];
    case 'min/0': return [(input as Json[]).length === 0 ? null : [...(input as Json[])].sort(compare)[0]];
    case 'max/0': return [(input as Json[]).length === 0 ? null : [...(input as Json[])].sort(compare).pop()];
    case 'flatten/0': return [(input as Json[]).flat(Infinity)];
    case 'range/1': { const n = ev(args[0])[0] as number; return Array.from({ length: Math.max(0, n) }, (_, i) => i); }
    case 'join/1': return ev(args[0]).map((sep) => (input as Json[]).map((v) => (v === null ? '' : tostring(v))).join(sep as string));
    case 'split/1': return ev(args[0]).map((sep) => (input as string).split(sep as string));
    case 'test/1': return ev(args[0]).map((re) => new RegExp(re as string).test(input as string));
    case 'startswith/1': return ev(args[0]).map((s) => (input as string).startsWith(s as string));
    case 'endswith/1': return ev(args[0]).map((s) => (input as string).endsWith(s as string));
    case 'contains/1': return ev(args[0]).map((s) => (typeof input === 'string' ? input.includes(s as string) : JSON.stringify(input).includes(JSON.stringify(s).replace(/^[[{]|[\]}]$/g, ''))));
    case 'ascii_downcase/0': return [(input as string).toLowerCase()];
    case 'ascii_upcase/0': return [(input as string).toUpperCase()];
    case 'ltrimstr/1': return ev(args[0]).map((s) => (typeof input === 'string' && input.startsWith(s as string) ? input.slice((s as string).length) : input));
    case 'rtrimstr/1': return ev(args[0]).map((s) => (typeof input === 'string' && input.endsWith(s as string) ? input.slice(0, -(s as string).length) : input));
    case 'tostring/0': return [tostring(input)];
    case 'tonumber/0': {
      const n = typeof input === 'number' ? input : Number(input);
      if (Number.isNaN(n)) throw new JqError(`Cannot parse '${input}' as JSON`);
      return [n];
    }
    case 'type/0': return [typeName(input)];
    case 'tojson/0': return [JSON.stringify(input)];
    case 'fromjson/0': return [JSON.parse(input as string)];
    case 'any/0': return [iterate(input, false).some(truthy)];
    case 'all/0': return [iterate(input, false).every(truthy)];
    case 'any/1': return [iterate(input, false).some((v) => ev(args[0], v).some(truthy))];
    case 'all/1': return [iterate(input, false).every((v) => ev(args[0], v).every(truthy))];
    case 'env/0': return [{}];
    case 'error/1': throw new JqError(tostring(ev(args[0])[0]));
    case 'del/1': return [deletePaths(input, args[0], env)];
    case '@base64/0': return [btoaUtf8(tostring(input))];
    case '@base64d/0': return [atobUtf8(input as string)];
    case '@csv/0': return [(input as Json[]).map((v) => (typeof v === 'string' ? `"${v.replace(/"/g, '""')}"` : tostring(v))).join(',')];
    case '@tsv/0': return [(input as Json[]).map((v) => tostring(v)).join('\t')];
    case '@json/0': return [JSON.stringify(input)];
    case '@text/0': return [tostring(input)];
    default: throw new JqError(`${arity} is not defined`);
  }
}

function deletePaths(input: Json, path: JqNode, env: Env): Json {
  if (path.k === 'field' && path.target.k === 'identity' && input && typeof input === 'object' && !Array.isArray(input)) {
    const copy = { ...(input as Record<string, Json>) };
    delete copy[path.name];
    return copy;
  }
  if (path.k === 'index' && path.target.k === 'identity' && Array.isArray(input)) {
    const i = evaluate(path.index, input, env)[0] as number;
    return input.filter((_, j) => j !== i);
  }
  if (path.k === 'field' && input && typeof input === 'object') {
    const parent = path.target;
    if (parent.k === 'field' && parent.target.k === 'identity') {
      const obj = input as Record<string, Json>;
      return { ...obj, [parent.name]: deletePaths(obj[parent.name], { ...path, target: { k: 'identity' } }, env) };
    }
  }
  throw new JqError('Invalid path expression');
}

function btoaUtf8(s: string): string {
  return encodeBase64(utf8Encode(s));
}

function atobUtf8(s: string): string {
  const bytes = decodeBase64(s);
  if (!bytes) throw new JqError(`${describe(s)} is not valid base64 data`);
  return utf8Decode(bytes);
}
