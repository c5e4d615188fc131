// Recursive-descent parser for POSIX sh (plus `function f`, `&>` and `${x/a/b}` from bash).
// Models mvdan.cc/sh/v3/syntax/parser.go. Reserved words are recognised only in command position.

import { type AndOr, type Assign, type Command, literalOf, type Pipeline, type Redirect, type RedirOp, type Stmt, type Word } from './ast.ts';
import { ParseError } from './errors.ts';
import { caseClause, forClause, ifClause, whileClause } from './clauses.ts';
import { Lexer, type SubParser, type Token } from './lexer.ts';

export interface ParseOptions {
  /** Aliases expanded in command position, as an interactive shell does. */
  aliases?: ReadonlyMap<string, string>;
  /** Accept a heredoc closed by end of input (scripts), instead of asking for more. */
  heredocEofOk?: boolean;
  /** `time` is a reserved word (bash); busybox sh runs its `time` applet instead. */
  timeKeyword?: boolean;
}

const REDIR_OPS = new Set(['>', '>>', '<', '>&', '<&', '&>', '&>>', '<<', '<<-', '<<<', '<>', '>|']);
/** Constructs nested inside one another (lists, subshells, `$(…)`) a script may have. */
const MAX_NESTING = 200;
let nesting = 0;

const LIST_END = new Set(['then', 'else', 'elif', 'fi', 'do', 'done', 'esac', '}']);

/** Parses a whole script; throws ParseError (with `incomplete` for input that could continue). */
export function parse(src: string, options: ParseOptions = {}): Stmt[] {
  return new Parser(src, options).parseProgram();
}

export { literalOf };

class Parser implements SubParser {
  private lx: Lexer;
  private tok: Token | undefined;
  private options: ParseOptions;
  private aliasDepth = 0;

  constructor(src: string, options: ParseOptions) {
    this.options = options;
    this.lx = new Lexer(src, this);
    this.lx.heredocEofOk = !!options.heredocEofOk;
  }

  parseProgram(): Stmt[] {
    const stmts = this.list(new Set(), true);
    const t = this.peek();
    if (t.kind !== 'eof') this.unexpected(t);
    this.lx.finishHeredocsAtEof();
    return stmts;
  }

  parseSubst(lexer: Lexer): Stmt[] {
    const saved = { lx: this.lx, tok: this.tok };
    this.lx = lexer;
    this.tok = undefined;
    try {
      const stmts = this.list(new Set(), false, true);
      const t = this.peek();
      if (t.kind === 'eof') throw new ParseError('quote', this.lx.lineAt(), ')');
      if (!(t.kind === 'op' && t.value === ')')) this.unexpected(t);
      lexer.pos = t.start;
      return stmts;
    } finally {
      this.lx = saved.lx;
      this.tok = saved.tok;
    }
  }

  parseSource(src: string): Stmt[] {
    return new Parser(src, { heredocEofOk: true }).parseProgram();
  }

  // ---- tokens ----

  peek(): Token {
    if (!this.tok) this.tok = this.lx.next();
    return this.tok;
  }

  take(): Token {
    const t = this.peek();
    this.tok = undefined;
    return t;
  }

  isOp(value: string): boolean {
    const t = this.peek();
    return t.kind === 'op' && t.value === value;
  }

  isWord(value: string): boolean {
    const t = this.peek();
    return t.kind === 'word' && literalOf(t.word) === value;
  }

  /** At the end of a command list: end of input, a newline, `;`, `&`, `&&`, `||` or `)`. */
  private atListEnd(): boolean {
    const t = this.peek();
    return t.kind === 'eof' || (t.kind === 'op' && ['\n', ';', '&', '&&', '||', ')', ';;'].includes(t.value));
  }

  unexpected(t: Token, expecting?: string): never {
    if (t.kind === 'eof') throw new ParseError('eof', this.lx.lineAt(), undefined, expecting);
    const text = t.kind === 'op' ? (t.value === '\n' ? 'newline' : t.value) : this.lx.src.slice(t.start, t.end);
    throw new ParseError('token', this.lx.lineAt(t.start), text, expecting);
  }

  expectWord(value: string): void {
    if (!this.isWord(value)) this.unexpected(this.peek(), value);
    this.take();
  }

  expectOp(value: string): void {
    if (!this.isOp(value)) this.unexpected(this.peek(), value);
    this.take();
  }

  linebreak(): void {
    while (this.isOp('\n')) this.take();
  }

  // ---- lists ----

  /** Statements until a reserved word in `stops`, `)`, `;;` or end of input. */
  list(stops: Set<string>, top = false, inSubst = false, expecting?: string): Stmt[] {
    // Every nested construct parses a list; past MAX_NESTING the recursion would exhaust the stack.
    if (nesting >= MAX_NESTING) throw tooDeep(this.lx, this.tok?.start ?? this.lx.pos);
    nesting++;
    try {
      return this.listAt(stops, top, inSubst, expecting);
    } finally {
      nesting--;
    }
  }

