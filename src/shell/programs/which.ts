// which(1): where each command is found on $PATH; -a lists every match. Silent and 1 when one
// is missing, as debianutils' and busybox's are.

import { checkExecutable, pathCandidates } from '../../os/command-lookup.ts';
import type { Tool } from './lib/tool.ts';

export const which: Tool = async (ctx) => {
  let args = ctx.argv.slice(1);
  const all = args[0] === '-a';
  if (all) args = args.slice(1);
  if (args.length === 0) return 1;
  const pathVar = ctx.env.PATH ?? '';
  let status = 0;
  for (const name of args) {
    const found: string[] = [];
    const candidates = name.includes('/') ? [name] : pathCandidates(name, pathVar);
    for (const c of candidates) {
      if (checkExecutable(ctx.fs, ctx.cred, ctx.resolve(c)).ok) {
        found.push(c);
        if (!all) break;
      }
    }
    if (found.length === 0) status = 1;
    ctx.stdout.write(found.map((p) => `${p}\n`).join(''));
  }
  return status;
};
