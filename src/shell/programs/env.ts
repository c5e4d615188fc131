// env(1): prints the environment, or runs a command with NAME=VALUE pairs added (-i: only them).

import { parseOptions } from './lib/options.ts';
import type { Tool } from './lib/tool.ts';
import { execProgram } from './lib/exec.ts';

export const env: Tool = async (ctx, f) => {
  const parsed = parseOptions(ctx, f, { short: 'iu:0', long: { 'ignore-environment': 'i', 'unset=': 'u' }, permute: false });
  if (typeof parsed === 'number') return parsed;
  const { opts, operands } = parsed;
  const vars: Record<string, string> = opts.has('i') ? {} : { ...ctx.env };
  for (const name of opts.all('u')) delete vars[name];
  let i = 0;
  if (operands[0] === '-') {
    for (const k of Object.keys(vars)) delete vars[k];
    i++;
  }
  for (; i < operands.length && /^[^=]+=/.test(operands[i]); i++) {
    const eq = operands[i].indexOf('=');
    vars[operands[i].slice(0, eq)] = operands[i].slice(eq + 1);
  }
  if (i >= operands.length) {
    ctx.stdout.write(Object.entries(vars).map(([k, v]) => `${k}=${v}\n`).join(''));
    return 0;
  }
  return execProgram(ctx, f, operands.slice(i), { env: vars });
};
