// awk's statements: if, loops, next/break/continue/exit/return, delete, print. Rule actions
// run asynchronously and yield at every loop iteration (so Ctrl-C ends `while (1)`); function
// bodies, called from inside expressions, run synchronously with a bound on loop iterations.

import type { Expr, Stmt } from './awk-parser.ts';
import { toNum, type Val } from './awk-values.ts';

export class Exit {
  readonly code: number;
  constructor(code: number) {
    this.code = code;
  }
}
export class Next {}
export class Break {}
export class Continue {}
export class Return {
  readonly value: Val;
  constructor(value: Val) {
    this.value = value;
  }
}

/** What statements need from the running program. */
export interface StatementHost {
  readonly io: { checkpoint(): Promise<void> };
  eval(e: Expr): Val;
  truthy(v: Val): boolean;
  set(name: string, v: Val): void;
  array(name: string): Map<string, Val>;
  key(keys: Expr[]): string;
  print(s: Extract<Stmt, { t: 'print' }>): void;
}

/** Function bodies run without yielding; loops in rules yield through `run`. */
export function execSync(m: StatementHost, body: Stmt[]): void {
  for (const s of body) stmtSync(m, s);
}

export function stmtSync(m: StatementHost, s: Stmt): void {
  switch (s.t) {
    case 'expr': m.eval(s.e); return;
    case 'print': m.print(s); return;
    case 'block': execSync(m, s.body); return;
    case 'if': if (m.truthy(m.eval(s.test))) stmtSync(m, s.yes); else if (s.no) stmtSync(m, s.no); return;
    case 'while': {
      let guard = 0;
      if (s.doWhile) do { if (loopBody(m, s.body)) break; } while (m.truthy(m.eval(s.test)) && ++guard < 1e7);
      else while (m.truthy(m.eval(s.test)) && ++guard < 1e7) if (loopBody(m, s.body)) break;
      return;
    }
    case 'for': {
      if (s.init) stmtSync(m, s.init);
      for (let guard = 0; (!s.test || m.truthy(m.eval(s.test))) && guard < 1e7; guard++) {
        if (loopBody(m, s.body)) break;
        if (s.step) stmtSync(m, s.step);
      }
      return;
    }
    case 'forin': {
      for (const k of [...m.array(s.name).keys()]) {
        m.set(s.key, k);
        if (loopBody(m, s.body)) break;
      }
      return;
    }
    case 'simple':
      if (s.what === 'next') throw new Next();
      if (s.what === 'break') throw new Break();
      if (s.what === 'continue') throw new Continue();
      if (s.what === 'exit') throw new Exit(s.value ? toNum(m.eval(s.value)) : 0);
      throw new Return(s.value ? m.eval(s.value) : '');
    case 'delete':
      if (s.keys) m.array(s.name).delete(m.key(s.keys));
      else m.array(s.name).clear();
      return;
  }
}

/** True when the loop should stop (break). */
function loopBody(m: StatementHost, body: Stmt): boolean {
  try {
    stmtSync(m, body);
  } catch (e) {
    if (e instanceof Break) return true;
    if (e instanceof Continue) return false;
    throw e;
  }
  return false;
}

/**
 * Statements of rule actions run here, yielding at every loop iteration so a runaway
 * `while (1)` stays interruptible; function bodies run synchronously (bounded loops).
 */
export async function execAsync(m: StatementHost, body: Stmt[]): Promise<void> {
  for (const s of body) await stmtAsync(m, s);
}

async function stmtAsync(m: StatementHost, s: Stmt): Promise<void> {
  switch (s.t) {
    case 'block': return execAsync(m, s.body);
    case 'if':
      if (m.truthy(m.eval(s.test))) await stmtAsync(m, s.yes);
      else if (s.no) await stmtAsync(m, s.no);
      return;
    case 'while':
      if (s.doWhile) {
        do {
          if (await loopBodyAsync(m, s.body)) break;
        } while (m.truthy(m.eval(s.test)));
      } else while (m.truthy(m.eval(s.test))) if (await loopBodyAsync(m, s.body)) break;
      return;
    case 'for':
      if (s.init) stmtSync(m, s.init);
      while (!s.test || m.truthy(m.eval(s.test))) {
        if (await loopBodyAsync(m, s.body)) break;
        if (s.step) stmtSync(m, s.step);
      }
      return;
    case 'forin':
      for (const k of [...m.array(s.name).keys()]) {
        m.set(s.key, k);
        if (await loopBodyAsync(m, s.body)) break;
      }
      return;
    default:
      stmtSync(m, s);
  }
}

async function loopBodyAsync(m: StatementHost, body: Stmt): Promise<boolean> {
  await m.io.checkpoint();
  try {
    await stmtAsync(m, body);
  } catch (e) {
    if (e instanceof Break) return true;
    if (e instanceof Continue) return false;
    throw e;
  }
  return false;
}
