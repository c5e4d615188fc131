// cp(1): files, or folders with -r; into a folder when the last operand is one.

import * as paths from '../../os/path.ts';
import type { ProcessContext } from '../../os/process/context.ts';
import type { Flavour } from './flavour.ts';
import { errText } from './lib/io.ts';
import { parseOptions, usageError } from './lib/options.ts';
import type { Tool } from './lib/tool.ts';

export const cp: Tool = async (ctx, f) => {
  const parsed = parseOptions(ctx, f, { short: 'rRapfivnPLd', long: { recursive: 'r', archive: 'a', force: 'f', verbose: 'v', 'no-clobber': 'n' } });
  if (typeof parsed === 'number') return parsed;
  const { opts, operands } = parsed;
  if (operands.length === 0) return usageError(ctx, f, 'missing file operand');
  if (operands.length === 1) return usageError(ctx, f, `missing destination file operand after '${operands[0]}'`);
  const recursive = opts.has('r') || opts.has('R') || opts.has('a');
  const prog = f.prog(ctx);
  const dest = operands[operands.length - 1];
  const sources = operands.slice(0, -1);
  const destPath = ctx.resolve(dest);
  const intoDir = ctx.fs.exists(destPath, ctx.cred) && ctx.fs.stat(destPath, ctx.cred).type === 'dir';
  // busybox goes ahead into a missing folder and fails on each file; coreutils stops first.
  const missingDir = f.kind === 'busybox' && sources.length > 1 && !ctx.fs.exists(destPath, ctx.cred);
  if (sources.length > 1 && !intoDir && !missingDir) {
    const missing = !ctx.fs.exists(destPath, ctx.cred);
    ctx.stderr.write(f.kind === 'busybox' ? `${prog}: '${dest}' is not a directory\n` : `${prog}: target '${dest}'${missing ? ': No such file or directory' : ' is not a directory'}\n`);
    return 1;
  }
  let status = 0;
  for (const src of sources) {
    const from = ctx.resolve(src);
    const into = intoDir || missingDir;
    const to = into ? paths.join(destPath, paths.basename(from)) : destPath;
    const shownTo = into ? `${dest.replace(/\/$/, '')}/${paths.basename(from)}` : dest;
    try {
      const st = ctx.fs.stat(from, ctx.cred);
      if (st.type === 'dir' && !recursive) {
        ctx.stderr.write(f.kind === 'busybox' ? `${prog}: omitting directory '${src}'\n` : `${prog}: -r not specified; omitting directory '${src}'\n`);
        status = 1;
        continue;
      }
      if (from === to || (st.type === 'dir' && (to + '/').startsWith(from + '/'))) {
        ctx.stderr.write(st.type === 'dir' ? `${prog}: cannot copy a directory, '${src}', into itself, '${dest}'\n` : `${prog}: '${src}' and '${dest}' are the same file\n`);
        status = 1;
        continue;
      }
    } catch (e) {
      ctx.stderr.write(`${prog}: ${f.cannot('stat', src)}: ${errText(e)}\n`);
      status = 1;
      continue;
    }
    if (!(await copyTree(ctx, f, from, to, opts.has('n'), opts.has('a') || opts.has('p'), shownTo))) status = 1;
    if (opts.has('v')) ctx.stdout.write(`'${src}' -> '${intoDir ? `${dest.replace(/\/$/, '')}/${paths.basename(from)}` : dest}'\n`);
  }
  return status;
};

/** Copies a file or folder; folders merge into an existing one, as cp -r does. */
export async function copyTree(ctx: ProcessContext, f: Flavour, from: string, to: string, noClobber = false, preserve = false, shownTo = to): Promise<boolean> {
  await ctx.checkpoint();
  const prog = f.prog(ctx);
  try {
    const st = ctx.fs.stat(from, ctx.cred);
    if (st.type === 'dir') {
      if (!ctx.fs.exists(to, ctx.cred)) ctx.fs.mkdir(to, { mode: st.mode & 0o7777 }, ctx.cred);
      let ok = true;
      for (const name of ctx.fs.readdir(from, ctx.cred)) {
        if (!(await copyTree(ctx, f, paths.join(from, name), paths.join(to, name), noClobber, preserve, `${shownTo}/${name}`))) ok = false;
      }
      return ok;
    }
    if (noClobber && ctx.fs.exists(to, ctx.cred)) return true;
    const existed = ctx.fs.exists(to, ctx.cred);
    ctx.fs.writeFile(to, ctx.fs.readFile(from, ctx.cred), { mode: st.mode & 0o777 }, ctx.cred);
    if (preserve) {
      ctx.fs.utimes(to, st.mtime, ctx.cred);
      if (!existed) ctx.fs.chmod(to, st.mode & 0o7777, ctx.cred);
    }
    return true;
  } catch (e) {
    ctx.stderr.write(`${prog}: ${f.kind === 'busybox' ? `can't create '${shownTo}'` : `cannot create regular file '${shownTo}'`}: ${errText(e)}\n`);
    return false;
  }
}
