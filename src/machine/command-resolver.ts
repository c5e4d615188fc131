// execve(2) and $PATH lookup for a machine: a command name becomes the executable file the
// process's filesystem has for it, and that file becomes a program (a built-in binary, or a
// script run by the interpreter its #! line names). Images and nodes differ only in files.

import { binaryName, interpreterLine, type ProgramRegistry } from '../os/exec.ts';
import type { Program, ProcessContext } from '../os/process/context.ts';
import { canAccess } from '../os/fs/cred.ts';
import * as paths from '../os/path.ts';

export interface CommandResolver {
  /** The program `name` runs, or undefined when no executable file provides it. */
  resolve(name: string, ctx: ProcessContext): Program | undefined;
  /** The absolute path `name` resolves to (`which`, `type`, `command -v`). */
  locate(name: string, ctx: ProcessContext): string | undefined;
}

const DEFAULT_PATH = '/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin';

export function createResolver(registry: ProgramRegistry): CommandResolver {
  const locate = (name: string, ctx: ProcessContext): string | undefined => {
    if (name === '') return undefined;
    const candidates = name.includes('/')
      ? [paths.resolve(ctx.cwd, name)]
      : (ctx.env.PATH ?? DEFAULT_PATH).split(':').filter((d) => d !== '').map((d) => paths.join(paths.resolve(ctx.cwd, d), name));
    for (const file of candidates) {
      try {
        const st = ctx.fs.stat(file, ctx.cred);
        if (st.type === 'file' && canAccess(ctx.cred, st, 'x')) return file;
      } catch {
        // not here: try the next PATH entry
      }
    }
    return undefined;
  };

  const programAt = (file: string, ctx: ProcessContext, depth: number): Program | undefined => {
    let content: string;
    try {
      content = ctx.fs.readFile(file, ctx.cred);
    } catch {
      return undefined;
    }
    const builtin = binaryName(content);
    if (builtin !== undefined) return registry.get(builtin);
    const interpreter = interpreterLine(content);
    // A file without #! is run by the shell itself, as execvp's ENOEXEC fallback does.
    const [interp, ...interpArgs] = interpreter ?? ['/bin/sh'];
    if (depth > 4) return undefined;
    const run = programAt(interp, ctx, depth + 1);
    if (!run) return undefined;
    return (child) => {
      child.argv = [interp, ...interpArgs, file, ...child.argv.slice(1)];
      return run(child);
    };
  };

  return {
    locate,
    resolve(name, ctx) {
      const file = locate(name, ctx);
      return file === undefined ? undefined : programAt(file, ctx, 0);
    },
  };
}
