// jq(1) 1.7: runs a filter over each JSON value on stdin or in files; -r raw strings, -c
// compact, -n null input, -s slurp, -e exit status, --arg NAME VALUE. Pretty output indents by
// two spaces as jq does; colours are off (output to a pipe or a simulated terminal alike).

import { errText, readInput } from './lib/io.ts';
import { evaluate, JqError } from './jq-eval.ts';
import { JqSyntaxError, parseJq, type JqNode } from './jq-parser.ts';
import type { Tool } from './lib/tool.ts';

/** JSON text as jq prints it: two-space indents, `[]`/`{}` when empty. */
export function jqFormat(v: unknown, compact: boolean, indent = ''): string {
  if (v === null || typeof v !== 'object') return JSON.stringify(v) ?? 'null';
  const inner = indent + '  ';
  if (Array.isArray(v)) {
    if (v.length === 0) return '[]';
    if (compact) return `[${v.map((x) => jqFormat(x, true)).join(',')}]`;
    return `[\n${v.map((x) => inner + jqFormat(x, false, inner)).join(',\n')}\n${indent}]`;
  }
  const entries = Object.entries(v as Record<string, unknown>);
  if (entries.length === 0) return '{}';
  if (compact) return `{${entries.map(([k, x]) => `${JSON.stringify(k)}:${jqFormat(x, true)}`).join(',')}}`;
  return `{\n${entries.map(([k, x]) => `${inner}${JSON.stringify(k)}: ${jqFormat(x, false, inner)}`).join(',\n')}\n${indent}}`;
}

/** Splits a text holding several JSON values one after another (`{..}\n{..}`). */
export function parseJsonStream(text: string): unknown[] {
  const values: unknown[] = [];
  let i = 0;
  while (i < text.length) {
    while (i < text.length && /\s/.test(text[i])) i++;
    if (i >= text.length) break;
    let end = i;
    if (text[i] === '{' || text[i] === '[') {
      let depth = 0;
      let inString = false;
      for (; end < text.length; end++) {
        const c = text[end];
        if (inString) {
          if (c === '\\') end++;
          else if (c === '"') inString = false;
        } else if (c === '"') inString = true;
        else if (c === '{' || c === '[') depth++;
        else if (c === '}' || c === ']') {
          if (--depth === 0) break;
        }
      }
      end++;
    } else if (text[i] === '"') {
      for (end = i + 1; end < text.length && text[end] !== '"'; end++) if (text[end] === '\\') end++;
      end++;
    } else while (end < text.length && !/\s/.test(text[end])) end++;
    values.push(JSON.parse(text.slice(i, end)));
    i = end;
  }
  return values;
}

export const jq: Tool = async (ctx) => {
  const args = ctx.argv.slice(1);
  const flags = new Set<string>();
  const env = new Map<string, unknown>();
  const operands: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    if (a === '--arg' || a === '--argjson') {
      const value = args[i + 2] ?? '';
      env.set(args[i + 1] ?? '', a === '--arg' ? value : JSON.parse(value));
      i += 2;
    } else if (/^--(raw-output|compact-output|null-input|slurp|exit-status|join-output|sort-keys|tab)$/.test(a)) {
      flags.add({ 'raw-output': 'r', 'compact-output': 'c', 'null-input': 'n', slurp: 's', 'exit-status': 'e', 'join-output': 'j', 'sort-keys': 'S', tab: 't' }[a.slice(2)]!);
    } else if (/^-[rcnsejSCM]+$/.test(a)) for (const c of a.slice(1)) flags.add(c);
    else operands.push(a);
  }
  if (operands.length === 0) {
    ctx.stderr.write('Usage:\tjq [OPTIONS] FILTER [FILES...]\n\tjq [OPTIONS] --args FILTER [ARGUMENTS...]\n\tjq [OPTIONS] --jsonargs FILTER [JSON_VALUES...]\n\nUse jq --help for help with command-line options,\nor see the jq manpage, or online docs  at https://jqlang.github.io/jq\n');
    return 2;
  }
  const [filterText, ...files] = operands;
  let filter: JqNode;
  try {
    filter = parseJq(filterText);
  } catch (e) {
    ctx.stderr.write(`jq: error: ${errText(e)} at <top-level>, line 1:\n${filterText}\njq: 1 compile error\n`);
    return 3;
  }
  let inputs: unknown[] = [];
  let lines = 0;
  for (const name of files.length > 0 ? files : ['-']) {
    let text: string;
    try {
      text = await readInput(ctx, name);
    } catch (e) {
      ctx.stderr.write(`jq: error: Could not open ${name}: ${errText(e)}\n`);
      return 2;
    }
    try {
      inputs.push(...parseJsonStream(text));
      lines += text.split('\n').length - 1;
    } catch {
      ctx.stderr.write(`jq: error (at ${name === '-' ? '<stdin>' : name}:${text.split('\n').length - 1}): Cannot parse input as JSON\n`);
      return 2;
    }
  }
  if (flags.has('s')) inputs = [inputs];
  if (flags.has('n')) inputs = [null];
  let last: unknown = undefined;
  for (const input of inputs) {
    let outputs: unknown[];
    try {
      outputs = evaluate(filter, input, env);
    } catch (e) {
      if (!(e instanceof JqError) && !(e instanceof JqSyntaxError) && !(e instanceof SyntaxError)) throw e;
      ctx.stderr.write(`jq: error (at ${files.length > 0 ? files[files.length - 1] : '<stdin>'}:${lines}): ${errText(e)}\n`);
      return 5;
    }
    for (const v of outputs) {
      last = v;
      const text = (flags.has('r') || flags.has('j')) && typeof v === 'string' ? v : jqFormat(flags.has('S') ? sortKeys(v) : v, flags.has('c'));
      if (!ctx.stdout.write(flags.has('j') ? text : `${text}\n`)) return 1;
      await ctx.checkpoint();
    }
  }
  if (flags.has('e')) return last === undefined ? 4 : last === null || last === false ? 1 : 0;
  return 0;
};

function sortKeys(v: unknown): unknown {
  if (Array.isArray(v)) return v.map(sortKeys);
  if (v && typeof v === 'object') return Object.fromEntries(Object.keys(v).sort().map((k) => [k, sortKeys((v as Record<string, unknown>)[k])]));
  return v;
}
