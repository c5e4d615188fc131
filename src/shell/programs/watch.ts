// watch(1): reruns a command every -n seconds on the virtual clock, with procps' header, until
// Ctrl-C. The screen is redrawn by clearing it first, as watch does on a terminal.

import { execProgram } from './lib/exec.ts';
import { parseOptions } from './lib/options.ts';
import { strftime } from './lib/dates.ts';
import type { Tool } from './lib/tool.ts';

export const watch: Tool = async (ctx, f) => {
  const parsed = parseOptions(ctx, f, { short: 'n:tx', long: { 'interval=': 'n', 'no-title': 't', exec: 'x' }, permute: false });
  if (typeof parsed === 'number') return parsed;
  const { opts, operands } = parsed;
  const prog = f.prog(ctx);
  if (operands.length === 0) {
    ctx.stderr.write(f.kind === 'busybox' ? f.usage(prog) : `\nUsage:\n ${prog} [options] command\n`);
    return 1;
  }
  const interval = Math.max(0.1, Number(opts.get('n') ?? 2));
  if (Number.isNaN(interval)) {
    ctx.stderr.write(`${prog}: failed to parse argument: '${opts.get('n')}'\n`);
    return 1;
  }
  const command = operands.join(' ');
  const argv = opts.has('x') ? operands : ['sh', '-c', command];
  for (;;) {
    let screen = '\x1b[H\x1b[2J';
    if (!opts.has('t')) {
      const left = f.kind === 'busybox' ? `Every ${interval}s: ${command}` : `Every ${interval.toFixed(1)}s: ${command}`;
      const right = f.kind === 'busybox' ? strftime('%Y-%m-%d %H:%M:%S', ctx.now()) : `${ctx.hostname}: ${strftime('%a %b %e %H:%M:%S %Y', ctx.now())}`;
      const cols = Number(ctx.env.COLUMNS) || 80;
      screen += `${left}${' '.repeat(Math.max(1, cols - left.length - right.length))}${right}\n\n`;
    }
    if (!ctx.stdout.write(screen)) return 1;
    await execProgram(ctx, f, argv);
    await ctx.sleep(interval * 1000);
  }
};
