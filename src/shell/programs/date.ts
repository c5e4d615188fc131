// date(1) from the virtual clock: `Mon Jan  5 09:00:00 UTC 2026` by default, +FORMAT, -d DATE,
// -u, -I (ISO 8601), -R (RFC 5322).

import { parseOptions } from './lib/options.ts';
import type { Tool } from './lib/tool.ts';
import { parseDate, strftime } from './lib/dates.ts';

export const date: Tool = async (ctx, f) => {
  const parsed = parseOptions(ctx, f, { short: 'ud:IRr:', long: { utc: 'u', 'date=': 'd', 'iso-8601': 'I', 'rfc-email': 'R', 'reference=': 'r' } });
  if (typeof parsed === 'number') return parsed;
  const { opts, operands } = parsed;
  const prog = f.prog(ctx);
  let when = ctx.now();
  if (opts.has('d')) {
    const t = parseDate(opts.get('d')!, ctx.now());
    if (t === undefined) {
      ctx.stderr.write(f.kind === 'busybox' ? `${prog}: invalid date '${opts.get('d')}'\n` : `${prog}: invalid date ${f.quote(ctx, opts.get('d')!)}\n`);
      return 1;
    }
    when = t;
  }
  if (opts.has('r')) when = ctx.fs.stat(ctx.resolve(opts.get('r')!), ctx.cred).mtime;
  let format = '%a %b %e %H:%M:%S %Z %Y';
  if (opts.has('I')) format = '%Y-%m-%d';
  if (opts.has('R')) format = '%a, %d %b %Y %H:%M:%S +0000';
  const plus = operands.find((o) => o.startsWith('+'));
  if (plus) format = plus.slice(1);
  else if (operands.length > 0) {
    ctx.stderr.write(f.kind === 'busybox' ? `${prog}: invalid date '${operands[0]}'\n` : `${prog}: invalid date ${f.quote(ctx, operands[0])}\n`);
    return 1;
  }
  ctx.stdout.write(`${strftime(format, when)}\n`);
  return 0;
};
