// rmdir(1): removes empty folders (-p: and their parents).

import * as paths from '../../os/path.ts';
import { errText } from './lib/io.ts';
import { parseOptions, usageError } from './lib/options.ts';
import type { Tool } from './lib/tool.ts';

export const rmdir: Tool = async (ctx, f) => {
  const parsed = parseOptions(ctx, f, { short: 'pv', long: { parents: 'p', 'ignore-fail-on-non-empty': 'ignore' } });
  if (typeof parsed === 'number') return parsed;
  if (parsed.operands.length === 0) return usageError(ctx, f, 'missing operand');
  const prog = f.prog(ctx);
  let status = 0;
  for (const dir of parsed.operands) {
    let at = dir;
    for (;;) {
      try {
        ctx.fs.rmdir(ctx.resolve(at), ctx.cred);
      } catch (e) {
        if (!(parsed.opts.has('ignore') && errText(e) === 'Directory not empty')) {
          ctx.stderr.write(f.kind === 'busybox' ? `${prog}: '${at}': ${errText(e)}\n` : `${prog}: failed to remove '${at}': ${errText(e)}\n`);
          status = 1;
        }
        break;
      }
      if (!parsed.opts.has('p')) break;
      at = paths.dirname(at);
      if (at === '.' || at === '/') break;
    }
  }
  return status;
};
