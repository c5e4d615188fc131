// ls(1): -l -a -A -1 -h -R -d -n -r -t -S -F, owners by name from /etc/passwd, a grid on a
// terminal and one name a line into a pipe, colours only on a terminal. Models coreutils
// src/ls.c; busybox differs in its long columns and error texts.

import * as paths from '../../os/path.ts';
import { Users } from '../../os/users.ts';
import { errText } from './lib/io.ts';
import { parseOptions } from './lib/options.ts';
import { terminalOf } from './lib/system.ts';
import type { Tool } from './lib/tool.ts';
import { blocks, gridLines, longLines, type Entry } from './ls-format.ts';

// dircolors' defaults (Ubuntu's LS_COLORS) and busybox's built-in table.
const COLOURS = { dir: '01;34', symlink: '01;36', exec: '01;32', device: '40;33;01', file: '' };
const BUSYBOX_COLOURS = { dir: '1;34', symlink: '1;36', exec: '1;32', device: '1;33', file: '0;0' };

export const ls: Tool = async (ctx, f) => {
  const parsed = parseOptions(ctx, f, {
    short: '1aAdhlnrRStFpCx',
    long: { all: 'a', 'almost-all': 'A', directory: 'd', 'human-readable': 'h', recursive: 'R', reverse: 'r', 'color=': 'color', color: 'color', classify: 'F' },
  });
  if (typeof parsed === 'number') return parsed;
  const { opts, operands } = parsed;
  const prog = f.prog(ctx);
  const terminal = terminalOf(ctx.stdout);
  const long = opts.has('l') || opts.has('n');
  const oneCol = !long && (opts.has('1') || (!terminal && !opts.has('C')));
  const colourMode = opts.get('color') ?? (f.kind === 'busybox' ? 'auto' : 'never');
  const colour = colourMode === 'always' || colourMode === '' || ((colourMode === 'auto' || colourMode === 'tty') && terminal !== undefined);
  const users = Users.load(ctx.fs);
  const showAll = opts.has('a');
  const almostAll = opts.has('A');
  let status = 0;
  let resetSent = false;

  const statEntry = (name: string, path: string, follow: boolean): Entry => {
    const lst = ctx.fs.lstat(path, ctx.cred);
    if (lst.type === 'symlink' && follow) {
      try {
        return { name, stats: ctx.fs.stat(path, ctx.cred) };
      } catch {
        // A dangling link is listed as the link.
      }
    }
    return { name, stats: lst, target: lst.type === 'symlink' && long ? ctx.fs.readlink(path, ctx.cred) : undefined };
  };
  // On a terminal coreutils quotes names a shell would split ('a b', "it's") and shifts the
  // others by a space so they line up; into a pipe names go out as they are.
  let quoting = false;
  const shellSafe = (name: string) => /^[A-Za-z0-9%+,\-./:=@_^~]*$/.test(name);
  const shown = (name: string): string => {
    if (!quoting) return name;
    if (shellSafe(name)) return ` ${name}`;
    return name.includes("'") ? `"${name.replace(/(["\\$`])/g, '\\$1')}"` : `'${name}'`;
  };
  const paint = (e: Entry): string => {
    let kind: keyof typeof COLOURS = 'file';
    if (e.stats.type === 'dir') kind = 'dir';
    else if (e.stats.type === 'symlink') kind = 'symlink';
    else if (e.stats.type === 'device') kind = 'device';
    else if ((e.stats.mode & 0o111) !== 0) kind = 'exec';
    const suffix = opts.has('F') ? (kind === 'dir' ? '/' : kind === 'exec' ? '*' : kind === 'symlink' && !long ? '@' : '') : opts.has('p') && kind === 'dir' ? '/' : '';
    const name = shown(e.name);
    if (!colour) return name + suffix;
    if (f.kind === 'busybox') return `\x1b[${BUSYBOX_COLOURS[kind]}m${name}\x1b[m${suffix}`;
    if (kind === 'file') return name + suffix;
    // coreutils resets the terminal's attributes once, before its first coloured name.
    const reset = resetSent ? '' : '\x1b[0m';
    resetSent = true;
    const lead = name.startsWith(' ') ? ' ' : '';
    return `${lead}${reset}\x1b[${COLOURS[kind]}m${name.slice(lead.length)}\x1b[0m${suffix}`;
  };
  const order = (entries: Entry[]): Entry[] => {
    const sorted = [...entries].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    if (opts.has('t')) sorted.sort((a, b) => b.stats.mtime - a.stats.mtime);
    if (opts.has('S')) sorted.sort((a, b) => b.stats.size - a.stats.size);
    return opts.has('r') ? sorted.reverse() : sorted;
  };
  const render = (entries: Entry[], withTotal: boolean, alignWith: Entry[] = []): string => {
    quoting = f.kind === 'coreutils' && terminal !== undefined && entries.some((e) => !shellSafe(e.name));
    if (entries.length === 0) return withTotal && long ? 'total 0\n' : '';
    if (long) {
      const total = withTotal ? `total ${entries.reduce((n, e) => n + blocks(e.stats), 0)}\n` : '';
      const lines = longLines(entries, {
        human: opts.has('h'), numeric: opts.has('n'), busybox: f.kind === 'busybox', now: ctx.now(),
        user: (uid) => users.userName(uid), group: (gid) => users.groupName(gid), name: paint,
      }, alignWith);
      return total + lines.map((l) => `${l}\n`).join('');
    }
    const shown = entries.map(paint);
    if (oneCol) return shown.map((s) => `${s}\n`).join('');
    const width = Number(ctx.env.COLUMNS) || terminal?.cols() || 80;
    const visible = entries.map((e, i) => shown[i].replace(/\x1b\[[0-9;]*m/g, '').length);
    return gridLines(shown, visible, width).map((l) => `${l}\n`).join('');
  };
  const listDir = (path: string): Entry[] => {
    const names = ctx.fs.readdir(path, ctx.cred).filter((n) => showAll || almostAll || !n.startsWith('.'));
    const entries = names.map((n) => statEntry(n, paths.join(path, n), false));
    if (showAll) entries.unshift(statEntry('.', path, true), statEntry('..', paths.join(path, '..'), true));
    return order(entries);
  };

  const targets = operands.length > 0 ? operands : ['.'];
  const files: Entry[] = [];
  const dirs: string[] = [];
  for (const t of targets) {
    try {
      const path = ctx.resolve(t);
      const e = statEntry(t, path, !long || t.endsWith('/'));
      if (e.stats.type === 'symlink' && !long && !opts.has('d')) {
        const target = statEntry(t, path, true);
        if (target.stats.type === 'dir') {
          dirs.push(t);
          continue;
        }
      }
      if (e.stats.type === 'dir' && !opts.has('d')) dirs.push(t);
      else files.push(e);
    } catch (e) {
      ctx.stderr.write(`${prog}: ${f.access(t)}: ${errText(e)}\n`);
      status = 2;
    }
  }
  // coreutils sizes the columns of the operand files by every operand, folders included.
  const dirEntries = f.kind === 'coreutils' ? dirs.map((d) => statEntry(d, ctx.resolve(d), true)) : [];
  let text = render(order(files), false, dirEntries);
  const headers = targets.length > 1 || opts.has('R');
  const queue = order(dirs.map((d) => ({ name: d, stats: ctx.fs.stat(ctx.resolve(d), ctx.cred) }))).map((e) => e.name);
  let first = files.length === 0;
  while (queue.length > 0) {
    const dir = queue.shift()!;
    await ctx.checkpoint();
    try {
      const entries = listDir(ctx.resolve(dir));
      text += `${first ? '' : '\n'}${headers ? `${dir}:\n` : ''}${render(entries, true)}`;
      if (opts.has('R')) {
        const subs = entries.filter((e) => e.stats.type === 'dir' && e.name !== '.' && e.name !== '..').map((e) => (dir.endsWith('/') ? dir + e.name : `${dir}/${e.name}`));
        queue.unshift(...subs);
      }
    } catch (e) {
      ctx.stderr.write(f.kind === 'busybox' ? `${prog}: can't open '${dir}': ${errText(e)}\n` : `${prog}: cannot open directory ${f.access(dir).slice('cannot access '.length)}: ${errText(e)}\n`);
      status = f.kind === 'busybox' ? 1 : 2;
    }
    first = false;
    if (text.length > 8192) {
      if (!ctx.stdout.write(text)) return status;
      text = '';
    }
  }
  ctx.stdout.write(text);
  return status === 2 && f.kind === 'busybox' ? 1 : status;
};
