// mv(1): renames within a filesystem; across mounts copies then removes, as mv does on EXDEV.

import * as paths from '../../os/path.ts';
import { isFsError } from '../../os/fs/errors.ts';
import { errText } from './lib/io.ts';
import { parseOptions, usageError } from './lib/options.ts';
import type { Tool } from './lib/tool.ts';
import { copyTree } from './cp.ts';

export const mv: Tool = async (ctx, f) => {
  const parsed = parseOptions(ctx, f, { short: 'fivnT', long: { force: 'f', verbose: 'v', 'no-clobber': 'n' } });
  if (typeof parsed === 'number') return parsed;
  const { opts, operands } = parsed;
  if (operands.length === 0) return usageError(ctx, f, 'missing file operand');
  if (operands.length === 1) return usageError(ctx, f, `missing destination file operand after '${operands[0]}'`);
  const prog = f.prog(ctx);
  const dest = operands[operands.length - 1];
  const sources = operands.slice(0, -1);
  const destPath = ctx.resolve(dest);
  const intoDir = ctx.fs.exists(destPath, ctx.cred) && ctx.fs.stat(destPath, ctx.cred).type === 'dir';
  if (sources.length > 1 && !intoDir) {
    ctx.stderr.write(f.kind === 'busybox' ? `${prog}: '${dest}' is not a directory\n` : `${prog}: target '${dest}' is not a directory\n`);
    return 1;
  }
  let status = 0;
  for (const src of sources) {
    const from = ctx.resolve(src);
    const to = intoDir ? paths.join(destPath, paths.basename(from)) : destPath;
    try {
      ctx.fs.lstat(from, ctx.cred);
    } catch (e) {
      ctx.stderr.write(`${prog}: ${f.kind === 'busybox' ? `can't rename '${src}'` : `cannot stat '${src}'`}: ${errText(e)}\n`);
      status = 1;
      continue;
    }
    if (from === to) {
      ctx.stderr.write(`${prog}: '${src}' and '${dest}' are the same file\n`);
      status = 1;
      continue;
    }
    if (opts.has('n') && ctx.fs.exists(to, ctx.cred)) continue;
    if ((to + '/').startsWith(from + '/') && f.kind === 'coreutils') {
      const shownTo = intoDir ? `${dest.replace(/\/$/, '')}/${paths.basename(from)}` : dest;
      ctx.stderr.write(`${prog}: cannot move '${src}' to a subdirectory of itself, '${shownTo}'\n`);
      status = 1;
      continue;
    }
    try {
      ctx.fs.rename(from, to, ctx.cred);
    } catch (e) {
      if (isFsError(e, 'EXDEV')) {
        if (await copyTree(ctx, f, from, to)) ctx.fs.remove(from, { recursive: true }, ctx.cred);
        else status = 1;
      } else {
        ctx.stderr.write(f.kind === 'busybox' ? `${prog}: can't rename '${src}': ${errText(e)}\n` : `${prog}: cannot move '${src}' to '${dest}': ${errText(e)}\n`);
        status = 1;
        continue;
      }
    }
    if (opts.has('v')) ctx.stdout.write(`renamed '${src}' -> '${dest}'\n`);
  }
  return status;
};
