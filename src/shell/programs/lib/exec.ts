// Running another program from a program (env, xargs, find -exec, watch): look the name up
// on $PATH in the process's filesystem, read what the executable file names (a built-in
// binary or a `#!` script), and start it as a child that shares our streams.

import { DEFAULT_PATH, findCommand, loadCommand, type Programs } from '../../../os/command-lookup.ts';
import { FsError } from '../../../os/fs/errors.ts';
import type { Program, ProcessContext, SpawnOptions } from '../../../os/process/context.ts';
import type { Flavour } from '../flavour.ts';
import { errText } from './io.ts';
import { systemOf } from './system.ts';

const NO_PROGRAMS: Programs = { get: () => undefined };

/** The path `name` runs from: itself when it has a '/', else the first executable on PATH. */
export function findExecutable(ctx: ProcessContext, name: string, pathVar = ctx.env.PATH ?? DEFAULT_PATH): string | undefined {
  const found = findCommand(name, ctx, pathVar);
  if (found.ok) return found.path;
  // A path that is there but cannot run is for loadExecutable to report (126, not 127).
  return found.why === 'dir' || found.why === 'denied' ? ctx.resolve(name) : undefined;
}

/** The built-in program and argv a file runs as; throws FsError like execve(2). */
export function loadExecutable(ctx: ProcessContext, file: string, argv: string[], shownAs = file): { program: Program; argv: string[] } {
  const loaded = loadCommand(file, argv, ctx, systemOf(ctx).programs ?? NO_PROGRAMS, { shellFallback: true, shownAs });
  if (loaded.ok) return loaded;
  // A binary naming a program this system lacks reads as a missing file (exit 127), as an
  // image without that program would have none.
  throw new FsError(loaded.unregistered || loaded.errno === 'ENOEXEC' ? 'ENOENT' : loaded.errno, loaded.path);
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
    loaded = loadExecutable(ctx, file, argv, argv[0].includes('/') ? argv[0] : file);
  } catch (e) {
    const code = e instanceof FsError && e.code === 'ENOENT' ? 127 : 126;
    ctx.stderr.write(cannot(errText(e)));
    return code;
  }
  const child = ctx.spawn(loaded.program, { ...options, argv: loaded.argv });
  return (await child.wait()).code;
}
