// chmod(1): octal or symbolic modes, -R through folders.

import * as paths from '../../os/path.ts';
import type { ProcessContext } from '../../os/process/context.ts';
import { errText } from './lib/io.ts';
import { parseMode } from './lib/mode.ts';
import { printHelp, usageError } from './lib/options.ts';
import type { Tool } from './lib/tool.ts';

export const chmod: Tool = async (ctx, f) => {
  if (printHelp(ctx, f)) return 0;
  // A mode like -x or -w is an operand, not an option.
  const args = ctx.argv.slice(1);
  const recursive = args[0] === '-R' || args[0] === '-r';
  const rest = recursive ? args.slice(1) : args;
  if (rest.length < 2) return usageError(ctx, f, rest.length === 0 ? 'missing operand' : `missing operand after ${f.quote(ctx, rest[0])}`);
  const [spec, ...files] = rest;
  const prog = f.prog(ctx);
  if (parseMode(spec, 0) === undefined) {
    ctx.stderr.write(f.kind === 'busybox' ? `${prog}: invalid mode '${spec}'\n` : `${prog}: invalid mode: ${f.quote(ctx, spec)}\n${f.usage(prog)}`);
    return 1;
  }
  let status = 0;
  const apply = async (c: ProcessContext, path: string, shown: string): Promise<void> => {
    await c.checkpoint();
    try {
      const st = c.fs.stat(path, c.cred);
      c.fs.chmod(path, parseMode(spec, st.mode, st.type === 'dir')!, c.cred);
      if (recursive && st.type === 'dir') for (const n of c.fs.readdir(path, c.cred)) await apply(c, paths.join(path, n), `${shown}/${n}`);
    } catch (e) {
      const what = errText(e) === 'Operation not permitted' ? (f.kind === 'busybox' ? shown : `changing permissions of '${shown}'`) : f.access(shown);
      c.stderr.write(`${prog}: ${what}: ${errText(e)}\n`);
      status = 1;
    }
  };
  for (const file of files) await apply(ctx, ctx.resolve(file), file);
  return status;
};
