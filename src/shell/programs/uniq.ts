// uniq(1): folds adjacent equal lines, streaming; -c counts, -d only repeated, -u only unique,
// -i ignores case.

import { errText, inputLines, type LineReader } from './lib/io.ts';
import { parseOptions } from './lib/options.ts';
import type { Tool } from './lib/tool.ts';

export const uniq: Tool = async (ctx, f) => {
  const parsed = parseOptions(ctx, f, { short: 'cduif:s:', long: { count: 'c', repeated: 'd', unique: 'u', 'ignore-case': 'i', 'skip-fields=': 'f', 'skip-chars=': 's' } });
  if (typeof parsed === 'number') return parsed;
  const { opts, operands } = parsed;
  const prog = f.prog(ctx);
  let lines: LineReader;
  try {
    lines = inputLines(ctx, operands[0] ?? '-');
  } catch (e) {
    ctx.stderr.write(`${prog}: ${f.kind === 'busybox' ? `can't open '${operands[0]}'` : operands[0]}: ${errText(e)}\n`);
    return 1;
  }
  const output = operands[1];
  const skipFields = Number(opts.get('f') ?? 0);
  const skipChars = Number(opts.get('s') ?? 0);
  const key = (l: string) => {
    let s = l;
    for (let i = 0; i < skipFields; i++) s = s.replace(/^\s*\S+/, '');
    s = s.slice(skipChars);
    return opts.has('i') ? s.toLowerCase() : s;
  };
  let text = '';
  const emit = (line: string, n: number): boolean => {
    if ((opts.has('d') && n < 2) || (opts.has('u') && n > 1)) return true;
    const s = `${opts.has('c') ? `${String(n).padStart(7)} ` : ''}${line}\n`;
    if (output !== undefined) {
      text += s;
      return true;
    }
    return ctx.stdout.write(s);
  };
  let prev: string | undefined;
  let count = 0;
  for (let raw = await lines.next(); raw !== null; raw = await lines.next()) {
    await ctx.checkpoint();
    const line = raw.endsWith('\n') ? raw.slice(0, -1) : raw;
    if (prev !== undefined && key(prev) === key(line)) {
      count++;
      continue;
    }
    if (prev !== undefined && !emit(prev, count)) return 1;
    prev = line;
    count = 1;
  }
  if (prev !== undefined) emit(prev, count);
  if (output !== undefined) ctx.fs.writeFile(ctx.resolve(output), text, {}, ctx.cred);
  return 0;
};