  private listAt(stops: Set<string>, top: boolean, inSubst: boolean, expecting: string | undefined): Stmt[] {
    const stmts: Stmt[] = [];
    for (;;) {
      this.linebreak();
      const t = this.peek();
      if (t.kind === 'eof') break;
      if (t.kind === 'op' && (t.value === ')' || t.value === ';;' || t.value === ';&' || t.value === ';;&')) {
        if (top && !inSubst) this.unexpected(t);
        break;
      }
      if (t.kind === 'word') {
        const w = literalOf(t.word);
        if (w !== undefined && LIST_END.has(w)) {
          if (stops.has(w)) break;
          this.unexpected(t, expecting);
        }
      }
      const start = t.start;
      const line = this.lx.lineAt(start);
      const andOr = this.andOr();
      const end = this.lx.pos;
      let background = false;
      const sep = this.peek();
      const source = this.lx.src.slice(start, sep.kind === 'eof' ? end : sep.start).trim();
      if (sep.kind === 'op' && (sep.value === ';' || sep.value === '&')) {
        this.take();
        background = sep.value === '&';
      } else if (!(sep.kind === 'op' && (sep.value === '\n' || sep.value === ')' || sep.value.startsWith(';;') || sep.value === ';&'))
        && sep.kind !== 'eof' && !(sep.kind === 'word' && stops.has(literalOf(sep.word) ?? ''))) {
        this.unexpected(sep);
      }
      stmts.push({ andOr, background, source, line });
    }
    return stmts;
  }

  compoundList(stops: string[]): Stmt[] {
    const expecting = stops[stops.length - 1] ?? ')';
    const body = this.list(new Set(stops), false, false, expecting);
    if (body.length === 0 || this.peek().kind === 'eof') this.unexpected(this.peek(), expecting);
    return body;
  }

  private andOr(): AndOr {
    const first = this.pipeline();
    const rest: AndOr['rest'] = [];
    while (this.isOp('&&') || this.isOp('||')) {
      const op = (this.take() as { value: '&&' | '||' }).value;
      this.linebreak();
      rest.push({ op, pipeline: this.pipeline() });
    }
    return { first, rest };
  }

  private pipeline(): Pipeline {
    let time: Pipeline['time'];
    if (this.options.timeKeyword && this.isWord('time')) {
      this.take();
      time = 'bash';
      if (this.isWord('-p')) { this.take(); time = 'posix'; }
      // A bare `time` times nothing and still reports.
      if (this.atListEnd()) return { bang: false, time, cmds: [] };
    }
    let bang = false;
    while (this.isWord('!')) { this.take(); bang = !bang; }
    const cmds = [this.command()];
    while (this.isOp('|') || this.isOp('|&')) {
      const pipeAll = (this.take() as { value: string }).value === '|&';
      if (pipeAll) addRedir(cmds[cmds.length - 1], { op: '>&', fd: 2, target: { parts: [{ type: 'Lit', value: '1' }] } });
      this.linebreak();
      cmds.push(this.command());
    }
    return time ? { bang, time, cmds } : { bang, cmds };
  }

  // ---- commands ----

  private command(): Command {
    const t = this.peek();
    if (t.kind === 'op' && t.value === '(') {
      const line = this.lx.lineAt(t.start);
      const expr = this.lx.readArithCommand(t.start);
      if (expr) {
        this.tok = undefined;
        return this.redirs({ type: 'ArithCmd', expr, redirs: [], line });
      }
      this.take();
      const body = this.compoundList([]);
      this.expectOp(')');
      return this.redirs({ type: 'Subshell', body, redirs: [] });
    }
    if (t.kind === 'word') {
      const w = literalOf(t.word);
      switch (w) {
        case '{': {
          this.take();
          const body = this.compoundList(['}']);
          this.expectWord('}');
          return this.redirs({ type: 'Group', body, redirs: [] });
        }
        case 'if': return ifClause(this);
        case 'while': case 'until': return whileClause(this, w === 'until');
        case 'for': return forClause(this);
        case 'case': return caseClause(this);
        case 'function': return this.funcDecl(true);
        case '[[': return this.testClause();
      }
      if (w !== undefined && this.options.aliases?.has(w) && this.aliasDepth < 16) {
        this.expandAlias(t, w);
        return this.command();
      }
    }
    return this.simple();
  }

  private expandAlias(t: Token, name: string): void {
    const value = this.options.aliases!.get(name)!;
    const src = this.lx.src.slice(0, t.start) + value + this.lx.src.slice(t.end);
    const heredocs = this.lx.heredocs.splice(0);
    this.lx = Object.assign(new Lexer(src, this), { pos: t.start, heredocEofOk: this.lx.heredocEofOk });
    this.lx.heredocs.push(...heredocs);
    this.tok = undefined;
    this.aliasDepth++;
    // An alias is not expanded again inside its own text.
    const aliases = new Map(this.options.aliases);
    aliases.delete(name);
    this.options = { ...this.options, aliases };
  }

