// pwd(1): the working directory ($PWD when it names it, as -L does by default).

import type { Tool } from './lib/tool.ts';

export const pwd: Tool = async (ctx) => {
  const logical = ctx.env.PWD;
  const physical = ctx.argv.includes('-P');
  const dir = physical ? ctx.fs.realpath(ctx.cwd, ctx.cred) : logical && ctx.resolve(logical) === ctx.cwd ? logical : ctx.cwd;
  ctx.stdout.write(`${dir}\n`);
  return 0;
};
