// sort(1): -n -r -u -k FIELD[,FIELD] -t SEP -f -h -V -o FILE, stable on whole lines as the C
// locale orders bytes. Models coreutils src/sort.c key comparison.

import { errText, isDirRead, readInput, splitLines } from './lib/io.ts';
import { parseOptions } from './lib/options.ts';
import type { Tool } from './lib/tool.ts';

interface Key { start: number; end?: number; numeric: boolean; reverse: boolean; human: boolean }

const HUMAN: Record<string, number> = { K: 1, k: 1, M: 2, G: 3, T: 4, P: 5 };

function num(s: string): number {
  const m = /^\s*[+-]?\d*\.?\d*/.exec(s)![0].trim();
  const v = Number(m);
  return m === '' || m === '-' || Number.isNaN(v) ? 0 : v;
}

function humanNum(s: string): number {
  const m = /^\s*([+-]?\d*\.?\d+)([KkMGTP]?)/.exec(s);
  return m ? Number(m[1]) * 1024 ** (HUMAN[m[2]] ?? 0) : 0;
}

export const sort: Tool = async (ctx, f) => {
  const parsed = parseOptions(ctx, f, { short: f.kind === 'busybox' ? 'nrufk:t:o:VbsMgcdiz' : 'nrufk:t:o:hVbsMg', long: { 'numeric-sort': 'n', reverse: 'r', unique: 'u', 'key=': 'k', 'field-separator=': 't', 'output=': 'o', 'ignore-case': 'f', 'human-numeric-sort': 'h', 'version-sort': 'V' } });
  if (typeof parsed === 'number') return parsed;
  const { opts, operands } = parsed;
  const prog = f.prog(ctx);
  const sep = opts.get('t');
  const keys: Key[] = opts.all('k').map((k) => {
    const m = /^(\d+)(?:\.\d+)?([a-zA-Z]*)(?:,(\d+)(?:\.\d+)?([a-zA-Z]*))?$/.exec(k);
    const flags = (m?.[2] ?? '') + (m?.[4] ?? '');
    return { start: Number(m?.[1] ?? 1), end: m?.[3] ? Number(m[3]) : undefined, numeric: flags.includes('n') || flags.includes('g'), reverse: flags.includes('r'), human: flags.includes('h') };
  });
  let lines: string[] = [];
  let status = 0;
  for (const name of operands.length > 0 ? operands : ['-']) {
    try {
      lines.push(...splitLines(await readInput(ctx, name)));
    } catch (e) {
      // busybox's sort reads a folder as empty.
      if (f.kind === 'busybox' && isDirRead(e)) continue;
      ctx.stderr.write(f.kind === 'busybox' ? `${prog}: ${name}: ${errText(e)}\n` : `${prog}: ${isDirRead(e) ? 'read failed' : 'cannot read'}: ${name}: ${errText(e)}\n`);
      return 2;
    }
  }
  const fields = (line: string): string[] => (sep !== undefined ? line.split(sep) : line.match(/\s*\S+/g) ?? []);
  const keyText = (line: string, k: Key): string => {
    const fs = fields(line);
    const part = fs.slice(k.start - 1, k.end ?? fs.length).join(sep ?? '');
    return sep === undefined && (k.numeric || k.human || opts.has('b')) ? part.trim() : part;
  };
  const fold = opts.has('f');
  const cmpText = (a: string, b: string): number => {
    const x = fold ? a.toUpperCase() : a;
    const y = fold ? b.toUpperCase() : b;
    return x < y ? -1 : x > y ? 1 : 0;
  };
  const version = (a: string, b: string) => a.localeCompare(b, 'en', { numeric: true });
  const cmpWith = (a: string, b: string, numeric: boolean, human: boolean): number => {
    if (human) return humanNum(a) - humanNum(b);
    if (numeric) return num(a) - num(b);
    if (opts.has('V')) return version(a, b);
    return cmpText(a, b);
  };
  const globalNumeric = opts.has('n') || opts.has('g');
  const compare = (a: string, b: string): number => {
    for (const k of keys) {
      const c = cmpWith(keyText(a, k), keyText(b, k), k.numeric || globalNumeric, k.human || opts.has('h'));
      if (c !== 0) return k.reverse ? -c : c;
    }
    if (keys.length === 0) {
      const c = cmpWith(a, b, globalNumeric, opts.has('h'));
      if (c !== 0 || opts.has('u')) return c;
    } else if (opts.has('u')) return 0;
    // Last resort: the whole line, bytewise, as sort does unless -s.
    return opts.has('s') ? 0 : a < b ? -1 : a > b ? 1 : 0;
  };
  lines = lines.map((l, i) => ({ l, i })).sort((a, b) => {
    const c = compare(a.l, b.l);
    return (opts.has('r') ? -c : c) || a.i - b.i;
  }).map((x) => x.l);
  if (opts.has('u')) lines = lines.filter((l, i) => i === 0 || compare(lines[i - 1], l) !== 0);
  const text = lines.map((l) => `${l}\n`).join('');
  if (opts.has('o')) {
    try {
      ctx.fs.writeFile(ctx.resolve(opts.get('o')!), text, {}, ctx.cred);
    } catch (e) {
      ctx.stderr.write(`${prog}: ${f.kind === 'busybox' ? `can't open '${opts.get('o')}'` : `open failed: ${opts.get('o')}`}: ${errText(e)}\n`);
      status = 2;
    }
  } else ctx.stdout.write(text);
  return status;
};
