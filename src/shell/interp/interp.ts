// The tree-walking interpreter: statements, and-or lists, pipelines and compound commands.
// Simple commands (expansion, redirections, lookup) live in simple.ts.
// Models mvdan.cc/sh/v3/interp/runner.go.

import { Pipe } from '../../os/pipe.ts';
import { OsError } from '../../os/process/errors.ts';
import type { ExpandContext } from '../expand/context.ts';
import { ExpandError } from '../expand/context.ts';
import type { AndOr, Command, Pipeline, Stmt } from '../syntax/ast.ts';
import { Flow } from './flow.ts';
import type { ChildProcess, ProcessContext, Program } from './host.ts';
import { Borrowed, Capture, type Io, readLine, withPushback } from './io.ts';
import type { Reader } from '../../os/pipe.ts';
import { JobTable } from './jobs.ts';
import { prefix, type Voice } from './messages.ts';
import { applyRedirects } from './redirect.ts';
import { runCompound } from './compound.ts';
import { runSimple } from './simple.ts';
import type { ShellState } from './state.ts';

/** Subshells one shell process may have alive at once, as the kernel's pids.max bounds forks. */
const MAX_SUBSHELLS = 256;

export interface InterpOptions {
  voice: Voice;
  resolve(name: string, ctx: ProcessContext): Program | undefined;
  locate?(name: string, ctx: ProcessContext): string | undefined;
  homeOf?(user: string): string | undefined;
  onHistory?(line: string): void;
  /** A typed command finished (interactive shells), with its exit status. */
  onCommandDone?(line: string, status: number): void;
  /** The `history` builtin; the terminal owns the list. */
  history?(argv: string[], io: Io): number;
  maxFuncDepth?: number;
}

export class Interp {
  state: ShellState;
  ctx: ProcessContext;
  readonly opts: InterpOptions;
  jobs = new JobTable();
  /** Set by SIGINT/SIGTERM; checked at every checkpoint so loops stop at once. */
  interrupted: string | undefined;
  private wakers: (() => void)[] = [];
  readonly foreground = new Set<ChildProcess>();
  /** Inside an `if`/`while` condition or a non-final `&&`/`||` part: `set -e` does not fire. */
  condDepth = 0;
  line = 0;
  /** Depth of `source`, where `return` is allowed outside functions. */
  sourcing = 0;
  /** Status of the last `$(…)` of the command being expanded (`x=$(false)` gives 1). */
  substStatus = 0;
  /** Descriptors made permanent by `exec >file 2>&1`; a subshell starts from what it is given. */
  execIo: Io | undefined;
  /** `$$`: the shell's own pid, which its subshells report too. */
  shellPid: number;
  /** The interactive shell is waiting at its prompt (a trap then runs at once). */
  atPrompt = false;
  /** Parses and runs source text in the given interpreter; set by the shell, copied to subshells. */
  evalIn: (sh: Interp, src: string, io: Io) => Promise<number> = async () => 0;

  /** Parses and runs source in this interpreter's state: eval, `.`, a script's own shell. */
  evalSource(src: string, io: Io): Promise<number> {
    return this.evalIn(this, src, io);
  }

  constructor(state: ShellState, ctx: ProcessContext, opts: InterpOptions) {
    this.state = state;
    this.ctx = ctx;
    this.opts = opts;
    this.shellPid = ctx.pid;
  }

  /** A subshell: a copy of the state, the same process context. */
  fork(ctx: ProcessContext = this.ctx): Interp {
    // A subshell in this process stands for a forked child, so it counts against the same
    // bound a fork would meet: past it, `f() { f | f; }; f` fails like a fork bomb does.
    if (ctx === this.ctx) {
      const root = this.root;
      if (root.liveForks >= MAX_SUBSHELLS) throw new OsError('EAGAIN');
      root.liveForks++;
    }
    const sub = new Interp(this.state.clone(), ctx, this.opts);
    sub.evalIn = this.evalIn;
    sub.shellPid = this.shellPid;
    sub.interrupted = this.interrupted;
    sub.line = this.line;
    if (ctx === this.ctx) sub.parent = this;
    return sub;
  }

