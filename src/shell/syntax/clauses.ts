// Compound commands: if, while/until, for and case. Kept apart from the parser's core
// (tokens, lists, simple commands) so each file has one reason to change.
// Models mvdan.cc/sh/v3/syntax/parser.go (ifClause, whileClause, forClause, caseClause).

import { type CaseItem, type Command, literalOf, type Redirect, type Stmt, type Word } from './ast.ts';
import type { Token } from './lexer.ts';

const NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;

/** The parser operations a clause needs. */
export interface ClauseParser {
  peek(): Token;
  take(): Token;
  isOp(value: string): boolean;
  isWord(value: string): boolean;
  unexpected(t: Token, expecting?: string): never;
  expectWord(value: string): void;
  expectOp(value: string): void;
  linebreak(): void;
  list(stops: Set<string>, top?: boolean, inSubst?: boolean, expecting?: string): Stmt[];
  compoundList(stops: string[]): Stmt[];
  redirs<C extends Command & { redirs: Redirect[] }>(cmd: C): C;
}

export function ifClause(p: ClauseParser): Command {
  p.take();
  const clauses: { cond: Stmt[]; body: Stmt[] }[] = [];
  let cond = p.compoundList(['then']);
  p.expectWord('then');
  clauses.push({ cond, body: p.compoundList(['elif', 'else', 'fi']) });
  let elseBody: Stmt[] | undefined;
  for (;;) {
    if (p.isWord('elif')) {
      p.take();
      cond = p.compoundList(['then']);
      p.expectWord('then');
      clauses.push({ cond, body: p.compoundList(['elif', 'else', 'fi']) });
    } else if (p.isWord('else')) {
      p.take();
      elseBody = p.compoundList(['fi']);
    } else break;
  }
  p.expectWord('fi');
  const cmd: Command = { type: 'If', clauses, redirs: [] };
  if (elseBody) cmd.else = elseBody;
  return p.redirs(cmd);
}

function doGroup(p: ClauseParser): Stmt[] {
  p.expectWord('do');
  const body = p.compoundList(['done']);
  p.expectWord('done');
  return body;
}

export function whileClause(p: ClauseParser, until: boolean): Command {
  p.take();
  const cond = p.compoundList(['do']);
  const body = doGroup(p);
  return p.redirs({ type: 'While', until, cond, body, redirs: [] });
}

export function forClause(p: ClauseParser): Command {
  p.take();
  const t = p.take();
  const name = t.kind === 'word' ? literalOf(t.word) : undefined;
  if (name === undefined || !NAME.test(name)) p.unexpected(t);
  let items: Word[] | undefined;
  p.linebreak();
  if (p.isWord('in')) {
    p.take();
    items = [];
    for (let w = p.peek(); w.kind === 'word'; w = p.peek()) items.push((p.take() as { word: Word }).word);
    if (!p.isOp(';') && !p.isOp('\n')) p.unexpected(p.peek(), 'do');
    p.take();
    p.linebreak();
  } else if (p.isOp(';')) {
    p.take();
    p.linebreak();
  }
  const body = doGroup(p);
  const cmd: Command = { type: 'For', name, body, redirs: [] };
  if (items) cmd.items = items;
  return p.redirs(cmd);
}

export function caseClause(p: ClauseParser): Command {
  p.take();
  const wt = p.take();
  if (wt.kind !== 'word') p.unexpected(wt);
  p.linebreak();
  p.expectWord('in');
  const items: CaseItem[] = [];
  for (;;) {
    p.linebreak();
    if (p.isWord('esac')) break;
    if (p.isOp('(')) p.take();
    const patterns: Word[] = [];
    for (;;) {
      const t = p.take();
      if (t.kind !== 'word') p.unexpected(t);
      patterns.push(t.word);
      if (p.isOp('|')) { p.take(); continue; }
      break;
    }
    p.expectOp(')');
    const body = p.list(new Set(['esac']));
    let fallthrough = false;
    if (p.isOp(';;') || p.isOp(';&') || p.isOp(';;&')) {
      fallthrough = (p.take() as { value: string }).value === ';&';
    } else if (!p.isWord('esac')) p.unexpected(p.peek(), 'esac');
    items.push({ patterns, body, fallthrough });
  }
  p.expectWord('esac');
  return p.redirs({ type: 'Case', word: wt.word, items, redirs: [] });
}
