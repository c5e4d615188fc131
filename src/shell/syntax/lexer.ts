// Character-level scanning of words and operators. Shell lexing depends on context, so the parser
// drives it token by token; `$(…)` calls back into the parser at the same position.
// Models mvdan.cc/sh/v3/syntax/lexer.go.

import type { ParamExp, ParamOp, Redirect, Stmt, Word, WordPart } from './ast.ts';
import { ParseError } from './errors.ts';

/** Words a word may hold inside itself (`$((…))`, `${…}`, quotes within substitutions). */
const MAX_WORD_NESTING = 200;
let wordNesting = 0;

export type Token =
  | { kind: 'op'; value: string; start: number; end: number }
  | { kind: 'word'; word: Word; start: number; end: number }
  | { kind: 'eof'; start: number; end: number };

const OPS = ['&&', '||', ';;&', ';;', ';&', '|&', '&>>', '&>', '<<<', '<<-', '<<', '>>', '<&', '>&', '<>', '>|',
  '|', '&', ';', '(', ')', '<', '>', '\n'];
const META = new Set([' ', '\t', '\n', ';', '&', '|', '(', ')', '<', '>']);
const SPECIAL_PARAMS = new Set(['?', '$', '!', '#', '@', '*', '-', '0', '1', '2', '3', '4', '5', '6', '7', '8', '9']);
export const MAX_HEREDOC = 1 << 20;

export interface PendingHeredoc {
  redir: Redirect;
  delim: string;
  strip: boolean;
  quoted: boolean;
}

export interface SubParser {
  /** Parses statements from `lexer.pos` up to (not including) the closing `)`. */
  parseSubst(lexer: Lexer): Stmt[];
  /** Parses a whole separate source (backquotes). */
  parseSource(src: string, line: number): Stmt[];
}

type Mode = 'word' | 'dquote' | 'heredoc' | 'param' | 'arith';

export class Lexer {
  readonly src: string;
  pos = 0;
  readonly sub: SubParser;
  readonly heredocs: PendingHeredoc[] = [];
  /** Non-interactive shells accept a heredoc ended by end of file, as bash does with a warning. */
  heredocEofOk = false;

  constructor(src: string, sub: SubParser) {
    this.src = src;
    this.sub = sub;
  }

  lineAt(pos = this.pos): number {
    let n = 1;
    for (let i = 0; i < pos && i < this.src.length; i++) if (this.src[i] === '\n') n++;
    return n;
  }

  /** Skips blanks, comments and line continuations. */
  skipBlanks(): void {
    const s = this.src;
    for (;;) {
      const c = s[this.pos];
      if (c === ' ' || c === '\t') this.pos++;
      else if (c === '\\' && s[this.pos + 1] === '\n') this.pos += 2;
      else if (c === '#') { while (this.pos < s.length && s[this.pos] !== '\n') this.pos++; }
      else return;
    }
  }

  next(): Token {
    this.skipBlanks();
    const start = this.pos;
    if (start >= this.src.length) return { kind: 'eof', start, end: start };
    for (const op of OPS) {
      if (this.src.startsWith(op, start)) {
        this.pos += op.length;
        if (op === '\n') this.readHeredocs();
        return { kind: 'op', value: op, start, end: this.pos };
      }
    }
    const word = this.readWord('word');
    return { kind: 'word', word, start, end: this.pos };
  }

  private fail(kind: 'eof' | 'quote', token?: string): never {
    throw new ParseError(kind, this.lineAt(), token);
  }

  /** Reads parts until the mode's terminator; the terminator itself is not consumed. */
  readWord(mode: Mode): Word {
    // `$(($((…` and `${x:-${x:-…` nest words in words; past MAX_WORD_NESTING the stack would run out.
    if (wordNesting >= MAX_WORD_NESTING) {
      throw new ParseError('token', this.lineAt(), this.src.slice(this.pos, this.pos + 16).split(/[\s;&|<>]/)[0] || 'newline');
    }
    wordNesting++;
    try {
      return this.readWordAt(mode);
    } finally {
      wordNesting--;
    }
  }

