// How a container runtime turns argv into a running program: find the file (through $PATH when
// the name has no slash, as runc does with exec.LookPath), check it may be executed, then run
// the built-in program its content names, or the interpreter of a `#!` script.
// Models github.com/opencontainers/runc libcontainer/standard_init_linux.go and Go's os/exec.LookPath.

import { canAccess, ROOT, type Cred } from '../../os/fs/cred.ts';
import type { FileSystem } from '../../os/fs/file-system.ts';
import { binaryName, interpreterLine, type ProgramRegistry } from '../../os/exec.ts';
import * as paths from '../../os/path.ts';
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

/** Shells an image names but PodLab runs with its one sh interpreter when not registered apart. */
const FALLBACK: Record<string, string> = { bash: 'sh', dash: 'sh', ash: 'sh' };

/** Finds and loads argv[0]; argv is returned as the program must see it (scripts get their interpreter). */
export function lookupCommand(argv: string[], ctx: LookupContext, depth = 0): Lookup {
  const name = argv[0] ?? '';
  const found = findExecutable(name, ctx);
  if (!found.ok) return found;
  let content: string;
  try {
    content = ctx.fs.readFile(found.path, ROOT);
  } catch {
    return { ok: false, error: `exec: "${name}": permission denied` };
  }
  const builtin = binaryName(content);
  if (builtin !== undefined) {
    const program = programFor(ctx.registry, builtin, name);
    if (!program) return { ok: false, error: `exec ${found.path}: exec format error` };
    return { ok: true, path: found.path, program, argv };
  }
  const interpreter = interpreterLine(content);
  if (!interpreter || depth > 3) return { ok: false, error: `exec ${found.path}: exec format error` };
  const inner = lookupCommand([...interpreter, found.path, ...argv.slice(1)], { ...ctx, path: '' }, depth + 1);
  if (!inner.ok) return { ok: false, error: `exec ${found.path}: no such file or directory` };
  return inner;
}

/** exec.LookPath: a name with a slash is taken as a path, others are searched in PATH. */
export function findExecutable(name: string, ctx: LookupContext): { ok: true; path: string } | { ok: false; error: string } {
  if (name.includes('/')) {
    const path = paths.resolve(ctx.cwd, name);
    const check = executable(path, ctx);
    if (check === 'ok') return { ok: true, path };
    if (check === 'missing') return { ok: false, error: `exec: "${name}": stat ${name}: no such file or directory` };
    if (check === 'dir') return { ok: false, error: `exec: "${name}": is a directory` };
    return { ok: false, error: `exec: "${name}": permission denied` };
  }
  if (name !== '') {
    for (const dir of ctx.path.split(':')) {
      const path = paths.resolve(ctx.cwd, paths.join(dir === '' ? '.' : dir, name));
      if (executable(path, ctx) === 'ok') return { ok: true, path };
    }
  }
  return { ok: false, error: `exec: "${name}": executable file not found in $PATH` };
}

function executable(path: string, ctx: LookupContext): 'ok' | 'missing' | 'dir' | 'denied' {
  let st;
  try {
    st = ctx.fs.stat(path, ctx.cred);
  } catch (e) {
    return (e as { code?: string }).code === 'EACCES' ? 'denied' : 'missing';
  }
  if (st.type === 'dir') return 'dir';
  if ((st.mode & 0o111) === 0 || !canAccess(ctx.cred, { ...st, type: st.type }, 'x')) return 'denied';
  return 'ok';
}

/**
 * The program a binary names. busybox is one binary answering to many names: without a
 * registered `busybox` program, the applet named by argv[0] (or by `busybox <applet>`) runs.
 */
export function programFor(registry: ProgramRegistry, builtin: string, argv0: string): Program | undefined {
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

function fallback(registry: ProgramRegistry, name: string): Program | undefined {
  const alias = FALLBACK[name];
  return alias ? registry.get(alias) : undefined;
}
