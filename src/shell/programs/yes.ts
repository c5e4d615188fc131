// yes(1): repeats a line until nobody reads it (`yes | head -1` ends on the broken pipe).

import type { Tool } from './lib/tool.ts';

export const yes: Tool = async (ctx) => {
  const line = `${ctx.argv.length > 1 ? ctx.argv.slice(1).join(' ') : 'y'}\n`;
  // Batches as glibc's stdio buffer would, so a pipe reader gets chunks, not single lines.
  const chunk = line.repeat(Math.max(1, Math.floor(1024 / line.length)));
  for (;;) {
    if (!ctx.stdout.write(chunk)) return 1;
    await ctx.checkpoint();
  }
};
