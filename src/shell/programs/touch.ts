// touch(1): creates missing files and sets the modification time (now, -d DATE, -r FILE).

import { errText } from './lib/io.ts';
import { parseOptions, usageError } from './lib/options.ts';
import type { Tool } from './lib/tool.ts';
import { parseDate } from './lib/dates.ts';

export const touch: Tool = async (ctx, f) => {
  const parsed = parseOptions(ctx, f, { short: 'acmd:r:t:h', long: { 'no-create': 'c', 'date=': 'd', 'reference=': 'r' } });
  if (typeof parsed === 'number') return parsed;
  const { opts, operands } = parsed;
  if (operands.length === 0) return usageError(ctx, f, 'missing file operand');
  const prog = f.prog(ctx);
  let when = ctx.now();
  if (opts.has('d')) {
    const t = parseDate(opts.get('d')!, ctx.now());
    if (t === undefined) {
      ctx.stderr.write(f.kind === 'busybox' ? `${prog}: invalid date '${opts.get('d')}'\n` : `${prog}: invalid date format ${f.quote(ctx, opts.get('d')!)}\n`);
      return 1;
    }
    when = t;
  }
  if (opts.has('r')) {
    try {
      when = ctx.fs.stat(ctx.resolve(opts.get('r')!), ctx.cred).mtime;
    } catch (e) {
      ctx.stderr.write(`${prog}: failed to get attributes of '${opts.get('r')}': ${errText(e)}\n`);
      return 1;
    }
  }
  let status = 0;
  for (const name of operands) {
    const path = ctx.resolve(name);
    try {
      if (!ctx.fs.exists(path, ctx.cred)) {
        if (opts.has('c')) continue;
        ctx.fs.writeFile(path, '', {}, ctx.cred);
      }
      if (when !== ctx.now() || ctx.fs.stat(path, ctx.cred).mtime !== when) ctx.fs.utimes(path, when, ctx.cred);
    } catch (e) {
      ctx.stderr.write(`${prog}: ${f.kind === 'busybox' ? name : `cannot touch '${name}'`}: ${errText(e)}\n`);
      status = 1;
    }
  }
  return status;
};
