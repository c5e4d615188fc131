// tr(1): translates, deletes (-d) or squeezes (-s) characters; sets with ranges (a-z),
// classes ([:upper:]) and escapes (\n); -c complements the first set.

import { parseOptions, usageError } from './lib/options.ts';
import type { Tool } from './lib/tool.ts';

const CLASS: Record<string, string> = {
  upper: 'A-Z', lower: 'a-z', digit: '0-9', alpha: 'A-Za-z', alnum: '0-9A-Za-z', space: ' \t\n\r\f\v', blank: ' \t', punct: '!-/:-@[-`{-~', xdigit: '0-9A-Fa-f',
};

/** Expands a tr set into its characters. */
export function expandSet(set: string): string[] {
  let s = set.replace(/\[:([a-z]+):\]/g, (all, name: string) => CLASS[name] ?? all);
  s = s.replace(/\\([0-7]{1,3}|.)/g, (_, e: string) => {
    if (/^[0-7]+$/.test(e)) return String.fromCharCode(parseInt(e, 8));
    return ({ n: '\n', t: '\t', r: '\r', '\\': '\\', f: '\f', v: '\v', a: '\x07', b: '\b' } as Record<string, string>)[e] ?? e;
  });
  const chars = [...s];
  const out: string[] = [];
  for (let i = 0; i < chars.length; i++) {
    if (chars[i + 1] === '-' && i + 2 < chars.length) {
      const a = chars[i].codePointAt(0)!;
      const b = chars[i + 2].codePointAt(0)!;
      for (let c = a; c <= b; c++) out.push(String.fromCodePoint(c));
      i += 2;
    } else out.push(chars[i]);
  }
  return out;
}

export const tr: Tool = async (ctx, f) => {
  const parsed = parseOptions(ctx, f, { short: 'dscC', long: { delete: 'd', 'squeeze-repeats': 's', complement: 'c' } });
  if (typeof parsed === 'number') return parsed;
  const { opts, operands } = parsed;
  const del = opts.has('d');
  const squeeze = opts.has('s');
  if (operands.length === 0) return usageError(ctx, f, 'missing operand');
  if (!del && !squeeze && operands.length < 2 && f.kind === 'coreutils') return usageError(ctx, f, `missing operand after ${f.quote(ctx, operands[0])}\nTwo strings must be given when translating.`);
  const set1 = new Set(expandSet(operands[0]));
  const complement = opts.has('c') || opts.has('C');
  const inSet1 = (c: string) => set1.has(c) !== complement;
  const from = expandSet(operands[0]);
  const to = operands[1] !== undefined ? expandSet(operands[1]) : [];
  const map = new Map<string, string>();
  if (!del && to.length > 0) from.forEach((c, i) => map.set(c, to[Math.min(i, to.length - 1)]));
  const squeezeSet = new Set(del || to.length === 0 ? from : to);
  let lastOut = '';
  for (let c = await ctx.stdin.read(); c !== null; c = await ctx.stdin.read()) {
    let s = '';
    for (const ch of c) {
      let o = ch;
      if (del && inSet1(ch)) continue;
      if (!del && to.length > 0 && inSet1(ch)) o = complement ? to[to.length - 1] : map.get(ch) ?? ch;
      if (squeeze && squeezeSet.has(o) !== (complement && to.length === 0) && o === lastOut) continue;
      s += o;
      lastOut = o;
    }
    if (!ctx.stdout.write(s)) return 1;
    await ctx.checkpoint();
  }
  return 0;
};
