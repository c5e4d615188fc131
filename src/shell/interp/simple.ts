// A simple command: expand words and assignments, apply redirections, then run a function,
// a builtin or a program found through the command table.

import { resolve as resolvePath } from '../../os/path.ts';
import { ExpandError } from '../expand/context.ts';
import { expandFields, expandString } from '../expand/word.ts';
import type { SimpleCommand } from '../syntax/ast.ts';
import { BUILTINS, SPECIAL_BUILTINS } from './builtins/index.ts';
import { Flow } from './flow.ts';
import { exitStatus, type ProcessContext, type Program } from './host.ts';
import type { Interp } from './interp.ts';
import { Borrowed, type Io, withPushback } from './io.ts';
import { notFound } from './messages.ts';
import { applyRedirects } from './redirect.ts';

const DEFAULT_MAX_DEPTH = 1000;

export async function runSimple(sh: Interp, c: SimpleCommand, io: Io): Promise<number> {
  await sh.checkpoint();
  sh.line = c.line;
  const ectx = sh.expandContext(io);
  let argv: string[];
  const assigns: [string, string][] = [];
  sh.substStatus = 0;
  try {
    argv = await expandFields(c.words, ectx);
    for (const a of c.assigns) assigns.push([a.name, await expandString(a.value, ectx)]);
  } catch (e) {
    if (e instanceof ExpandError) return sh.expandFailed(e, io);
    throw e;
  }
  const substStatus = sh.substStatus;
  if (sh.state.flags.xtrace) trace(sh, io, assigns, argv);

  if (argv.length === 0) {
    for (const [k, v] of assigns) {
      if (!sh.state.set(k, v)) return readonlyFailure(sh, k, io);
    }
    const rio = await applyRedirects(sh, c.redirs, io);
    if (!rio) return 1;
    rio.close();
    return substStatus;
  }

  const rio = await applyRedirects(sh, c.redirs, io);
  if (!rio) return 1;
  if (argv.length === 1 && argv[0] === 'exec' && !sh.state.funcs.has('exec')) {
    // `exec >log 2>&1`: the redirections stay for the rest of the shell.
    if (c.redirs.length > 0) sh.execIo = rio;
    return 0;
  }
  try {
    return await dispatch(sh, argv, assigns, rio);
  } finally {
    rio.close();
  }
}

async function dispatch(sh: Interp, argv: string[], assigns: [string, string][], io: Io): Promise<number> {
  const name = argv[0];
  const fn = sh.state.funcs.get(name);
  const builtin = BUILTINS.get(name);
  if (!fn && builtin && SPECIAL_BUILTINS.has(name)) {
    for (const [k, v] of assigns) sh.state.set(k, v);
    return builtin(sh, argv, io);
  }
  if (fn) return withTemporary(sh, assigns, () => callFunction(sh, name, argv, io));
  if (builtin) return withTemporary(sh, assigns, async () => builtinWriteCheck(sh, name, await builtin(sh, argv, io), io));
  return runProgramArgv(sh, argv, assigns, io);
}

/** A builtin whose output a full disk refused fails, and bash says so (`echo: write error: …`). */
function builtinWriteCheck(sh: Interp, name: string, status: number, io: Io): number {
  const failure = io.stdout.failure;
  if (!failure) return status;
  if (sh.opts.voice.flavour === 'bash') sh.error(io, `${name}: write error: ${failure}`);
  return 1;
}

async function withTemporary(sh: Interp, assigns: [string, string][], run: () => Promise<number>): Promise<number> {
  const saved = assigns.map(([k]) => [k, sh.state.vars.get(k)] as const);
  for (const [k, v] of assigns) sh.state.set(k, v, true);
  try {
    return await run();
  } finally {
    for (const [k, v] of saved) {
      if (v) sh.state.vars.set(k, v);
      else sh.state.vars.delete(k);
    }
  }
}

