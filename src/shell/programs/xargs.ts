// xargs(1): builds command lines from stdin words (quotes and backslashes honoured), -n N per
// run, -I REPL one run per line with REPL replaced, -0 NUL-separated, -r no run on empty input.
// Exit 123 when a run failed, 127 when the command is missing.

import { readStdin } from './lib/io.ts';
import { execProgram } from './lib/exec.ts';
import { parseOptions } from './lib/options.ts';
import type { Tool } from './lib/tool.ts';

/** Splits xargs input into words: blanks separate, quotes group, backslash escapes. */
export function xargsWords(text: string): string[] | { error: string } {
  const words: string[] = [];
  let cur = '';
  let has = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '"' || c === "'") {
      const end = text.indexOf(c, i + 1);
      const nl = text.indexOf('\n', i + 1);
      if (end < 0 || (nl >= 0 && nl < end)) return { error: `unmatched ${c === '"' ? 'double' : 'single'} quote; by default quotes are special to xargs unless you use the -0 option` };
      cur += text.slice(i + 1, end);
      has = true;
      i = end;
    } else if (c === '\\' && i + 1 < text.length) {
      cur += text[++i];
      has = true;
    } else if (/\s/.test(c)) {
      if (has) words.push(cur);
      cur = '';
      has = false;
    } else {
      cur += c;
      has = true;
    }
  }
  if (has) words.push(cur);
  return words;
}

export const xargs: Tool = async (ctx, f) => {
  const parsed = parseOptions(ctx, f, { short: 'n:I:i0rtd:P:L:', long: { 'max-args=': 'n', 'replace=': 'I', null: '0', 'no-run-if-empty': 'r', verbose: 't', 'delimiter=': 'd' }, permute: false });
  if (typeof parsed === 'number') return parsed;
  const { opts, operands } = parsed;
  const prog = f.prog(ctx);
  const command = operands.length > 0 ? operands : ['echo'];
  const input = await readStdin(ctx);
  const replace = opts.get('I') ?? (opts.has('i') ? '{}' : undefined);
  let items: string[];
  if (replace !== undefined || opts.has('L')) items = input.split('\n').map((l) => l.replace(/^\s+/, '')).filter((l) => l !== '');
  else if (opts.has('0')) items = input.split('\0').filter((w) => w !== '');
  else if (opts.has('d')) items = input.split(opts.get('d')!.replace('\\n', '\n')).filter((w) => w !== '');
  else {
    const words = xargsWords(input);
    if ('error' in words) {
      ctx.stderr.write(`${prog}: ${words.error}\n`);
      return 1;
    }
    items = words;
  }
  const runs: string[][] = [];
  if (replace !== undefined) for (const item of items) runs.push(command.map((a) => a.replaceAll(replace, item)));
  else {
    const n = Number(opts.get('n') ?? opts.get('L') ?? Infinity);
    if (items.length === 0) {
      if (!opts.has('r') && f.kind === 'coreutils') runs.push(command);
    } else for (let i = 0; i < items.length; i += n) runs.push([...command, ...items.slice(i, i + n)]);
  }
  let status = 0;
  for (const argv of runs) {
    if (opts.has('t')) ctx.stderr.write(`${argv.join(' ')}\n`);
    const code = await execProgram(ctx, f, argv);
    if (code === 127 || code === 126) return code;
    if (code === 255) {
      ctx.stderr.write(`${prog}: ${argv[0]}: exited with status 255; aborting\n`);
      return 124;
    }
    if (code !== 0) status = 123;
    await ctx.checkpoint();
  }
  return status;
};
