// echo(1) as coreutils and busybox build it: -n drops the newline, -e reads escapes, -E not.

import { unescape } from './lib/format.ts';
import type { Tool } from './lib/tool.ts';

export const echo: Tool = async (ctx) => {
  const argv = ctx.argv;
  let newline = true;
  let escapes = false;
  let i = 1;
  for (; i < argv.length && /^-[neE]+$/.test(argv[i]); i++) {
    for (const c of argv[i].slice(1)) {
      if (c === 'n') newline = false;
      else escapes = c === 'e';
    }
  }
  let text = argv.slice(i).join(' ');
  if (escapes) {
    const r = unescape(text, true);
    text = r.text;
    if (r.stop) newline = false;
  }
  ctx.stdout.write(newline ? `${text}\n` : text);
  return 0;
};
