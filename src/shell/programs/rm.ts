// rm(1): -r removes folders with their contents, -f ignores missing files and never asks.

import * as paths from '../../os/path.ts';
import type { ProcessContext } from '../../os/process/context.ts';
import type { Flavour } from './flavour.ts';
import { errText } from './lib/io.ts';
import { parseOptions, usageError } from './lib/options.ts';
import type { Tool } from './lib/tool.ts';

export const rm: Tool = async (ctx, f) => {
  const parsed = parseOptions(ctx, f, { short: 'rRfidv', long: { recursive: 'r', force: 'f', dir: 'd', verbose: 'v' } });
  if (typeof parsed === 'number') return parsed;
  const { opts, operands } = parsed;
  const force = opts.has('f');
  if (operands.length === 0) return force ? 0 : usageError(ctx, f, 'missing operand');
  const recursive = opts.has('r') || opts.has('R');
  const prog = f.prog(ctx);
  let status = 0;
  for (const name of operands) {
    const base = paths.basename(name);
    if (base === '.' || base === '..') {
      ctx.stderr.write(f.kind === 'busybox' ? `${prog}: can't remove '.' or '..'\n` : `${prog}: refusing to remove '.' or '..' directory: skipping '${name}'\n`);
      status = 1;
      continue;
    }
    const path = ctx.resolve(name);
    if (path === '/') {
      ctx.stderr.write(f.kind === 'busybox' ? `${prog}: can't remove '/'\n` : `${prog}: it is dangerous to operate recursively on '/'\n${prog}: use --no-preserve-root to override this failsafe\n`);
      status = 1;
      continue;
    }
    try {
      const st = ctx.fs.lstat(path, ctx.cred);
      if (st.type === 'dir' && !recursive && !opts.has('d')) {
        ctx.stderr.write(f.kind === 'busybox' ? `${prog}: '${name}' is a directory\n` : `${prog}: cannot remove '${name}': Is a directory\n`);
        status = 1;
        continue;
      }
    } catch (e) {
      if (!force) {
        ctx.stderr.write(`${prog}: ${f.cannot('remove', name)}: ${errText(e)}\n`);
        status = 1;
      }
      continue;
    }
    if (!(await removeTree(ctx, f, path, name, opts.has('v')))) status = 1;
  }
  return status;
};

/** Depth first, reporting each failure as rm does and carrying on with the rest. */
async function removeTree(ctx: ProcessContext, f: Flavour, path: string, shown: string, verbose: boolean): Promise<boolean> {
  const prog = f.prog(ctx);
  await ctx.checkpoint();
  let ok = true;
  try {
    if (ctx.fs.lstat(path, ctx.cred).type === 'dir') {
      for (const child of ctx.fs.readdir(path, ctx.cred)) {
        if (!(await removeTree(ctx, f, paths.join(path, child), `${shown.replace(/\/$/, '')}/${child}`, verbose))) ok = false;
      }
      if (ok) ctx.fs.rmdir(path, ctx.cred);
    } else ctx.fs.unlink(path, ctx.cred);
    if (ok && verbose) ctx.stdout.write(`removed ${f.kind === 'busybox' ? `'${shown}'` : `'${shown}'`}\n`);
  } catch (e) {
    ctx.stderr.write(`${prog}: ${f.cannot('remove', shown)}: ${errText(e)}\n`);
    return false;
  }
  return ok;
}