  private parent: Interp | undefined;
  /** Subshells of this shell process alive now (on the root interpreter only). */
  private liveForks = 0;

  /** Trapped signals not yet handled: sh runs a trap once the foreground command has finished. */
  private pendingTraps: string[] = [];
  private trapListeners: ((signal: string) => void)[] = [];

  private get root(): Interp {
    let root: Interp = this;
    while (root.parent) root = root.parent;
    return root;
  }

  /** A signal with a trap arrived; `wait` gives up at once, everything else finishes first. */
  queueTrap(signal: string): void {
    const root = this.root;
    root.pendingTraps.push(signal);
    for (const l of root.trapListeners.splice(0)) l(signal);
  }

  /** Awaits `work`, or gives the signal's name if a trapped signal comes first (`wait`). */
  async untilTrap<T>(work: Promise<T>): Promise<T | { trapped: string }> {
    const root = this.root;
    let listener = (_: string) => {};
    const trapped = new Promise<{ trapped: string }>((resolve) => { listener = (s) => resolve({ trapped: s }); });
    root.trapListeners.push(listener);
    try {
      return await this.until(Promise.race([work, trapped]));
    } finally {
      const i = root.trapListeners.indexOf(listener);
      if (i >= 0) root.trapListeners.splice(i, 1);
    }
  }

  /** Runs the actions of trapped signals that arrived; an `exit` in one ends the shell. */
  async runPendingTraps(io: Io): Promise<void> {
    if (this.parent) return;
    while (this.pendingTraps.length > 0) {
      const signal = this.pendingTraps.shift()!;
      const action = this.state.traps.get(signal.replace(/^SIG/, ''));
      if (!action) continue;
      const status = this.state.lastStatus;
      await this.evalSource(action, io);
      this.state.lastStatus = status;
    }
  }

  /** A subshell sharing its parent's process (its `cd` must not move the process). */
  get isSubshell(): boolean {
    return this.parent !== undefined;
  }

  interrupt(signal: string): void {
    this.interrupted = signal;
    for (const c of this.foreground) c.kill(signal);
    for (const w of this.wakers.splice(0)) w();
  }

  isInterrupted(): string | undefined {
    return this.interrupted ?? this.parent?.isInterrupted();
  }

  async checkpoint(): Promise<void> {
    await this.ctx.checkpoint();
    const sig = this.isInterrupted();
    if (sig) throw new Flow('interrupt', sig === 'SIGINT' ? 130 : 143);
  }

  /** Awaits `work` unless an interrupt comes first; `work` gets a promise that resolves then. */
  async until<T>(work: Promise<T> | ((cancel: Promise<unknown>) => Promise<T>)): Promise<T> {
    if (this.isInterrupted()) await this.checkpoint();
    const root = this.root;
    let waker = () => {};
    const stop = new Promise<'stop'>((resolve) => { waker = () => resolve('stop'); });
    root.wakers.push(waker);
    try {
      const r = await Promise.race([typeof work === 'function' ? work(stop) : work, stop]);
      if (r === 'stop') await this.checkpoint();
      return r as T;
    } finally {
      const i = root.wakers.indexOf(waker);
      if (i >= 0) root.wakers.splice(i, 1);
    }
  }

  /** One line of input, abandoned (without losing typed text) on Ctrl-C. */
  readLine(r: Reader): Promise<{ line: string; eof: boolean } | null> {
    return this.until((cancel) => readLine(r, cancel));
  }

  error(io: Io, msg: string): void {
    io.stderr.write(`${prefix(this.opts.voice, this.line || undefined)}${msg}\n`);
  }

  expandContext(io: Io): ExpandContext {
    return {
      getVar: (n) => this.state.get(n),
      setVar: (n, v) => { this.state.set(n, v); },
      special: (n) => this.special(n),
      positional: () => this.state.positional,
      commandSubst: (stmts) => this.commandSubst(stmts, io),
      readdir: (p) => { try { return this.ctx.fs.readdir(p, this.ctx.cred); } catch { return undefined; } },
      cwd: () => this.state.cwd,
      homeOf: (u) => this.opts.homeOf?.(u),
      nounset: () => this.state.flags.nounset,
      noglob: () => this.state.flags.noglob,
    };
  }

