// truncate(1): sets files to a size (`truncate -s 1M f`, `-s +1K`, `-s 0`), making them unless
// -c. Growth is stored as NULs and counts against a volume's quota (a real tmpfs keeps it
// sparse). Models coreutils src/truncate.c and busybox coreutils/truncate.c.

import { isFsError } from '../../os/fs/errors.ts';
import { gnuQuote } from './flavour.ts';
import { errText } from './lib/io.ts';
import { parseOptions, usageError } from './lib/options.ts';
import type { Tool } from './lib/tool.ts';

const GNU_UNITS: Record<string, number> = {
  '': 1, K: 1024, KiB: 1024, KB: 1000, k: 1024, M: 1 << 20, MiB: 1 << 20, MB: 1e6, m: 1 << 20,
  G: 2 ** 30, GiB: 2 ** 30, GB: 1e9, g: 2 ** 30, T: 2 ** 40, TiB: 2 ** 40, TB: 1e12,
};
const BUSYBOX_UNITS: Record<string, number> = { '': 1, k: 1024, K: 1024, M: 1 << 20, G: 2 ** 30 };

/** A SIZE operand: GNU takes a relation first (+ - < > / %), busybox a plain size. */
export function parseTruncateSize(text: string, busybox: boolean): { op: string; n: number } | undefined {
  const m = (busybox ? /^()(\d+)([A-Za-z]*)$/ : /^([-+<>/%]?)\s*(\d+)([A-Za-z]*)$/).exec(text);
  const unit = m ? (busybox ? BUSYBOX_UNITS : GNU_UNITS)[m[3]] : undefined;
  return m && unit !== undefined ? { op: m[1], n: Number(m[2]) * unit } : undefined;
}

function newSize(op: string, n: number, cur: number): number {
  switch (op) {
    case '+': return cur + n;
    case '-': return Math.max(0, cur - n);
    case '<': return Math.min(cur, n);
    case '>': return Math.max(cur, n);
    case '/': return n === 0 ? cur : Math.floor(cur / n) * n;
    case '%': return n === 0 ? cur : Math.ceil(cur / n) * n;
    default: return n;
  }
}

export const truncate: Tool = async (ctx, f) => {
  const busybox = f.kind === 'busybox';
  const parsed = parseOptions(ctx, f, busybox
    ? { short: 'cs:' }
    : { short: 'cos:r:', long: { 'no-create': 'c', 'io-blocks': 'o', 'size=': 's', 'reference=': 'r' } });
  if (typeof parsed === 'number') return parsed;
  const { opts, operands } = parsed;
  const prog = f.prog(ctx);
  const sizeText = opts.get('s');
  if (sizeText === undefined && (busybox || !opts.has('r'))) return usageError(ctx, f, "you must specify either '--size' or '--reference'");
  if (operands.length === 0) return usageError(ctx, f, 'missing file operand');
  let size: { op: string; n: number } | undefined = { op: '', n: 0 };
  if (sizeText !== undefined) {
    size = parseTruncateSize(sizeText, busybox);
    if (!size) {
      ctx.stderr.write(busybox ? `${prog}: invalid number '${sizeText}'\n` : `${prog}: Invalid number: ${f.quote(ctx, sizeText)}\n`);
      return 1;
    }
  }
  if (opts.has('r')) {
    try {
      size = { op: size.op, n: size.op === '' ? ctx.fs.stat(ctx.resolve(opts.get('r')!), ctx.cred).size : size.n };
    } catch (e) {
      ctx.stderr.write(`${prog}: cannot stat ${f.quote(ctx, opts.get('r')!)}: ${errText(e)}\n`);
      return 1;
    }
  }
  let status = 0;
  for (const name of operands) {
    const path = ctx.resolve(name);
    try {
      if (!ctx.fs.exists(path, ctx.cred)) {
        if (opts.has('c')) continue;
        ctx.fs.writeFile(path, '', { append: true }, ctx.cred);
      } else if (!ctx.fs.access(path, 'w', ctx.cred) || ctx.fs.stat(path, ctx.cred).type === 'dir') {
        ctx.fs.writeFile(path, '', { append: true }, ctx.cred);
      }
    } catch (e) {
      if (!isFsError(e)) throw e;
      ctx.stderr.write(busybox ? `${prog}: ${name}: open: ${errText(e)}\n` : `${prog}: cannot open ${gnuQuote(name)} for writing: ${errText(e)}\n`);
      status = 1;
      continue;
    }
    const target = newSize(size.op, size.n, ctx.fs.stat(path, ctx.cred).size);
    try {
      if (ctx.fs.stat(path, ctx.cred).type === 'file') ctx.fs.truncate(path, target, ctx.cred);
    } catch (e) {
      if (!isFsError(e)) throw e;
      ctx.stderr.write(busybox ? `${prog}: ${name}: truncate: ${errText(e)}\n` : `${prog}: failed to truncate ${gnuQuote(name)} at ${target} bytes: ${errText(e)}\n`);
      status = 1;
    }
  }
  return status;
};
