// execve(2) and $PATH lookup for a machine's shells: the machine's command lookup as a shell
// uses it, where a file without `#!` runs through /bin/sh. Images and nodes differ only in files.

import type { ProgramRegistry } from '../os/exec.ts';
import { DEFAULT_PATH, findCommand, loadCommand } from '../os/command-lookup.ts';
import type { Program, ProcessContext } from '../os/process/context.ts';

export interface CommandResolver {
  /** The program `name` runs, or undefined when no executable file provides it. */
  resolve(name: string, ctx: ProcessContext): Program | undefined;
  /** The absolute path `name` resolves to (`which`, `type`, `command -v`). */
  locate(name: string, ctx: ProcessContext): string | undefined;
}

export function createResolver(registry: ProgramRegistry): CommandResolver {
  const locate = (name: string, ctx: ProcessContext): string | undefined => {
    const found = findCommand(name, ctx, ctx.env.PATH ?? DEFAULT_PATH);
    return found.ok ? found.path : undefined;
  };

  return {
    locate,
    resolve(name, ctx) {
      const file = locate(name, ctx);
      if (file === undefined) return undefined;
      const loaded = loadCommand(file, [name], ctx, registry, { shellFallback: true });
      if (!loaded.ok) return undefined;
      // A binary keeps its argv; a script's interpreter words go in front of the arguments.
      if (loaded.argv.length === 1) return loaded.program;
      const head = loaded.argv;
      return (child) => {
        child.argv = [...head, ...child.argv.slice(1)];
        return loaded.program(child);
      };
    },
  };
}
