// How a path on a filesystem becomes a running program. An executable file is either a script
// (`#!/bin/sh` first line) or a "binary" whose content names a built-in program: images and
// nodes install binaries as files, so `ls -l /bin`, `which` and `chmod -x` behave as on Linux,
// and an image only has the programs its files provide.

import type { Program } from './process/context.ts';

const MAGIC = '\x7fELF podlab:';

/** The content of a binary file that runs the built-in program `name`. */
export function binary(name: string): string {
  return `${MAGIC}${name}\n`;
}

/** The built-in program a file's content names, or undefined if it is not a binary. */
export function binaryName(content: string): string | undefined {
  if (!content.startsWith(MAGIC)) return undefined;
  const end = content.indexOf('\n');
  return content.slice(MAGIC.length, end < 0 ? undefined : end);
}

/** `#!/bin/sh -e` → ['/bin/sh', '-e']; undefined when the file has no interpreter line. */
export function interpreterLine(content: string): string[] | undefined {
  if (!content.startsWith('#!')) return undefined;
  const first = content.slice(2, content.indexOf('\n') < 0 ? undefined : content.indexOf('\n')).trim();
  if (first === '') return undefined;
  const space = first.search(/\s/);
  return space < 0 ? [first] : [first.slice(0, space), first.slice(space).trim()];
}

/** The built-in programs a machine knows, by name (`busybox`, `kubectl`, `nginx`, …). */
export class ProgramRegistry {
  private readonly programs = new Map<string, Program>();

  register(name: string, program: Program): this {
    this.programs.set(name, program);
    return this;
  }

  get(name: string): Program | undefined {
    return this.programs.get(name);
  }

  has(name: string): boolean {
    return this.programs.has(name);
  }

  names(): string[] {
    return [...this.programs.keys()].sort();
  }
}
