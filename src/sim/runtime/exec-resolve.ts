// How a container runtime turns argv into a running program, in runc's words: the lookup itself
// (PATH, execute bits, binaries and `#!` scripts) is the machine's command lookup, run as
// execve(2) does it (no /bin/sh fallback for a file without `#!`).
// Models github.com/opencontainers/runc libcontainer/standard_init_linux.go and Go's os/exec.LookPath.

import type { Cred } from '../../os/fs/cred.ts';
import type { FileSystem } from '../../os/fs/file-system.ts';
import type { ProgramRegistry } from '../../os/exec.ts';
import { findCommand, loadCommand } from '../../os/command-lookup.ts';
import type { Program } from '../../os/process/context.ts';

export type Lookup =
  | { ok: true; path: string; program: Program; argv: string[] }
  /** `error` is runc's text after `unable to start container process: `. */
  | { ok: false; error: string };

export interface LookupContext {
  fs: FileSystem;
  registry: ProgramRegistry;
  cwd: string;
  cred: Cred;
  /** The process's PATH (the container's environment). */
  path: string;
}

/** Finds and loads argv[0]; argv is returned as the program must see it (scripts get their interpreter). */
export function lookupCommand(argv: string[], ctx: LookupContext): Lookup {
  const name = argv[0] ?? '';
  const found = findExecutable(name, ctx);
  if (!found.ok) return found;
  const loaded = loadCommand(found.path, argv, ctx, ctx.registry, { shellFallback: false });
  if (loaded.ok) return { ok: true, path: found.path, program: loaded.program, argv: loaded.argv };
  // Whatever fails past the script itself (its interpreter missing, not executable, too deep)
  // is reported by the kernel as ENOENT for the script.
  if (loaded.depth > 0) return { ok: false, error: `exec ${found.path}: no such file or directory` };
  return { ok: false, error: `exec ${found.path}: exec format error` };
}

/** exec.LookPath: a name with a slash is taken as a path, others are searched in PATH. */
export function findExecutable(name: string, ctx: LookupContext): { ok: true; path: string } | { ok: false; error: string } {
  const found = findCommand(name, ctx, ctx.path);
  if (found.ok) return found;
  switch (found.why) {
    case 'not-found': return { ok: false, error: `exec: "${name}": executable file not found in $PATH` };
    case 'missing':
      if (found.errno === 'EACCES') return { ok: false, error: `exec: "${name}": permission denied` };
      return { ok: false, error: `exec: "${name}": stat ${name}: no such file or directory` };
    case 'dir': return { ok: false, error: `exec: "${name}": is a directory` };
    case 'denied': return { ok: false, error: `exec: "${name}": permission denied` };
  }
}
