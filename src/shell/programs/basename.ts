// basename(1): the last component of a path, less an optional suffix.

import * as paths from '../../os/path.ts';
import { parseOptions, usageError } from './lib/options.ts';
import type { Tool } from './lib/tool.ts';

export const basename: Tool = async (ctx, f) => {
  const parsed = parseOptions(ctx, f, { short: 'as:z', long: { multiple: 'a', 'suffix=': 's' } });
  if (typeof parsed === 'number') return parsed;
  const { opts, operands } = parsed;
  if (operands.length === 0) return usageError(ctx, f, 'missing operand');
  const multiple = opts.has('a') || opts.has('s');
  if (!multiple && operands.length > 2) return usageError(ctx, f, `extra operand '${operands[2]}'`);
  const suffix = opts.get('s') ?? (multiple ? undefined : operands[1]);
  const names = multiple ? operands : [operands[0]];
  ctx.stdout.write(names.map((n) => `${paths.basename(n, suffix)}\n`).join(''));
  return 0;
};
