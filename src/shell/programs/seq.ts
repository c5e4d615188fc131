// seq(1): FIRST [INCREMENT] LAST, with -s separator and -w equal width; the output uses as
// many decimals as the operands do.

import { parseOptions, printHelp, usageError } from './lib/options.ts';
import type { Tool } from './lib/tool.ts';

export const seq: Tool = async (ctx, f) => {
  if (printHelp(ctx, f)) return 0;
  const args = ctx.argv.slice(1);
  // A negative number is an operand, not an option.
  const firstNumber = f.kind === 'coreutils' ? args.findIndex((a) => /^-\d/.test(a)) : -1;
  const parsed = parseOptions(ctx, f, { short: 's:wf:', long: { 'separator=': 's', 'equal-width': 'w' }, permute: false }, firstNumber < 0 ? args : args.slice(0, firstNumber));
  if (typeof parsed === 'number') return parsed;
  const operands = firstNumber < 0 ? parsed.operands : [...parsed.operands, ...args.slice(firstNumber)];
  if (operands.length === 0 || operands.length > 3) {
    return usageError(ctx, f, operands.length === 0 ? 'missing operand' : `extra operand '${operands[3]}'`);
  }
  for (const o of operands) {
    if (!/^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/.test(o)) {
      const prog = f.prog(ctx);
      if (f.kind === 'busybox') ctx.stderr.write(f.usage(prog));
      else ctx.stderr.write(`${prog}: invalid floating point argument: ${f.quote(ctx, o)}\n${f.usage(prog)}`);
      return 1;
    }
  }
  const nums = operands.map(Number);
  const [first, step, last] = nums.length === 1 ? [1, 1, nums[0]] : nums.length === 2 ? [nums[0], 1, nums[1]] : nums;
  const decimals = Math.max(...(nums.length === 3 ? [operands[0], operands[1]] : operands.slice(0, 1)).map((o) => (o.split('.')[1] ?? '').length));
  const sep = parsed.opts.get('s') ?? '\n';
  const format = (n: number) => n.toFixed(decimals);
  const width = parsed.opts.has('w') ? Math.max(format(first).length, format(last).length) : 0;
  if (step === 0) return 0;
  let text = '';
  let count = 0;
  for (let i = 0; ; i++) {
    const v = first + i * step;
    if (step > 0 ? v > last + 1e-10 : v < last - 1e-10) break;
    const s = format(v);
    text += (count++ > 0 ? sep : '') + (v < 0 ? '-' + s.slice(1).padStart(width - 1, '0') : s.padStart(width, '0'));
    if (text.length > 4096) {
      if (!ctx.stdout.write(text)) return 1;
      text = '';
      await ctx.checkpoint();
    }
  }
  ctx.stdout.write(count > 0 ? `${text}\n` : text);
  return 0;
};
