// stat(1): the default report (File, Size, Blocks, Access, Modify…) and -c FORMAT with the
// common sequences (%n %s %a %A %U %G %u %g %F %y %Y).

import { formatMode } from '../../os/fs/mode.ts';
import type { Stats } from '../../os/fs/file-system.ts';
import { Users } from '../../os/users.ts';
import { errText } from './lib/io.ts';
import { parseOptions, usageError } from './lib/options.ts';
import type { Tool } from './lib/tool.ts';
import { blocks } from './ls-format.ts';

const TYPE: Record<string, string> = { file: 'regular file', dir: 'directory', symlink: 'symbolic link', device: 'character special file' };

function stamp(ms: number): string {
  const iso = new Date(ms).toISOString();
  return `${iso.slice(0, 10)} ${iso.slice(11, 19)}.${String(ms % 1000).padStart(3, '0')}000000 +0000`;
}

export const stat: Tool = async (ctx, f) => {
  const parsed = parseOptions(ctx, f, { short: 'c:Lft', long: { 'format=': 'c', 'printf=': 'c', dereference: 'L' } });
  if (typeof parsed === 'number') return parsed;
  const { opts, operands } = parsed;
  if (operands.length === 0) return usageError(ctx, f, 'missing operand');
  const prog = f.prog(ctx);
  const users = Users.load(ctx.fs);
  let status = 0;
  for (const name of operands) {
    let st: Stats;
    try {
      st = opts.has('L') ? ctx.fs.stat(ctx.resolve(name), ctx.cred) : ctx.fs.lstat(ctx.resolve(name), ctx.cred);
    } catch (e) {
      ctx.stderr.write(`${prog}: ${f.kind === 'busybox' ? `can't stat '${name}'` : `cannot statx '${name}'`}: ${errText(e)}\n`);
      status = 1;
      continue;
    }
    const fmt = opts.get('c');
    if (fmt !== undefined) {
      const conv: Record<string, () => string> = {
        n: () => name, s: () => String(st.size), a: () => (st.mode & 0o7777).toString(8), A: () => formatMode(st.mode),
        U: () => users.userName(st.uid), G: () => users.groupName(st.gid), u: () => String(st.uid), g: () => String(st.gid),
        F: () => (st.type === 'file' && st.size === 0 ? 'regular empty file' : TYPE[st.type]), y: () => stamp(st.mtime),
        Y: () => String(Math.floor(st.mtime / 1000)), i: () => String(st.ino), h: () => String(st.nlink), b: () => String(blocks(st) * 2),
        '%': () => '%',
      };
      ctx.stdout.write(`${fmt.replace(/%(.)/g, (all, c: string) => conv[c]?.() ?? all)}\n`);
      continue;
    }
    const link = st.type === 'symlink' ? ` -> ${ctx.fs.readlink(ctx.resolve(name), ctx.cred)}` : '';
    const type = st.type === 'file' && st.size === 0 ? 'regular empty file' : TYPE[st.type];
    const perm = (st.mode & 0o7777).toString(8).padStart(4, '0');
    const when = stamp(st.mtime);
    ctx.stdout.write(
      `  File: ${name}${link}\n` +
      `  Size: ${String(st.size).padEnd(10)}\tBlocks: ${String(blocks(st) * 2).padEnd(10)} IO Block: 4096   ${type}\n` +
      `Device: ${f.kind === 'busybox' ? '800h/2048d' : '8,0'}\tInode: ${String(st.ino).padEnd(11)} Links: ${st.nlink}\n` +
      `Access: (${perm}/${formatMode(st.mode)})  Uid: (${String(st.uid).padStart(5)}/${users.userName(st.uid).padStart(8)})   Gid: (${String(st.gid).padStart(5)}/${users.groupName(st.gid).padStart(8)})\n` +
      `Access: ${when}\nModify: ${when}\nChange: ${when}\n` + (f.kind === 'busybox' ? '' : ` Birth: ${when}\n`),
    );
  }
  return status;
};
