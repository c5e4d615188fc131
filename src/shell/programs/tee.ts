// tee(1): copies stdin to stdout and to files (-a appends), as input arrives.

import { errText } from './lib/io.ts';
import { parseOptions } from './lib/options.ts';
import type { Tool } from './lib/tool.ts';

export const tee: Tool = async (ctx, f) => {
  const parsed = parseOptions(ctx, f, { short: 'ai', long: { append: 'a', 'ignore-interrupts': 'i' } });
  if (typeof parsed === 'number') return parsed;
  const { opts, operands } = parsed;
  let status = 0;
  const prog = f.prog(ctx);
  const files: string[] = [];
  for (const name of operands) {
    try {
      const path = ctx.resolve(name);
      if (!opts.has('a')) ctx.fs.writeFile(path, '', {}, ctx.cred);
      else ctx.fs.writeFile(path, '', { append: true }, ctx.cred);
      files.push(path);
    } catch (e) {
      ctx.stderr.write(`${prog}: ${name}: ${errText(e)}\n`);
      status = 1;
    }
  }
  if (opts.has('i')) ctx.onSignal('SIGINT', 'ignore');
  for (let c = await ctx.stdin.read(); c !== null; c = await ctx.stdin.read()) {
    ctx.stdout.write(c);
    for (const path of files) {
      try {
        ctx.fs.appendFile(path, c, ctx.cred);
      } catch {
        // Reported at open; a file removed meanwhile just stops receiving.
      }
    }
    await ctx.checkpoint();
  }
  return status;
};
