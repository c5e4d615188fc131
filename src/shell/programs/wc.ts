// wc(1): lines, words and bytes. Column widths follow coreutils: one number alone is bare,
// several share the width of the largest total (at least 7 for stdin); busybox pads to 9.

import { errText, isDirRead, readInput } from './lib/io.ts';
import { utf8Length } from '../../os/fs/inode.ts';
import { parseOptions } from './lib/options.ts';
import type { Tool } from './lib/tool.ts';

interface Counts { lines: number; words: number; chars: number; bytes: number }

export function count(text: string): Counts {
  const words = text.split(/[ \t\n\r\f\v]+/).filter((w) => w !== '').length;
  return { lines: (text.match(/\n/g) ?? []).length, words, chars: [...text].length, bytes: utf8Length(text) };
}

export const wc: Tool = async (ctx, f) => {
  const parsed = parseOptions(ctx, f, { short: 'lwcmL', long: { lines: 'l', words: 'w', bytes: 'c', chars: 'm' } });
  if (typeof parsed === 'number') return parsed;
  const { opts, operands } = parsed;
  let keys = (['l', 'w', 'm', 'c'] as const).filter((k) => opts.has(k));
  if (keys.length === 0) keys = ['l', 'w', 'c'];
  const pick = (c: Counts) => keys.map((k) => ({ l: c.lines, w: c.words, m: c.chars, c: c.bytes })[k]);
  const files = operands.length > 0 ? operands : ['-'];
  const rows: { nums: number[]; name: string }[] = [];
  const total: Counts = { lines: 0, words: 0, chars: 0, bytes: 0 };
  let status = 0;
  let nonRegular = false;
  const prog = f.prog(ctx);
  for (const name of files) {
    try {
      const c = count(await readInput(ctx, name));
      for (const k of Object.keys(total) as (keyof Counts)[]) total[k] += c[k];
      rows.push({ nums: pick(c), name: operands.length > 0 ? name : '' });
    } catch (e) {
      ctx.stderr.write(`${prog}: ${name}: ${errText(e)}\n`);
      // A folder opens and reads nothing: wc still prints its (zero) counts.
      if (isDirRead(e)) {
        rows.push({ nums: pick(count('')), name });
        nonRegular = true;
      }
      status = 1;
    }
  }
  if (files.length > 1) rows.push({ nums: pick(total), name: 'total' });
  const alone = keys.length === 1 && files.length === 1;
  let width: number;
  if (alone) width = 1;
  else if (f.kind === 'busybox') width = 9;
  else width = Math.max(String(total.bytes).length, operands.includes('-') || operands.length === 0 || nonRegular ? 7 : 1);
  ctx.stdout.write(rows.map((r) => r.nums.map((n) => String(n).padStart(width)).join(' ') + (r.name ? ` ${r.name}` : '') + '\n').join(''));
  return status;
};
