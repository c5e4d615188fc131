// cat(1): copies files (or stdin, or `-`, or a device) to stdout as input arrives; -n numbers lines,
// -b numbers non-empty ones, -E marks line ends with '$'.

import { openInput } from './lib/input.ts';
import { errText, isDirRead, out } from './lib/io.ts';
import { parseOptions } from './lib/options.ts';
import type { Tool } from './lib/tool.ts';

export const cat: Tool = async (ctx, f) => {
  const parsed = parseOptions(ctx, f, { short: 'nbEAsuv', long: { number: 'n', 'number-nonblank': 'b', 'show-ends': 'E' } });
  if (typeof parsed === 'number') return parsed;
  const { opts, operands } = parsed;
  const numberAll = opts.has('n');
  const numberNonBlank = opts.has('b');
  const ends = opts.has('E') || opts.has('A');
  const plain = !numberAll && !numberNonBlank && !ends;
  let lineNo = 0;
  let atLineStart = true;
  const decorate = (chunk: string): string => {
    if (plain) return chunk;
    let s = '';
    for (const part of chunk.split(/(?<=\n)/)) {
      const blank = part === '\n';
      if (atLineStart && (numberAll || (numberNonBlank && !blank))) s += `${String(++lineNo).padStart(6)}\t`;
      s += ends && part.endsWith('\n') ? `${part.slice(0, -1)}$\n` : part;
      atLineStart = part.endsWith('\n');
    }
    return s;
  };
  let status = 0;
  for (const name of operands.length > 0 ? operands : ['-']) {
    try {
      // Devices stream too: `cat /dev/zero` runs until Ctrl-C or a broken pipe ends it.
      const input = openInput(ctx, name);
      for (let c = await input.read(); c !== null; c = await input.read()) {
        if (!out(ctx, decorate(c))) return 1;
        await ctx.checkpoint();
      }
    } catch (e) {
      const what = f.kind === 'busybox' && isDirRead(e) ? 'read error' : f.open(name);
      ctx.stderr.write(`${f.prog(ctx)}: ${what}: ${errText(e)}\n`);
      status = 1;
    }
    await ctx.checkpoint();
  }
  return status;
};