  special(name: string): string | undefined {
    switch (name) {
      case '?': return String(this.state.lastStatus);
      case '$': return String(this.shellPid);
      case '!': return this.state.lastBgPid === undefined ? '' : String(this.state.lastBgPid);
      case '#': return String(this.state.positional.length);
      case 'PPID': return String(this.ctx.ppid);
      case 'LINENO': return String(this.line);
      case '0': return this.state.get('0') ?? this.opts.voice.name;
      case '-': {
        const f = this.state.flags;
        return (f.errexit ? 'e' : '') + (f.nounset ? 'u' : '') + (f.xtrace ? 'x' : '') + (f.noglob ? 'f' : '') + (this.opts.voice.interactive ? 'i' : '');
      }
    }
    return undefined;
  }

  async commandSubst(stmts: Stmt[], io: Io): Promise<string> {
    const cap = new Capture();
    const sub = this.fork();
    const status = await sub.runSubshell(stmts, { ...io, stdout: cap });
    this.state.lastStatus = status;
    this.substStatus = status;
    return cap.text;
  }

  /** Runs statements in this (already forked) interpreter, ending at `exit`. */
  async runSubshell(stmts: Stmt[], io: Io): Promise<number> {
    try {
      return await this.run(stmts, io);
    } catch (e) {
      if (e instanceof Flow && (e.kind === 'exit' || e.kind === 'return')) return e.n;
      if (e instanceof Flow && (e.kind === 'break' || e.kind === 'continue')) return 0;
      throw e;
    } finally {
      if (this.parent) this.root.liveForks--;
    }
  }

  /** A fork that failed (EAGAIN): said as the shell says it, and the command fails. */
  forkFailed(io: Io): number {
    const v = this.opts.voice;
    if (v.flavour === 'busybox') this.error(io, "can't fork: Resource temporarily unavailable");
    else io.stderr.write(`${v.name.replace(/^-/, '')}: fork: Resource temporarily unavailable\n`);
    // bash's make_child sets EX_NOEXEC; ash raises an error, status 2.
    return v.flavour === 'busybox' ? 2 : 126;
  }

  async run(stmts: Stmt[], io: Io): Promise<number> {
    let status = this.state.lastStatus;
    for (const s of stmts) status = await this.stmt(s, this.execIo ?? io);
    return status;
  }

  async stmt(s: Stmt, io: Io): Promise<number> {
    this.line = s.line;
    let status: number;
    try {
      status = s.background ? this.background(s, io) : await this.andOr(s.andOr, io);
    } catch (e) {
      if (!isForkFailure(e)) throw e;
      status = this.state.lastStatus = this.forkFailed(io);
    }
    if (s.background) return status;
    this.state.lastStatus = status;
    if (this.pendingTraps.length > 0) await this.runPendingTraps(io);
    return status;
  }

  private background(s: Stmt, io: Io): number {
    const program: Program = async (ctx) => {
      const sub = this.fork(ctx);
      ctx.onSignal((sig: string) => sub.interrupt(sig));
      try {
        return await sub.runSubshell([{ ...s, background: false }], { stdin: ctx.stdin, stdout: ctx.stdout, stderr: ctx.stderr });
      } catch (e) {
        if (e instanceof Flow) return e.n;
        throw e;
      }
    };
    const child = this.ctx.spawn(program, {
      argv: [this.opts.voice.name.replace(/^-/, '')], env: this.state.environ(), cwd: this.state.cwd,
      stdin: withPushback(io.stdin), stdout: new Borrowed(io.stdout), stderr: new Borrowed(io.stderr),
      // Its own process group, so Ctrl-C at the terminal leaves background jobs running.
      pgid: 0,
    });
    this.state.lastBgPid = child.pid;
    const job = this.jobs.add(child, s.source);
    if (this.opts.voice.interactive) io.stderr.write(`[${job.id}] ${child.pid}\n`);
    this.state.lastStatus = 0;
    return 0;
  }

