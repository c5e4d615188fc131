// Command lookup, the one place a machine turns a command name into a program: the search
// along $PATH (a name with a '/' is taken as a path), the checks execve(2) makes (a regular
// file the caller may execute), and the loading of what the file holds: a binary naming a
// built-in program, or a script run by the interpreter its `#!` line names. Symlinks are
// followed; busybox's applets are links to one binary that answers to argv[0].
// Callers word the failures their own way (bash, GNU env and xargs, runc), so failures are values
// carrying what went wrong, where, and how deep in a chain of interpreters.
// Models fs/exec.c (do_execveat_common, exec_binprm) and fs/binfmt_script.c of Linux, and Go's
// os/exec.LookPath, which runc uses.

import { canAccess, ROOT, type Cred } from './fs/cred.ts';
import type { FsErrorCode } from './fs/errors.ts';
import type { FileSystem } from './fs/file-system.ts';
import { binaryName, interpreterLine, type ProgramRegistry } from './exec.ts';
import * as paths from './path.ts';
import type { Program } from './process/context.ts';

/** The PATH a process gets when its environment has none (bash's and Debian's default). */
export const DEFAULT_PATH = '/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin';

/** Where a lookup runs: the process's filesystem, working directory and credentials. */
export interface LookupContext {
  fs: FileSystem;
  cwd: string;
  cred: Cred;
}

/**
 * Why a file cannot be executed: `missing` when stat(2) fails (with its errno), `dir` for a
 * folder, `denied` for anything else execve(2) refuses with EACCES (no x bit for the caller,
 * not a regular file).
 */
export type ExecCheck =
  | { ok: true }
  | { ok: false; why: 'missing'; errno: FsErrorCode }
  | { ok: false; why: 'dir' | 'denied' };

/** May `cred` execute the file at `path` (following symlinks)? */
export function checkExecutable(fs: FileSystem, cred: Cred, path: string): ExecCheck {
  let st;
  try {
    st = fs.stat(path, cred);
  } catch (e) {
    return { ok: false, why: 'missing', errno: (e as { code?: FsErrorCode }).code ?? 'ENOENT' };
  }
  if (st.type === 'dir') return { ok: false, why: 'dir' };
  if (st.type !== 'file' || !canAccess(cred, st, 'x')) return { ok: false, why: 'denied' };
  return { ok: true };
}

/**
 * The places a name without '/' is looked for, in PATH order and as PATH spells them (`which`
 * prints them so); an empty entry is the working directory, as POSIX says.
 */
export function pathCandidates(name: string, pathVar: string): string[] {
  return pathVar.split(':').map((dir) => paths.join(dir === '' ? '.' : dir, name));
}

/** The result of looking a name up: the absolute path found, or why the name itself fails. */
export type Found = { ok: true; path: string } | { ok: false; why: 'not-found' } | Extract<ExecCheck, { ok: false }>;

/**
 * exec.LookPath / execvp(3): a name with a '/' is checked where it points; any other name is the
 * first executable regular file along `pathVar`. Only a name with a '/' reports why it fails.
 */
export function findCommand(name: string, ctx: LookupContext, pathVar: string): Found {
  if (name.includes('/')) {
    const path = paths.resolve(ctx.cwd, name);
    const check = checkExecutable(ctx.fs, ctx.cred, path);
    return check.ok ? { ok: true, path } : check;
  }
  if (name !== '') {
    for (const candidate of pathCandidates(name, pathVar)) {
      const path = paths.resolve(ctx.cwd, candidate);
      if (checkExecutable(ctx.fs, ctx.cred, path).ok) return { ok: true, path };
    }
  }
  return { ok: false, why: 'not-found' };
}

export interface LoadOptions {
  /**
   * Run a file with neither a binary's mark nor a `#!` line with /bin/sh, as execvp(3) and
   * shells do after ENOEXEC; execve(2) itself (runc) fails with ENOEXEC instead.
   */
  shellFallback: boolean;
  /** The script's path as its interpreter gets it (execve's pathname: as typed, or as found). */
  shownAs?: string;
}

export type Loaded =
  | { ok: true; program: Program; argv: string[] }
  | {
      ok: false;
      /** The errno execve(2) fails with; a binary naming no program here fails with ENOEXEC. */
      errno: FsErrorCode | 'ENOEXEC';
      /** The file it failed on: the command's own, or an interpreter's. */
      path: string;
      /** 0 for the command's own file, 1 for its interpreter, and so on. */
      depth: number;
      /** The file is a binary whose program this machine does not have. */
      unregistered: boolean;
    };

/** The built-in programs a binary may name. */
export type Programs = Pick<ProgramRegistry, 'get'>;

/** Interpreter rewrites allowed before ELOOP, as the kernel's exec_binprm allows. */
const MAX_INTERPRETERS = 4;

/**
 * Loads the executable `file` for `argv`: the program to run and the argv it must see (a script
 * gets its interpreter, the interpreter's argument and the script's path in front).
 */
export function loadCommand(file: string, argv: string[], ctx: LookupContext, registry: Programs, options: LoadOptions, depth = 0): Loaded {
  const fail = (errno: FsErrorCode | 'ENOEXEC', unregistered = false): Loaded => ({ ok: false, errno, path: file, depth, unregistered });
  const check = checkExecutable(ctx.fs, ctx.cred, file);
  if (!check.ok) return fail(check.why === 'missing' ? check.errno : 'EACCES');
  // The kernel reads the file whatever its read bits; an interpreter reading a script is another matter.
  const content = ctx.fs.readFile(file, ROOT);
  const builtin = binaryName(content);
  if (builtin !== undefined) {
    const program = programFor(registry, builtin, argv[0] ?? file);
    return program ? { ok: true, program, argv } : fail('ENOEXEC', true);
  }
  const interpreter = interpreterLine(content) ?? (options.shellFallback ? ['/bin/sh'] : undefined);
  if (!interpreter) return fail('ENOEXEC');
  if (depth >= MAX_INTERPRETERS) return fail('ELOOP');
  const inner = [...interpreter, options.shownAs ?? file, ...argv.slice(1)];
  const interp = paths.resolve(ctx.cwd, interpreter[0]);
  return loadCommand(interp, inner, ctx, registry, { shellFallback: options.shellFallback }, depth + 1);
}

/** Shells an image names but PodLab runs with its one sh interpreter when not registered apart. */
const FALLBACK: Record<string, string> = { bash: 'sh', dash: 'sh', ash: 'sh' };

/**
 * The program a binary names. busybox is one binary answering to many names: without a
 * registered `busybox` program, the applet named by argv[0] (or by `busybox <applet>`) runs.
 */
export function programFor(registry: Programs, builtin: string, argv0: string): Program | undefined {
  const direct = registry.get(builtin);
  if (direct) return direct;
  if (builtin === 'busybox') {
    const applet = paths.basename(argv0);
    if (applet === 'busybox') {
      return async (ctx) => {
        const next = ctx.argv[1];
        const program = next ? programFor(registry, next, next) : undefined;
        if (!program) {
          ctx.stderr.write(`${next ?? 'busybox'}: applet not found\n`);
          return 127;
        }
        ctx.argv = ctx.argv.slice(1);
        return program(ctx);
      };
    }
    return registry.get(applet) ?? fallback(registry, applet);
  }
  return fallback(registry, builtin);
}

function fallback(registry: Programs, name: string): Program | undefined {
  const alias = FALLBACK[name];
  return alias ? registry.get(alias) : undefined;
}
