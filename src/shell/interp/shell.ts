// The shell as a program: `createShell(options)` gives a Program that runs `sh -c`, `sh FILE`, a
// script on stdin, or the interactive loop that reads edited lines from the terminal.

import { parse } from '../syntax/parser.ts';
import { ParseError } from '../syntax/errors.ts';
import type { Stmt } from '../syntax/ast.ts';
import { Flow } from './flow.ts';
import type { ProcessContext, Program } from './host.ts';
import { Interp, type InterpOptions } from './interp.ts';
import type { Io } from './io.ts';
import { type Flavour, syntaxError, type Voice } from './messages.ts';
import { type PromptInfo, renderPrompt } from './prompt.ts';
import { ShellState } from './state.ts';
import { sourceOf } from '../../os/process/streams.ts';

export interface ShellOptions extends Omit<InterpOptions, 'voice'> {
  /** 'bash' on the host (`-bash: foo: command not found`), 'busybox' in containers (`sh: foo: not found`). */
  flavour: Flavour;
  /** `$0` and the error prefix: '-bash' for a login shell, 'sh' for busybox. */
  name?: string;
  /** Read commands from stdin with prompts, aliases and job notices. */
  interactive?: boolean;
  /** Overrides PS1 rendering (the host's coloured `controlplane:~$`). */
  prompt?(info: PromptInfo): string;
  /** Preset aliases, e.g. `{ k: 'kubectl' }`. */
  aliases?: Record<string, string>;
  /** Hands out the shell's live alias table (Tab completion offers what `alias` defined). */
  onAliases?(aliases: ReadonlyMap<string, string>): void;
}

export function createShell(options: ShellOptions): Program {
  return async (ctx) => {
    const argv = ctx.argv.slice(1);
    let interactive = !!options.interactive;
    while (argv[0] === '-i' || argv[0] === '-l' || argv[0] === '--login') { if (argv.shift() === '-i') interactive = true; }
    if (argv[0] === '-c') {
      const src = argv[1];
      if (src === undefined) { ctx.stderr.write(`${options.name ?? 'sh'}: -c: option requires an argument\n`); return 2; }
      return runScript(src, ctx, options, { source: '-c', arg0: argv[2], args: argv.slice(3) });
    }
    if (argv.length > 0 && !interactive) {
      let src: string;
      try {
        src = ctx.fs.readFile(argv[0].startsWith('/') ? argv[0] : `${ctx.cwd}/${argv[0]}`, ctx.cred);
      } catch (e) {
        const name = options.name ?? 'sh';
        ctx.stderr.write(options.flavour === 'busybox' ? `${name}: can't open '${argv[0]}': No such file or directory\n` : `${name}: ${argv[0]}: ${(e as Error).message}\n`);
        return 127;
      }
      return runScript(src, ctx, options, { source: argv[0], arg0: argv[0], args: argv.slice(1) });
    }
    // A shell with no operands reading from a (pseudo-)terminal is interactive, as isatty(0) makes it.
    if (!interactive && argv.length === 0 && ctx.terminal?.inputStream !== undefined && ctx.terminal.inputStream === sourceOf(ctx.stdin)) interactive = true;
    if (interactive) return interactiveLoop(ctx, options);
    let src = '';
    for (let chunk = await ctx.stdin.read(); chunk !== null; chunk = await ctx.stdin.read()) src += chunk;
    return runScript(src, ctx, options, { source: '-c' });
  };
}

interface ScriptInfo {
  source: string;
  arg0?: string;
  args?: string[];
}

function setup(ctx: ProcessContext, options: ShellOptions, voice: Voice, info?: ScriptInfo): Interp {
  const state = new ShellState();
  for (const [k, v] of Object.entries(ctx.env)) state.vars.set(k, { value: v, exported: true });
  state.cwd = ctx.cwd;
  state.set('PWD', ctx.cwd);
  if (state.get('PS1') === undefined && voice.interactive) state.set('PS1', voice.flavour === 'bash' ? '\\u@\\h:\\w\\$ ' : '\\w \\$ ');
  state.set('0', info?.arg0 ?? voice.name);
  state.positional = info?.args ?? [];
  for (const [k, v] of Object.entries(options.aliases ?? {})) state.aliases.set(k, v);
  options.onAliases?.(state.aliases);
  const sh = new Interp(state, ctx, { ...options, voice });
  sh.evalIn = evalSource;
  const onSignal = (sig: string) => {
    const trap = sh.state.traps.get(sig.replace(/^SIG/, ''));
    if (trap !== undefined) {
      if (trap === '') return;
      // The trap runs once the current command ends (or at once at the prompt).
      sh.queueTrap(sig);
      if (sh.atPrompt) void sh.runPendingTraps(stdio(ctx)).catch((e: unknown) => { if (!(e instanceof Flow)) throw e; });
      return;
    }
    if (voice.interactive && sig !== 'SIGINT') return;
    sh.interrupt(sig);
  };
  // As pid 1 of a container the shell hears only the signals it traps (see init-signals.ts).
  const handles = (sig: string) => !!sh.state.traps.get(sig.replace(/^SIG/, ''));
  ctx.onSignal(Object.assign(onSignal, { handles }));
  return sh;
}

function stdio(ctx: ProcessContext): Io {
  return { stdin: ctx.stdin, stdout: ctx.stdout, stderr: ctx.stderr };
}