  async andOr(a: AndOr, io: Io): Promise<number> {
    const last = a.rest.length;
    if (last > 0) this.condDepth++;
    let status: number;
    try {
      status = await this.pipeline(a.first, io, last === 0);
    } finally {
      if (last > 0) this.condDepth--;
    }
    for (let i = 0; i < last; i++) {
      const { op, pipeline } = a.rest[i];
      this.state.lastStatus = status;
      if ((op === '&&') !== (status === 0)) continue;
      const final = i === last - 1;
      if (!final) this.condDepth++;
      try {
        status = await this.pipeline(pipeline, io, final);
      } finally {
        if (!final) this.condDepth--;
      }
    }
    return status;
  }

  async pipeline(p: Pipeline, io: Io, final: boolean): Promise<number> {
    if (p.time) return this.timed(p, io, final);
    if (p.bang) this.condDepth++;
    let status: number;
    try {
      status = p.cmds.length === 1 ? await this.command(p.cmds[0], io) : await this.pipe(p.cmds, io);
    } finally {
      if (p.bang) this.condDepth--;
    }
    if (p.bang) return status === 0 ? 1 : 0;
    if (final && status !== 0 && this.state.flags.errexit && this.condDepth === 0) throw new Flow('exit', status);
    return status;
  }

  /** bash's `time`: the pipeline, then its elapsed (virtual) time on the shell's stderr. */
  private async timed(p: Pipeline, io: Io, final: boolean): Promise<number> {
    const start = this.ctx.now();
    let status = 0;
    try {
      if (p.cmds.length > 0) status = await this.pipeline({ ...p, time: undefined }, io, final);
    } finally {
      io.stderr.write(timeReport(this.ctx.now() - start, p.time!));
    }
    return status;
  }

  /** Every stage runs at once, streaming through pipes; the status is the last stage's. */
  private async pipe(cmds: Command[], io: Io): Promise<number> {
    const pipes = cmds.slice(1).map(() => new Pipe());
    const stages = cmds.map(async (cmd, i) => {
      const stdin = i === 0 ? io.stdin : pipes[i - 1];
      const stdout = i === cmds.length - 1 ? io.stdout : pipes[i];
      const sub = this.fork();
      try {
        return await sub.runSubshell([{ andOr: { first: { bang: false, cmds: [cmd] }, rest: [] }, background: false, source: '', line: this.line }], { ...io, stdin, stdout });
      } finally {
        if (i < cmds.length - 1) pipes[i].close();
        if (i > 0) pipes[i - 1].closeRead();
      }
    });
    const statuses = await Promise.all(stages);
    if (this.state.flags.pipefail) return [...statuses].reverse().find((s) => s !== 0) ?? 0;
    return statuses[statuses.length - 1];
  }

  async command(c: Command, io: Io): Promise<number> {
    switch (c.type) {
      case 'Simple': return runSimple(this, c, io);
      case 'FuncDecl': this.state.funcs.set(c.name, c.body); return 0;
    }
    const rio = await applyRedirects(this, c.redirs, io);
    if (!rio) return 1;
    try {
      return await runCompound(this, c, rio);
    } finally {
      rio.close();
    }
  }

  /** Turns an expansion failure into its message and status; non-interactive shells stop. */
  expandFailed(e: ExpandError, io: Io): number {
    let { message, status } = e;
    if (this.opts.voice.flavour === 'busybox') {
      status = 2;
      if (message.endsWith(': unbound variable')) message = message.replace(/unbound variable$/, 'parameter not set');
      else if (message.includes('division by 0')) message = 'divide by zero';
      else if (message.includes('(error token is')) message = 'arithmetic syntax error';
    }
    this.error(io, message);
    if (!this.opts.voice.interactive) throw new Flow('exit', status);
    return status;
  }
}

/** bash's default TIMEFORMAT (`\nreal\t%3lR…`), or POSIX's for `time -p`. CPU time is not modelled. */
function timeReport(ms: number, format: 'bash' | 'posix'): string {
  const s = ms / 1000;
  if (format === 'posix') return `real ${s.toFixed(2)}\nuser 0.00\nsys 0.00\n`;
  const long = (x: number) => `${Math.floor(x / 60)}m${(x % 60).toFixed(3)}s`;
  return `\nreal\t${long(s)}\nuser\t${long(0)}\nsys\t${long(0)}\n`;
}

function isForkFailure(e: unknown): boolean {
  return e instanceof OsError && e.code === 'EAGAIN';
}
