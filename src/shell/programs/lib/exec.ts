// Running another program from a program (env, xargs, find -exec, watch): look the name up
// on $PATH in the process's filesystem, read what the executable file names (a built-in
// binary or a `#!` script), and start it as a child that shares our streams.

import { binaryName, interpreterLine } from '../../../os/exec.ts';
import { FsError } from '../../../os/fs/errors.ts';
import * as paths from '../../../os/path.ts';
import type { Program, ProcessContext, SpawnOptions } from '../../../os/process/context.ts';
import type { Flavour } from '../flavour.ts';
import { errText } from './io.ts';
import { systemOf } from './system.ts';

/** The path `name` runs from: itself when it has a '/', else the first executable on PATH. */
export function findExecutable(ctx: ProcessContext, name: string, pathVar = ctx.env.PATH ?? '/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin'): string | undefined {
  if (name.includes('/')) return ctx.fs.exists(ctx.resolve(name), ctx.cred) ? ctx.resolve(name) : undefined;
  for (const dir of pathVar.split(':')) {
    const full = paths.join(dir === '' ? ctx.cwd : ctx.resolve(dir), name);
    try {
      const st = ctx.fs.stat(full, ctx.cred);
      if (st.type === 'file' && ctx.fs.access(full, 'x', ctx.cred)) return full;
    } catch {
      // Not in this folder.
    }
  }
  return undefined;
}

/** The built-in program and argv a file runs as; throws FsError like execve(2). */
export function loadExecutable(ctx: ProcessContext, file: string, argv: string[], depth = 0, shownAs = file): { program: Program; argv: string[] } {
  const st = ctx.fs.stat(file, ctx.cred);
  if (st.type === 'dir') throw new FsError('EACCES', file);
  if (!ctx.fs.access(file, 'x', ctx.cred)) throw new FsError('EACCES', file);
  const content = ctx.fs.readFile(file, ctx.cred);
  const registry = systemOf(ctx).programs;
  const name = binaryName(content);
  if (name !== undefined) {
    const program = registry?.get(name);
    if (!program) throw new FsError('ENOENT', file);
    return { program, argv };
  }
  const interp = interpreterLine(content) ?? ['/bin/sh'];
  if (depth > 4) throw new FsError('ELOOP', file);
  return loadExecutable(ctx, interp[0], [interp[0], ...interp.slice(1), shownAs, ...argv.slice(1)], depth + 1);
}

/** Runs argv as a child and waits for it; 127/126 with the flavour's texts when it cannot. */
export async function execProgram(ctx: ProcessContext, f: Flavour, argv: string[], options: Partial<SpawnOptions> = {}): Promise<number> {
  const prog = f.prog(ctx);
  const base = prog.slice(prog.lastIndexOf('/') + 1);
  // Each tool words this its own way: GNU env quotes the name, find quotes it by locale,
  // xargs (both flavours) does not; busybox env and find say "can't execute".
  const cannot = (text: string): string => {
    if (base === 'xargs') return `${prog}: ${argv[0]}: ${text}\n`;
    if (f.kind === 'busybox') return `${prog}: can't execute '${argv[0]}': ${text}\n`;
    if (base === 'find') return `${prog}: ${f.quote(ctx, argv[0])}: ${text}\n`;
    return `${prog}: '${argv[0]}': ${text}\n`;
  };
  const file = findExecutable(ctx, argv[0], options.env?.PATH ?? ctx.env.PATH);
  if (!file) {
    const text = 'No such file or directory';
    ctx.stderr.write(cannot(text));
    return 127;
  }
  let loaded: { program: Program; argv: string[] };
  try {
    // The interpreter of a script gets the path as execve(2) got it: as typed when it has a '/'.
    loaded = loadExecutable(ctx, file, argv, 0, argv[0].includes('/') ? argv[0] : file);
  } catch (e) {
    const code = e instanceof FsError && e.code === 'ENOENT' ? 127 : 126;
    ctx.stderr.write(cannot(errText(e)));
    return code;
  }
  const child = ctx.spawn(loaded.program, { ...options, argv: loaded.argv });
  return (await child.wait()).code;
}
