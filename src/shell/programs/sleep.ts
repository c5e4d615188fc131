// sleep(1) on the virtual clock. GNU takes fractions and suffixes (1.5, 2m, 1h) and adds up
// several operands; busybox here is built with the same fancy-sleep option.

import { printHelp, usageError } from './lib/options.ts';
import type { Tool } from './lib/tool.ts';

const UNIT: Record<string, number> = { '': 1, s: 1, m: 60, h: 3600, d: 86400 };

/** Seconds an operand stands for, or undefined when it is not a time interval. */
export function parseInterval(s: string): number | undefined {
  const m = /^(\d+\.?\d*|\.\d+|inf(inity)?)([smhd]?)$/i.exec(s);
  if (!m) return undefined;
  const n = /^inf/i.test(m[1]) ? Infinity : Number(m[1]);
  return n * UNIT[m[3].toLowerCase()];
}

export const sleep: Tool = async (ctx, f) => {
  if (printHelp(ctx, f)) return 0;
  const args = ctx.argv.slice(1).filter((a) => a !== '--');
  if (args.length === 0) return usageError(ctx, f, 'missing operand');
  let total = 0;
  for (const a of args) {
    const s = parseInterval(a);
    if (s === undefined) {
      const prog = f.prog(ctx);
      if (f.kind === 'busybox') ctx.stderr.write(`${prog}: invalid number '${a}'\n`);
      else ctx.stderr.write(`${prog}: invalid time interval ${f.quote(ctx, a)}\n${f.usage(prog)}`);
      return 1;
    }
    total += s;
  }
  // An "infinite" sleep is a very long timer: the clock never reaches it, Ctrl-C still ends it.
  await ctx.sleep(Number.isFinite(total) ? Math.round(total * 1000) : 2 ** 52);
  return 0;
};
