// cut(1): -f fields split on -d (tab by default, -s drops lines without it), -c characters,
// -b bytes; lists like 1,3-5,7-.

import { errText, inputLines, isDirRead } from './lib/io.ts';
import { parseOptions } from './lib/options.ts';
import type { Tool } from './lib/tool.ts';

/** `1,3-5,7-` → a test for 1-based positions; undefined when the list is invalid. */
export function parseList(list: string): ((n: number) => boolean) | undefined {
  const ranges: [number, number][] = [];
  for (const part of list.split(',')) {
    const m = /^(\d*)(-?)(\d*)$/.exec(part);
    if (!m || (m[1] === '' && m[3] === '') || m[1] === '0' || m[3] === '0') return undefined;
    const from = m[1] === '' ? 1 : Number(m[1]);
    const to = m[2] === '' ? from : m[3] === '' ? Infinity : Number(m[3]);
    ranges.push([from, to]);
  }
  return (n) => ranges.some(([a, b]) => n >= a && n <= b);
}

export const cut: Tool = async (ctx, f) => {
  const parsed = parseOptions(ctx, f, { short: 'f:d:c:b:sz', long: { 'fields=': 'f', 'delimiter=': 'd', 'characters=': 'c', 'bytes=': 'b', 'only-delimited': 's', 'output-delimiter=': 'o' } });
  if (typeof parsed === 'number') return parsed;
  const { opts, operands } = parsed;
  const prog = f.prog(ctx);
  const mode = opts.has('f') ? 'f' : opts.has('c') ? 'c' : opts.has('b') ? 'b' : undefined;
  if (!mode) {
    ctx.stderr.write(f.kind === 'busybox' ? `${prog}: expected a list of bytes, characters, or fields\n` : `${prog}: you must specify a list of bytes, characters, or fields\n${f.usage(prog)}`);
    return 1;
  }
  const delim = opts.get('d') ?? '\t';
  if (delim.length !== 1) {
    ctx.stderr.write(f.kind === 'busybox' ? `${prog}: delimiter must be one character\n` : `${prog}: the delimiter must be a single character\n${f.usage(prog)}`);
    return 1;
  }
  const list = opts.get(mode)!;
  // busybox reads a 0 in a list as 1.
  const wanted = parseList(f.kind === 'busybox' ? list.replace(/(^|[,-])0(?=$|[,-])/g, '$11') : list);
  if (!wanted) {
    const bad = list.split(',').find((p) => !/^\d*-?\d*$/.test(p) || p === '-') ?? list;
    ctx.stderr.write(/(^|[,-])0/.test(list) ? `${prog}: ${mode === 'f' ? 'fields are' : 'byte/character positions are'} numbered from 1\n${f.kind === 'busybox' ? '' : f.usage(prog)}` : `${prog}: invalid field value ${f.quote(ctx, bad)}\n${f.kind === 'busybox' ? '' : f.usage(prog)}`);
    return 1;
  }
  const outDelim = opts.get('o') ?? delim;
  let status = 0;
  for (const name of operands.length > 0 ? operands : ['-']) {
    let lines;
    try {
      lines = inputLines(ctx, name);
    } catch (e) {
      if (f.kind === 'busybox' && isDirRead(e)) continue;
      ctx.stderr.write(`${prog}: ${f.open(name)}: ${errText(e)}\n`);
      status = 1;
      continue;
    }
    for (let raw = await lines.next(); raw !== null; raw = await lines.next()) {
      await ctx.checkpoint();
      const line = raw.endsWith('\n') ? raw.slice(0, -1) : raw;
      let result: string;
      if (mode === 'f') {
        if (!line.includes(delim)) {
          if (opts.has('s')) continue;
          result = line;
        } else result = line.split(delim).filter((_, i) => wanted(i + 1)).join(outDelim);
      } else result = [...line].filter((_, i) => wanted(i + 1)).join('');
      if (!ctx.stdout.write(`${result}\n`)) return 1;
    }
  }
  return status;
};
