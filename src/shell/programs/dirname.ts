// dirname(1): a path less its last component.

import * as paths from '../../os/path.ts';
import { parseOptions, usageError } from './lib/options.ts';
import type { Tool } from './lib/tool.ts';

export const dirname: Tool = async (ctx, f) => {
  const parsed = parseOptions(ctx, f, { short: 'z' });
  if (typeof parsed === 'number') return parsed;
  if (parsed.operands.length === 0) return usageError(ctx, f, 'missing operand');
  const names = f.kind === 'busybox' ? parsed.operands.slice(0, 1) : parsed.operands;
  ctx.stdout.write(names.map((n) => `${paths.dirname(n)}\n`).join(''));
  return 0;
};