  private readWordAt(mode: Mode): Word {
    const s = this.src;
    const parts: WordPart[] = [];
    let lit = '';
    const flush = () => { if (lit) { parts.push({ type: 'Lit', value: lit }); lit = ''; } };
    let depth = 0;
    for (;;) {
      const c = s[this.pos];
      if (c === undefined) {
        if (mode === 'dquote') this.fail('quote', '"');
        if (mode === 'param') this.fail('quote', '}');
        if (mode === 'arith') this.fail('quote', ')');
        break;
      }
      if (mode === 'word' && META.has(c)) break;
      if (mode === 'dquote' && c === '"') break;
      if (mode === 'param' && c === '}') break;
      if (mode === 'arith') {
        if (c === '(') depth++;
        else if (c === ')') { if (depth === 0) break; depth--; }
      }
      if (c === '\\') {
        const d = s[this.pos + 1];
        if (d === '\n') { this.pos += 2; continue; }
        if (d === undefined) { if (mode === 'heredoc') { lit += c; this.pos++; continue; } this.fail('eof'); }
        if (mode === 'word' || mode === 'param') { flush(); parts.push({ type: 'Escaped', value: d }); this.pos += 2; continue; }
        if ('$`"\\'.includes(d) && !(mode === 'heredoc' && d === '"')) {
          flush(); parts.push({ type: 'Escaped', value: d }); this.pos += 2; continue;
        }
        lit += c; this.pos++; continue;
      }
      if (c === "'" && (mode === 'word' || mode === 'param' || mode === 'arith')) {
        const end = s.indexOf("'", this.pos + 1);
        if (end < 0) this.fail('quote', "'");
        flush(); parts.push({ type: 'SglQuoted', value: s.slice(this.pos + 1, end) });
        this.pos = end + 1; continue;
      }
      if (c === '"' && mode !== 'dquote' && mode !== 'heredoc') {
        this.pos++;
        const inner = this.readWord('dquote');
        this.pos++;
        flush(); parts.push({ type: 'DblQuoted', parts: inner.parts }); continue;
      }
      if (c === '`') {
        flush(); parts.push(this.readBackquote()); continue;
      }
      if (c === '$') {
        const part = this.readDollar();
        if (part) { flush(); parts.push(part); continue; }
        lit += '$'; this.pos++; continue;
      }
      lit += c; this.pos++;
    }
    flush();
    return { parts };
  }

  private readBackquote(): WordPart {
    const s = this.src;
    const line = this.lineAt();
    let i = this.pos + 1;
    let body = '';
    for (;;) {
      const c = s[i];
      if (c === undefined) this.fail('quote', '`');
      if (c === '`') break;
      if (c === '\\' && '$`\\'.includes(s[i + 1] ?? '')) { body += s[i + 1]; i += 2; continue; }
      body += c; i++;
    }
    this.pos = i + 1;
    return { type: 'CmdSubst', stmts: this.sub.parseSource(body, line), backquote: true };
  }

  private readDollar(): WordPart | undefined {
    const s = this.src;
    const p = this.pos;
    const c = s[p + 1];
    if (c === '(') {
      if (s[p + 2] === '(' && this.arithEnds(p + 3)) {
        this.pos = p + 3;
        const expr = this.readWord('arith');
        if (s[this.pos + 1] !== ')') this.fail('quote', ')');
        this.pos += 2;
        return { type: 'ArithExp', expr };
      }
      this.pos = p + 2;
      const stmts = this.sub.parseSubst(this);
      this.skipBlanks();
      while (s[this.pos] === '\n') { this.pos++; this.skipBlanks(); }
      if (s[this.pos] !== ')') this.fail('quote', ')');
      this.pos++;
      return { type: 'CmdSubst', stmts, backquote: false };
    }
    if (c === '{') return this.readBraced();
    if (c !== undefined && SPECIAL_PARAMS.has(c)) {
      this.pos = p + 2;
      return { type: 'ParamExp', name: c };
    }
    const m = /^[A-Za-z_][A-Za-z0-9_]*/.exec(s.slice(p + 1, p + 200));
    if (!m) return undefined;
    this.pos = p + 1 + m[0].length;
    return { type: 'ParamExp', name: m[0] };
  }

