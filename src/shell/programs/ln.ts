// ln(1): -s symbolic links (the course's common case); hard links are copies that keep in step
// only at creation, since the filesystem has no shared inodes across names.

import * as paths from '../../os/path.ts';
import { errText } from './lib/io.ts';
import { parseOptions, usageError } from './lib/options.ts';
import type { Tool } from './lib/tool.ts';

export const ln: Tool = async (ctx, f) => {
  const parsed = parseOptions(ctx, f, { short: 'sfnvT', long: { symbolic: 's', force: 'f', 'no-dereference': 'n', verbose: 'v' } });
  if (typeof parsed === 'number') return parsed;
  const { opts, operands } = parsed;
  if (operands.length === 0) return usageError(ctx, f, 'missing file operand');
  const prog = f.prog(ctx);
  const targets = operands.length === 1 ? operands : operands.slice(0, -1);
  const dest = operands.length === 1 ? '.' : operands[operands.length - 1];
  const destPath = ctx.resolve(dest);
  const intoDir = operands.length === 1 || (ctx.fs.exists(destPath, ctx.cred) && ctx.fs.stat(destPath, ctx.cred).type === 'dir' && !(opts.has('n') && ctx.fs.lstat(destPath, ctx.cred).type === 'symlink'));
  let status = 0;
  for (const target of targets) {
    const link = intoDir ? paths.join(destPath, paths.basename(target)) : destPath;
    const shown = intoDir ? (dest === '.' ? paths.basename(target) : `${dest.replace(/\/$/, '')}/${paths.basename(target)}`) : dest;
    try {
      if (!opts.has('s')) ctx.fs.stat(ctx.resolve(target), ctx.cred);
    } catch (e) {
      ctx.stderr.write(f.kind === 'busybox' ? `${prog}: ${target}: ${errText(e)}\n` : `${prog}: failed to access '${target}': ${errText(e)}\n`);
      status = 1;
      continue;
    }
    try {
      if (opts.has('f')) {
        try {
          ctx.fs.unlink(link, ctx.cred);
        } catch {
          // Nothing to replace.
        }
      }
      if (opts.has('s')) ctx.fs.symlink(target, link, ctx.cred);
      else {
        const st = ctx.fs.stat(ctx.resolve(target), ctx.cred);
        if (st.type === 'dir') {
          ctx.stderr.write(`${prog}: ${f.kind === 'busybox' ? target : `'${target}'`}: hard link not allowed for directory\n`);
          status = 1;
          continue;
        }
        if (ctx.fs.exists(link, ctx.cred)) throw Object.assign(new Error('File exists'), { code: 'EEXIST' });
        ctx.fs.writeFile(link, ctx.fs.readFile(ctx.resolve(target), ctx.cred), { mode: st.mode & 0o7777 }, ctx.cred);
      }
      if (opts.has('v')) ctx.stdout.write(`'${shown}' -> '${target}'\n`);
    } catch (e) {
      const kind = opts.has('s') ? 'symbolic link' : 'hard link';
      ctx.stderr.write(f.kind === 'busybox' ? `${prog}: ${shown}: ${errText(e)}\n` : `${prog}: failed to create ${kind} '${shown}'${opts.has('s') ? '' : ` => '${target}'`}: ${errText(e)}\n`);
      status = 1;
    }
  }
  return status;
};
