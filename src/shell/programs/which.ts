// which(1): where each command is found on $PATH; -a lists every match. Silent and 1 when one
// is missing, as debianutils' and busybox's are.

import * as paths from '../../os/path.ts';
import type { Tool } from './lib/tool.ts';

export const which: Tool = async (ctx) => {
  let args = ctx.argv.slice(1);
  const all = args[0] === '-a';
  if (all) args = args.slice(1);
  if (args.length === 0) return 1;
  const dirs = (ctx.env.PATH ?? '').split(':');
  let status = 0;
  for (const name of args) {
    const found: string[] = [];
    const candidates = name.includes('/') ? [ctx.resolve(name)] : dirs.map((d) => paths.join(d === '' ? '.' : d, name));
    for (const c of candidates) {
      try {
        const st = ctx.fs.stat(ctx.resolve(c), ctx.cred);
        if (st.type === 'file' && ctx.fs.access(ctx.resolve(c), 'x', ctx.cred)) {
          found.push(name.includes('/') ? name : c);
          if (!all) break;
        }
      } catch {
        // Not here.
      }
    }
    if (found.length === 0) status = 1;
    ctx.stdout.write(found.map((p) => `${p}\n`).join(''));
  }
  return status;
};
