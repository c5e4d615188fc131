// printf(1): the format is reused until the arguments run out. Models coreutils src/printf.c.

import { CONVERSION, formatValue, toNumber, unescape } from './lib/format.ts';
import type { Tool } from './lib/tool.ts';
import { usageError } from './lib/options.ts';

export const printf: Tool = async (ctx, f) => {
  let args = ctx.argv.slice(1);
  if (args[0] === '--') args = args.slice(1);
  if (args.length === 0) return usageError(ctx, f, 'missing operand');
  const prog = f.prog(ctx);
  const [format, ...rest] = args;
  let status = 0;
  let used = 0;
  let text = '';
  const warnNumber = (v: string) => {
    ctx.stderr.write(f.kind === 'busybox' ? `${prog}: invalid number '${v}'\n` : `${prog}: ${f.quote(ctx, v)}: expected a numeric value\n`);
    status = 1;
  };
  for (;;) {
    let consumed = 0;
    const next = (): string | undefined => {
      const v = rest[used + consumed];
      if (v !== undefined) consumed++;
      return v;
    };
    let stop = false;
    for (let i = 0; i < format.length && !stop;) {
      const c = format[i];
      if (c === '\\') {
        const m = /^\\([0-7]{1,3}|x[0-9a-fA-F]{1,2}|.)/s.exec(format.slice(i))!;
        const r = unescape(m[0], false);
        text += r.text;
        if (r.stop) stop = true;
        i += m[0].length;
        continue;
      }
      if (c !== '%') {
        text += c;
        i++;
        continue;
      }
      CONVERSION.lastIndex = i;
      const m = CONVERSION.exec(format);
      if (!m) {
        ctx.stderr.write(`${prog}: %${format[i + 1] ?? ''}: invalid conversion specification\n`);
        ctx.stdout.write(text);
        return 1;
      }
      i = CONVERSION.lastIndex;
      if (m[4] === '%') {
        text += '%';
        continue;
      }
      const star = (s: string | undefined) => (s === '*' ? Math.trunc(toNumber(next() ?? '0')) : s === undefined || s === '' ? undefined : Number(s));
      const width = star(m[2]);
      const precision = m[3] === undefined ? undefined : star(m[3]) ?? 0;
      const arg = next();
      if (m[4] === 'b') {
        const r = unescape(arg ?? '', true);
        text += formatValue({ flags: m[1], width, precision, conv: 's' }, r.text);
        if (r.stop) stop = true;
        continue;
      }
      if ('diouxXfFeEgG'.includes(m[4]) && arg !== undefined && arg.trim() !== '' && !/^['"]/.test(arg) && !isNumeric(arg)) warnNumber(arg);
      text += formatValue({ flags: m[1], width, precision, conv: m[4] }, 'sc'.includes(m[4]) ? arg ?? '' : arg ?? '0');
    }
    used += consumed;
    if (stop || consumed === 0 || used >= rest.length) break;
    await ctx.checkpoint();
  }
  ctx.stdout.write(text);
  return status;
};

function isNumeric(s: string): boolean {
  return /^\s*[+-]?(\d+\.?\d*([eE][+-]?\d+)?|\.\d+|0[xX][0-9a-fA-F]+)\s*$/.test(s);
}
