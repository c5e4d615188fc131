// mkdir(1): -p makes parents and accepts existing folders, -m sets the mode.

import { errText } from './lib/io.ts';
import { parseOptions, usageError } from './lib/options.ts';
import type { Tool } from './lib/tool.ts';
import { parseMode } from './lib/mode.ts';

export const mkdir: Tool = async (ctx, f) => {
  const parsed = parseOptions(ctx, f, { short: 'pm:v', long: { parents: 'p', 'mode=': 'm', verbose: 'v' } });
  if (typeof parsed === 'number') return parsed;
  const { opts, operands } = parsed;
  if (operands.length === 0) return usageError(ctx, f, 'missing operand');
  const prog = f.prog(ctx);
  const modeText = opts.get('m');
  const mode = modeText === undefined ? 0o755 : parseMode(modeText, 0o777);
  if (mode === undefined) {
    ctx.stderr.write(f.kind === 'busybox' ? `${prog}: invalid mode '${modeText}'\n` : `${prog}: invalid mode ${f.quote(ctx, modeText!)}\n`);
    return 1;
  }
  let status = 0;
  for (const dir of operands) {
    try {
      ctx.fs.mkdir(ctx.resolve(dir), { recursive: opts.has('p'), mode }, ctx.cred);
      if (opts.has('v')) ctx.stdout.write(`${prog}: created directory ${f.quote(ctx, dir)}\n`);
    } catch (e) {
      ctx.stderr.write(`${prog}: ${f.kind === 'busybox' ? f.cannot('create directory', dir) : `cannot create directory ${f.quote(ctx, dir)}`}: ${errText(e)}\n`);
      status = 1;
    }
  }
  return status;
};