export async function callFunction(sh: Interp, name: string, argv: string[], io: Io): Promise<number> {
  const body = sh.state.funcs.get(name)!;
  const max = sh.opts.maxFuncDepth ?? DEFAULT_MAX_DEPTH;
  if (sh.state.funcDepth >= max) {
    sh.error(io, `${name}: maximum function nesting level exceeded (${max})`);
    throw new Flow('exit', 1);
  }
  const savedArgs = sh.state.positional;
  sh.state.positional = argv.slice(1);
  sh.state.funcDepth++;
  sh.state.locals.push(new Map());
  try {
    return await sh.command(body, io);
  } catch (e) {
    if (e instanceof Flow && e.kind === 'return') return e.n;
    throw e;
  } finally {
    sh.state.popLocals();
    sh.state.funcDepth--;
    sh.state.positional = savedArgs;
  }
}

/** The process context a program would see: the shell's current environment and directory. */
export function childView(sh: Interp, env: Record<string, string>): ProcessContext {
  return Object.assign(Object.create(sh.ctx) as ProcessContext, { env, cwd: sh.state.cwd });
}

/** Runs a program from the command table (or a script file), skipping functions and builtins. */
export async function runProgramArgv(sh: Interp, argv: string[], assigns: [string, string][], io: Io): Promise<number> {
  const env = { ...sh.state.environ(), ...Object.fromEntries(assigns) };
  const name = argv[0];
  let program: Program | undefined = sh.opts.resolve(name, childView(sh, env));
  if (!program && name.includes('/')) {
    const found = scriptProgram(sh, name, io);
    if (typeof found === 'number') return found;
    program = found;
  }
  if (!program) {
    io.stderr.write(notFound(sh.opts.voice, name, sh.line));
    return 127;
  }
  const child = sh.ctx.spawn(program, {
    argv, env, cwd: sh.state.cwd,
    stdin: withPushback(io.stdin), stdout: new Borrowed(io.stdout), stderr: new Borrowed(io.stderr),
  });
  sh.foreground.add(child);
  try {
    return await sh.until(exitStatus(child));
  } catch (e) {
    if (e instanceof Flow && e.kind === 'interrupt') child.kill('SIGKILL');
    throw e;
  } finally {
    sh.foreground.delete(child);
  }
}

/** `./script.sh`: a file with no program registered for it runs as a shell script. */
function scriptProgram(sh: Interp, name: string, io: Io): Program | number {
  const path = resolvePath(sh.state.cwd, name);
  const { fs, cred } = sh.ctx;
  let isDir = false;
  try {
    isDir = fs.stat(path, cred).type === 'dir';
  } catch {
    if (sh.opts.voice.flavour === 'busybox') io.stderr.write(notFound(sh.opts.voice, name));
    else sh.error(io, `${name}: No such file or directory`);
    return 127;
  }
  if (isDir) { sh.error(io, `${name}: Is a directory`); return 126; }
  if (!fs.access(path, 'x', cred) || !fs.access(path, 'r', cred)) { sh.error(io, `${name}: Permission denied`); return 126; }
  const src = fs.readFile(path, cred);
  return async (ctx) => {
    const sub = sh.fork(ctx);
    sub.state.positional = ctx.argv.slice(1);
    sub.state.funcs.clear();
    try {
      return await sub.evalSource(src, { stdin: ctx.stdin, stdout: ctx.stdout, stderr: ctx.stderr });
    } catch (e) {
      if (e instanceof Flow) return e.n;
      throw e;
    }
  };
}

function trace(sh: Interp, io: Io, assigns: [string, string][], argv: string[]): void {
  const ps4 = sh.state.get('PS4') ?? '+ ';
  const words = [...assigns.map(([k, v]) => `${k}=${quote(v)}`), ...argv.map(quote)];
  io.stderr.write(`${ps4}${words.join(' ')}\n`);
}

function quote(s: string): string {
  return /^[A-Za-z0-9_@%+=:,./-]+$/.test(s) ? s : `'${s.replace(/'/g, `'\\''`)}'`;
}

/** Assigning a read-only variable stops a script. */
function readonlyFailure(sh: Interp, name: string, io: Io): number {
  const busybox = sh.opts.voice.flavour === 'busybox';
  sh.error(io, busybox ? `${name}: is read only` : `${name}: readonly variable`);
  if (!sh.opts.voice.interactive) throw new Flow('exit', busybox ? 2 : 1);
  return busybox ? 2 : 1;
}
