// `cd [dir|-]` and `pwd`: the shell's own working directory, checked against the filesystem.

import { isFsError } from '../../../os/fs/errors.ts';
import { resolve as resolvePath } from '../../../os/path.ts';
import type { Builtin } from './types.ts';
import { fail } from './types.ts';

export const cd: Builtin = (sh, argv, io) => {
  const args = argv.slice(1).filter((a) => a !== '-L' && a !== '-P');
  if (args.length > 1 && sh.opts.voice.flavour === 'bash') return fail(sh, io, 'cd', 'too many arguments');
  let dir: string | undefined = args[0];
  let print = false;
  if (dir === undefined) {
    dir = sh.state.get('HOME');
    if (dir === undefined) return fail(sh, io, 'cd', 'HOME not set');
  } else if (dir === '-') {
    dir = sh.state.get('OLDPWD');
    if (dir === undefined) return fail(sh, io, 'cd', 'OLDPWD not set');
    print = true;
  }
  const target = resolvePath(sh.state.cwd, dir!);
  const { fs, cred } = sh.ctx;
  let why: string | undefined;
  try {
    const st = fs.stat(target, cred);
    if (st.type !== 'dir') why = 'Not a directory';
    else if (!fs.access(target, 'x', cred)) why = 'Permission denied';
  } catch (e) {
    if (!isFsError(e)) throw e;
    why = e.message;
  }
  if (why) {
    return sh.opts.voice.flavour === 'busybox' ? fail(sh, io, 'cd', `can't cd to ${dir}: ${why}`, 2) : fail(sh, io, 'cd', `${dir}: ${why}`);
  }
  sh.state.set('OLDPWD', sh.state.cwd);
  sh.state.cwd = target;
  // The process's own working directory follows (what Tab completion and /proc see), except in
  // a subshell that shares the process.
  if (!sh.isSubshell) sh.ctx.cwd = target;
  sh.state.set('PWD', target);
  if (print) io.stdout.write(target + '\n');
  return 0;
};

export const pwd: Builtin = (sh, _argv, io) => {
  io.stdout.write(sh.state.cwd + '\n');
  return 0;
};