/** Parses and runs source in the shell's current state (eval, `.`, traps); syntax errors give 2. */
async function evalSource(sh: Interp, src: string, io: Io): Promise<number> {
  let stmts: Stmt[];
  try {
    stmts = parse(src, { heredocEofOk: true, timeKeyword: sh.opts.voice.flavour === 'bash' });
  } catch (e) {
    if (!(e instanceof ParseError)) throw e;
    io.stderr.write(syntaxError(sh.opts.voice, e, src));
    return 2;
  }
  return sh.run(stmts, io);
}

/** Runs a whole script (`sh -c`, `sh FILE`); resolves to the shell's exit status. */
export async function runScript(src: string, ctx: ProcessContext, options: ShellOptions, info: ScriptInfo = { source: '-c' }): Promise<number> {
  const voice: Voice = { flavour: options.flavour, name: options.name ?? (options.flavour === 'bash' ? 'bash' : 'sh'), interactive: false, source: info.source };
  const sh = setup(ctx, options, voice, info);
  const io = stdio(ctx);
  let stmts: Stmt[];
  let failure: ParseError | undefined;
  try {
    stmts = parse(src, { heredocEofOk: true, timeKeyword: sh.opts.voice.flavour === 'bash' });
  } catch (e) {
    if (!(e instanceof ParseError)) throw e;
    failure = e;
    // Commands before the broken line still run, as the shell reads a script line by line.
    const before = src.split('\n').slice(0, Math.max(0, e.line - 1)).join('\n');
    try { stmts = e.line > 1 ? parse(before, { heredocEofOk: true, timeKeyword: voice.flavour === 'bash' }) : []; } catch { stmts = []; }
  }
  let status: number;
  try {
    status = await guarded(sh, () => sh.run(stmts, io));
  } catch (e) {
    if (!(e instanceof Flow)) throw e;
    status = e.n;
  }
  if (failure) {
    io.stderr.write(syntaxError(voice, failure, src));
    status = 2;
  }
  return finish(sh, status, io);
}

async function guarded(sh: Interp, run: () => Promise<number>): Promise<number> {
  try {
    return await run();
  } catch (e) {
    if (e instanceof Flow) {
      if (e.kind === 'exit' || e.kind === 'interrupt') throw e;
      return e.kind === 'return' ? e.n : sh.state.lastStatus;
    }
    throw e;
  }
}

async function finish(sh: Interp, status: number, io: Io): Promise<number> {
  const trap = sh.state.traps.get('EXIT');
  if (trap) {
    sh.state.traps.delete('EXIT');
    sh.state.lastStatus = status;
    try { await evalSource(sh, trap, io); } catch { /* exit inside the trap ends it */ }
  }
  return status;
}

async function interactiveLoop(ctx: ProcessContext, options: ShellOptions): Promise<number> {
  const voice: Voice = { flavour: options.flavour, name: options.name ?? (options.flavour === 'bash' ? '-bash' : 'sh'), interactive: true };
  const sh = setup(ctx, options, voice);
  const io = stdio(ctx);
  for (;;) {
    io.stderr.write(sh.jobs.reap());
    io.stderr.write(prompt(sh, options));
    let src = '';
    let stmts: Stmt[] | undefined;
    try {
      for (;;) {
        // Tell the terminal whether this line starts a command or continues one (PS2).
        if (ctx.terminal) ctx.terminal.lineOptions = { ...ctx.terminal.lineOptions, continuation: src !== '' };
        sh.atPrompt = true;
        const r = await sh.readLine(ctx.stdin).finally(() => { sh.atPrompt = false; });
        if (r === null) {
          if (src === '') {
            // bash says `logout` when a login shell (argv[0] `-bash`) ends on Ctrl-D.
            if (voice.flavour === 'bash') io.stderr.write((ctx.argv[0] ?? '').startsWith('-') ? 'logout\n' : 'exit\n');
            return finish(sh, sh.state.lastStatus, io);
          }
          io.stderr.write(syntaxError(voice, new ParseError('eof', 1), src));
          break;
        }
        src += r.line + '\n';
        try {
          stmts = parse(src, { aliases: sh.state.aliases, timeKeyword: voice.flavour === 'bash' });
          break;
        } catch (e) {
          if (!(e instanceof ParseError)) throw e;
          if (e.incomplete && src.length < 1 << 20) { io.stderr.write(sh.state.get('PS2') ?? '> '); continue; }
          io.stderr.write(syntaxError(voice, e, src));
          sh.state.lastStatus = 2;
          break;
        }
      }
      if (src.trim() !== '') options.onHistory?.(src.replace(/\n$/, ''));
      if (stmts) await guarded(sh, () => sh.run(stmts!, io));
      if (src.trim() !== '') options.onCommandDone?.(src.replace(/\n$/, ''), sh.state.lastStatus);
    } catch (e) {
      if (!(e instanceof Flow)) throw e;
      if (e.kind === 'exit') return finish(sh, e.n, io);
      // Ctrl-C: the terminal echoed ^C; the shell starts a fresh line and prompt.
      sh.interrupted = undefined;
      io.stdout.write('\n');
      sh.state.lastStatus = e.n;
      if (src.trim() !== '') options.onCommandDone?.(src.replace(/\n$/, ''), e.n);
    }
  }
}

function prompt(sh: Interp, options: ShellOptions): string {
  const info: PromptInfo = {
    ps1: sh.state.get('PS1') ?? '$ ', cwd: sh.state.cwd, home: sh.state.get('HOME'),
    user: sh.state.get('USER'), host: sh.state.get('HOSTNAME'), uid: sh.ctx.cred.uid,
  };
  return options.prompt ? options.prompt(info) : renderPrompt(info);
}