  redirs<C extends Command & { redirs: Redirect[] }>(cmd: C): C {
    for (;;) {
      const r = this.redirect();
      if (!r) return cmd;
      cmd.redirs.push(r);
    }
  }

  /** A redirection at the current token, including a leading descriptor number (`2>`). */
  private redirect(): Redirect | undefined {
    let t = this.peek();
    let fd: number | undefined;
    if (t.kind === 'word') {
      const text = literalOf(t.word);
      const next = this.lx.src.slice(t.end, t.end + 1);
      if (text === undefined || !/^[0-9]$/.test(text) || (next !== '<' && next !== '>')) return undefined;
      fd = Number(text);
      this.take();
      t = this.peek();
    }
    if (t.kind !== 'op' || !REDIR_OPS.has(t.value)) return undefined;
    this.take();
    const target = this.peek();
    if (target.kind !== 'word') this.unexpected(target);
    this.take();
    const r: Redirect = { op: t.value as RedirOp, target: target.word };
    if (fd !== undefined) r.fd = fd;
    if (r.op === '<<' || r.op === '<<-') {
      const quoted = target.word.parts.some((p) => p.type !== 'Lit');
      const delim = target.word.parts.map((p) => (p.type === 'DblQuoted'
        ? p.parts.map((q) => ('value' in q ? q.value : '')).join('') : 'value' in p ? p.value : '')).join('');
      this.lx.heredocs.push({ redir: r, delim, strip: r.op === '<<-', quoted });
    }
    return r;
  }

  private simple(): Command {
    const line = this.lx.lineAt(this.peek().start);
    const assigns: Assign[] = [];
    const words: Word[] = [];
    const redirs: Redirect[] = [];
    for (;;) {
      const r = this.redirect();
      if (r) { redirs.push(r); continue; }
      const t = this.peek();
      if (t.kind !== 'word') break;
      if (words.length === 0) {
        const a = asAssign(t.word);
        if (a) { this.take(); assigns.push(a); continue; }
      }
      this.take();
      words.push(t.word);
      if (words.length === 1 && assigns.length === 0 && redirs.length === 0 && this.isOp('(')) {
        const name = literalOf(t.word);
        if (name === undefined) this.unexpected(this.peek());
        return this.funcBody(name, t.start);
      }
    }
    if (words.length === 0 && assigns.length === 0 && redirs.length === 0) this.unexpected(this.peek());
    return { type: 'Simple', assigns, words, redirs, line };
  }

  private testClause(): Command {
    const line = this.lx.lineAt(this.take().start);
    const args: (Word | string)[] = [];
    for (;;) {
      const t = this.take();
      if (t.kind === 'eof') this.unexpected(t);
      if (t.kind === 'word') {
        if (literalOf(t.word) === ']]') break;
        args.push(t.word);
        continue;
      }
      if (!['&&', '||', '(', ')', '<', '>', '\n'].includes(t.value)) this.unexpected(t);
      if (t.value !== '\n') args.push(t.value);
    }
    return this.redirs({ type: 'TestClause', args, redirs: [], line });
  }

  private funcDecl(keyword: boolean): Command {
    const start = this.take().start;
    const t = this.take();
    const name = t.kind === 'word' ? literalOf(t.word) : undefined;
    if (name === undefined) this.unexpected(t);
    if (keyword && !this.isOp('(')) return this.funcRest(name, start);
    return this.funcBody(name, start);
  }

  private funcBody(name: string, start: number): Command {
    this.expectOp('(');
    this.expectOp(')');
    return this.funcRest(name, start);
  }

  private funcRest(name: string, start: number): Command {
    this.linebreak();
    const body = this.command();
    if (body.type === 'Simple') throw new ParseError('token', this.lx.lineAt(), literalOf(body.words[0]) ?? 'word');
    return { type: 'FuncDecl', name, body, source: this.lx.src.slice(start, this.lx.pos).trim() };
  }

}

function addRedir(cmd: Command, r: Redirect): void {
  if (cmd.type !== 'FuncDecl') cmd.redirs.push(r);
}

function asAssign(w: Word): Assign | undefined {
  const first = w.parts[0];
  if (!first || first.type !== 'Lit') return undefined;
  const m = /^([A-Za-z_][A-Za-z0-9_]*)=/.exec(first.value);
  if (!m) return undefined;
  const rest = first.value.slice(m[0].length);
  const parts = [...(rest ? [{ type: 'Lit' as const, value: rest }] : []), ...w.parts.slice(1)];
  return { name: m[1], value: { parts } };
}

/** The syntax error for nesting past MAX_NESTING, near the word where it happened. */
function tooDeep(lx: Lexer, at: number): ParseError {
  const word = lx.src.slice(at, at + 16).trimStart().split(/[\s;&|<>]/)[0];
  return new ParseError('token', lx.lineAt(at), word || 'newline');
}
