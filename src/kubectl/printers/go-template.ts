// Executes `-o go-template=...` over a JSON-decoded object the way kubectl's template printer
// does: missing map keys print `<no value>`, values print as Go's fmt would, and kubectl's extra
// functions `exists` and `base64decode` are available.
// Models go/src/text/template/exec.go and funcs.go (for the supported subset) and
// k8s.io/cli-runtime/pkg/printers/template.go.

import { goSprint } from './go-format.ts';
import { parseGoTemplate, TemplateError, type Operand, type Pipeline, type TemplateNode } from './go-template-parse.ts';

export type TemplateOutput = { ok: true; output: string } | { ok: false; error: string };

/** Marks a missing map key, which prints as `<no value>`. */
const NO_VALUE = Symbol('no value');
type Value = unknown;

export function executeGoTemplate(template: string, data: unknown): TemplateOutput {
  let nodes: TemplateNode[];
  try {
    nodes = parseGoTemplate(template);
  } catch (e) {
    if (e instanceof TemplateError) return { ok: false, error: `error parsing template ${template}, template: output:1: ${e.message}` };
    throw e;
  }
  const out: string[] = [];
  try {
    execList(nodes, data, new Map([['$', data]]), out);
  } catch (e) {
    if (e instanceof TemplateError) return { ok: false, error: `error executing template "${template}": template: output:1: ${e.message}` };
    throw e;
  }
  return { ok: true, output: out.join('') };
}

function execList(nodes: TemplateNode[], dot: Value, vars: Map<string, Value>, out: string[]): void {
  for (const node of nodes) {
    switch (node.type) {
      case 'text':
        out.push(node.text);
        break;
      case 'action': {
        const value = evalPipeline(node.pipe, dot, vars);
        if (node.pipe.declare.length === 0) out.push(printValue(value));
        break;
      }
      case 'if':
      case 'with': {
        const value = evalPipeline(node.pipe, dot, new Map(vars));
        const scope = new Map(vars);
        if (truthy(value)) execList(node.then, node.type === 'with' ? value : dot, scope, out);
        else execList(node.else, dot, scope, out);
        break;
      }
      case 'range': {
        const value = evalPipeline({ ...node.pipe, declare: [] }, dot, vars);
        const entries: [Value, Value][] = Array.isArray(value)
          ? value.map((v, i) => [i, v])
          : isMap(value)
            ? Object.keys(value).sort().map((k) => [k, value[k]])
            : [];
        if (value !== null && value !== undefined && value !== NO_VALUE && !Array.isArray(value) && !isMap(value)) {
          throw new TemplateError(`range can't iterate over ${printValue(value)}`);
        }
        if (entries.length === 0) execList(node.else, dot, new Map(vars), out);
        for (const [key, element] of entries) {
          const scope = new Map(vars);
          const names = node.pipe.declare;
          if (names.length === 1) scope.set(names[0], element);
          if (names.length === 2) {
            scope.set(names[0], key);
            scope.set(names[1], element);
          }
          execList(node.body, element, scope, out);
        }
        break;
      }
    }
  }
}

const isMap = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

function truthy(v: Value): boolean {
  if (v === NO_VALUE || v === null || v === undefined || v === false || v === 0 || v === '') return false;
  if (Array.isArray(v)) return v.length > 0;
  if (isMap(v)) return Object.keys(v).length > 0;
  return true;
}

function printValue(v: Value): string {
  return v === NO_VALUE ? '<no value>' : goSprint(v);
}

function evalPipeline(pipe: Pipeline, dot: Value, vars: Map<string, Value>): Value {
  let result: Value = undefined;
  pipe.commands.forEach((command, i) => {
    result = evalCommand(command, dot, vars, i === 0 ? undefined : { value: result });
  });
  for (const name of pipe.declare) vars.set(name, result);
  return result;
}

function evalCommand(command: Operand[], dot: Value, vars: Map<string, Value>, piped?: { value: Value }): Value {
  const [head, ...rest] = command;
  if (head.type === 'call') {
    const args = rest.map((a) => evalOperand(a, dot, vars));
    if (piped) args.push(piped.value);
    return callFunction(head.name, args);
  }
  if (rest.length > 0 || piped) throw new TemplateError(`can't give argument to non-function ${describe(head)}`);
  return evalOperand(head, dot, vars);
}

function describe(op: Operand): string {
  return op.type === 'field' ? `${op.base === 'dot' ? '' : op.base}.${op.path.join('.')}` : op.type;
}

