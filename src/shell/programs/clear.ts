// clear(1): the terminfo sequences for xterm-256color (home, erase screen, erase scrollback).

import type { Tool } from './lib/tool.ts';

export const clear: Tool = async (ctx, f) => {
  ctx.stdout.write(f.kind === 'busybox' ? '\x1b[H\x1b[J' : '\x1b[H\x1b[2J\x1b[3J');
  return 0;
};