  /** `$((` starts arithmetic only when a matching `))` closes it; else it is `$( (…) )`. */
  arithEnds(from: number): boolean {
    let depth = 0;
    for (let i = from; i < this.src.length; i++) {
      const c = this.src[i];
      if (c === '(') depth++;
      else if (c === ')') {
        if (depth === 0) return this.src[i + 1] === ')';
        depth--;
      }
    }
    return true;
  }

  /** `((expr))` in command position, from its first parenthesis; undefined when it is `( (…) )`. */
  readArithCommand(start: number): Word | undefined {
    if (this.src[start + 1] !== '(' || !this.arithEnds(start + 2)) return undefined;
    this.pos = start + 2;
    const expr = this.readWord('arith');
    if (this.src[this.pos + 1] !== ')') this.fail('quote', ')');
    this.pos += 2;
    return expr;
  }

  private readBraced(): ParamExp {
    const s = this.src;
    this.pos += 2;
    let length = false;
    if (s[this.pos] === '#' && s[this.pos + 1] !== '}') { length = true; this.pos++; }
    let name: string;
    const m = /^([A-Za-z_][A-Za-z0-9_]*|[0-9]+|[?$!#@*-])/.exec(s.slice(this.pos, this.pos + 200));
    if (!m) throw new ParseError('token', this.lineAt(), '${', undefined);
    name = m[0];
    this.pos += name.length;
    const exp: ParamExp = { type: 'ParamExp', name };
    if (length) exp.length = true;
    if (s[this.pos] === '}') { this.pos++; return exp; }
    if (this.pos >= s.length) this.fail('quote', '}');
    const op = (['%%', '##', '//', ':-', ':=', ':+', ':?', '-', '=', '+', '?', '%', '#', '/'] as ParamOp[])
      .find((o) => s.startsWith(o, this.pos));
    if (!op || length) this.badSubst();
    this.pos += op.length;
    exp.op = op;
    if (op === '/' || op === '//') {
      exp.arg = this.readUntilSlash();
      if (s[this.pos] === '/') { this.pos++; exp.repl = this.readWord('param'); }
    } else {
      exp.arg = this.readWord('param');
    }
    if (s[this.pos] !== '}') this.fail('quote', '}');
    this.pos++;
    return exp;
  }

  private readUntilSlash(): Word {
    const end = this.src.indexOf('/', this.pos);
    const close = this.src.indexOf('}', this.pos);
    const stop = end >= 0 && (close < 0 || end < close) ? end : close;
    if (stop < 0) this.fail('quote', '}');
    const sub = new Lexer(this.src.slice(this.pos, stop) + '}', this.sub);
    this.pos = stop;
    return sub.readWord('param');
  }

  private badSubst(): never {
    throw new ParseError('token', this.lineAt(), 'bad substitution');
  }

  /** After a newline: reads the bodies of the heredocs opened on the line just ended. */
  private readHeredocs(): void {
    for (const h of this.heredocs.splice(0)) {
      let body = '';
      let closed = false;
      while (this.pos < this.src.length) {
        const nl = this.src.indexOf('\n', this.pos);
        const end = nl < 0 ? this.src.length : nl;
        let line = this.src.slice(this.pos, end);
        this.pos = nl < 0 ? end : end + 1;
        if (h.strip) line = line.replace(/^\t+/, '');
        if (line === h.delim) { closed = true; break; }
        body += line + '\n';
        if (body.length > MAX_HEREDOC) throw new ParseError('token', this.lineAt(), 'here-document too large');
      }
      if (!closed && !this.heredocEofOk) this.fail('eof');
      h.redir.heredoc = h.quoted ? { parts: [{ type: 'SglQuoted', value: body }] }
        : new Lexer(body, this.sub).readWord('heredoc');
    }
  }

  /** True when heredocs wait for their bodies (input ended on the `<<EOF` line). */
  get heredocPending(): boolean {
    return this.heredocs.length > 0;
  }

  finishHeredocsAtEof(): void {
    if (this.heredocs.length === 0) return;
    if (!this.heredocEofOk) this.fail('eof');
    this.readHeredocs();
  }
}