function evalOperand(op: Operand, dot: Value, vars: Map<string, Value>): Value {
  switch (op.type) {
    case 'string':
    case 'number':
    case 'bool':
      return op.value;
    case 'nil':
      return null;
    case 'pipe':
      return evalPipeline(op.pipe, dot, vars);
    case 'call':
      return callFunction(op.name, []);
    case 'field': {
      if (op.base !== 'dot' && !vars.has(op.base)) throw new TemplateError(`undefined variable "${op.base}"`);
      let value = op.base === 'dot' ? dot : vars.get(op.base);
      for (const key of op.path) {
        if (value === NO_VALUE || value === null || value === undefined) throw new TemplateError(`nil pointer evaluating interface {}.${key}`);
        if (!isMap(value)) throw new TemplateError(`can't evaluate field ${key} in type ${Array.isArray(value) ? '[]interface {}' : typeof value}`);
        value = Object.hasOwn(value, key) ? value[key] : NO_VALUE;
      }
      return value;
    }
  }
}

function callFunction(name: string, args: Value[]): Value {
  const arg = (i: number) => (args[i] === NO_VALUE ? null : args[i]);
  switch (name) {
    case 'index': {
      let v = arg(0);
      for (const key of args.slice(1)) {
        if (isMap(v)) v = Object.hasOwn(v, String(key)) ? v[String(key)] : null;
        else if (Array.isArray(v) && typeof key === 'number') {
          if (key < 0 || key >= v.length) throw new TemplateError(`error calling index: index out of range: ${key}`);
          v = v[key];
        } else if (v === null || v === undefined) throw new TemplateError('error calling index: index of untyped nil');
        else throw new TemplateError(`error calling index: can't index item of type ${typeof v}`);
      }
      return v;
    }
    case 'len': {
      const v = arg(0);
      if (Array.isArray(v) || typeof v === 'string') return v.length;
      if (isMap(v)) return Object.keys(v).length;
      throw new TemplateError(`error calling len: len of type ${v === null ? '<nil>' : typeof v}`);
    }
    case 'eq':
      return args.slice(1).some((b) => arg(0) === (b === NO_VALUE ? null : b));
    case 'ne':
      return arg(0) !== arg(1);
    case 'lt':
      return (arg(0) as number) < (arg(1) as number);
    case 'le':
      return (arg(0) as number) <= (arg(1) as number);
    case 'gt':
      return (arg(0) as number) > (arg(1) as number);
    case 'ge':
      return (arg(0) as number) >= (arg(1) as number);
    case 'not':
      return !truthy(args[0]);
    case 'and':
      return args.find((a) => !truthy(a)) ?? args[args.length - 1];
    case 'or':
      return args.find((a) => truthy(a)) ?? args[args.length - 1];
    case 'print':
      return args.map((a, i) => (i > 0 && typeof a !== 'string' && typeof args[i - 1] !== 'string' ? ' ' : '') + printValue(a)).join('');
    case 'println':
      return args.map(printValue).join(' ') + '\n';
    case 'printf':
      return sprintf(String(arg(0)), args.slice(1));
    case 'exists':
      return exists(arg(0), args.slice(1).map(String));
    case 'base64decode':
      return base64Decode(String(arg(0)));
  }
  throw new TemplateError(`function "${name}" not defined`);
}

function sprintf(format: string, args: Value[]): string {
  let n = 0;
  return format.replace(/%([-+ #0]*\d*(?:\.\d+)?)([vsdqtfx%])/g, (_m, _flags: string, verb: string) => {
    if (verb === '%') return '%';
    if (n >= args.length) return `%!${verb}(MISSING)`;
    const v = args[n++];
    if (verb === 'q') return JSON.stringify(printValue(v));
    if (verb === 'x' && typeof v === 'number') return v.toString(16);
    if (verb === 'f' && typeof v === 'number') return v.toFixed(6);
    return printValue(v);
  });
}

function exists(v: Value, path: string[]): boolean {
  let cur = v;
  for (const key of path) {
    if (!isMap(cur) || !Object.hasOwn(cur, key)) return false;
    cur = cur[key];
  }
  return true;
}

const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

function base64Decode(text: string): string {
  const clean = text.replace(/=+$/, '');
  if (/[^A-Za-z0-9+/]/.test(clean)) throw new TemplateError(`error calling base64decode: base64 decode failed: illegal base64 data`);
  const bytes: number[] = [];
  let buffer = 0;
  let bits = 0;
  for (const c of clean) {
    buffer = (buffer << 6) | B64.indexOf(c);
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      bytes.push((buffer >> bits) & 0xff);
    }
  }
  try {
    return decodeURIComponent(bytes.map((b) => '%' + b.toString(16).padStart(2, '0')).join(''));
  } catch {
    return String.fromCharCode(...bytes);
  }
}
