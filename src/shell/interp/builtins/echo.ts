// `echo [-neE] args`: bash's builtin (escapes only with -e), which busybox's matches.

import type { Builtin } from './types.ts';
import { unescape } from './escapes.ts';

export const echo: Builtin = (_sh, argv, io) => {
  let newline = true;
  let escapes = false;
  let i = 1;
  for (; i < argv.length; i++) {
    const a = argv[i];
    if (!/^-[neE]+$/.test(a)) break;
    for (const f of a.slice(1)) {
      if (f === 'n') newline = false;
      else if (f === 'e') escapes = true;
      else escapes = false;
    }
  }
  let text = argv.slice(i).join(' ');
  if (escapes) {
    const r = unescape(text, true);
    text = r.text;
    if (r.stop) newline = false;
  }
  io.stdout.write(newline ? text + '\n' : text);
  return 0;
};
