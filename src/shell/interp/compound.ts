// Compound commands: groups, subshells, if, while/until, for and case. Every loop iteration
// passes a checkpoint, so `while true; do :; done` yields to the machine and stops on Ctrl-C.
// Models mvdan.cc/sh/v3/interp/runner.go (cmd).

import { expandFields, expandPattern, expandString } from '../expand/word.ts';
import { matchPattern } from '../expand/pattern.ts';
import { ExpandError } from '../expand/context.ts';
import type { Command, Stmt } from '../syntax/ast.ts';
import { Flow } from './flow.ts';
import { runBashTest } from './bash-test.ts';
import type { Interp } from './interp.ts';
import type { Io } from './io.ts';

export async function runCompound(sh: Interp, c: Exclude<Command, { type: 'Simple' | 'FuncDecl' }>, io: Io): Promise<number> {
  switch (c.type) {
    case 'ArithCmd': case 'TestClause': return runBashTest(sh, c, io);
    case 'Group': return sh.run(c.body, io);
    case 'Subshell': return sh.fork().runSubshell(c.body, io);
    case 'If': {
      for (const cl of c.clauses) {
        if (await cond(sh, cl.cond, io) === 0) return sh.run(cl.body, io);
      }
      return c.else ? sh.run(c.else, io) : 0;
    }
    case 'While': return loop(sh, async () => (await cond(sh, c.cond, io) === 0) !== c.until, c.body, io);
    case 'For': {
      let items: string[];
      try {
        items = c.items ? await expandFields(c.items, sh.expandContext(io)) : [...sh.state.positional];
      } catch (e) {
        if (!(e instanceof ExpandError)) throw e;
        return sh.expandFailed(e, io);
      }
      let i = 0;
      return loop(sh, async () => {
        if (i >= items.length) return false;
        if (!sh.state.set(c.name, items[i++])) return false;
        return true;
      }, c.body, io);
    }
    case 'Case': {
      const ectx = sh.expandContext(io);
      let word: string;
      try {
        word = await expandString(c.word, ectx);
      } catch (e) {
        if (!(e instanceof ExpandError)) throw e;
        return sh.expandFailed(e, io);
      }
      let status = 0;
      let falling = false;
      for (const item of c.items) {
        let hit = falling;
        try {
          for (const p of item.patterns) if (!hit && matchPattern(await expandPattern(p, ectx), word)) hit = true;
        } catch (e) {
          if (!(e instanceof ExpandError)) throw e;
          return sh.expandFailed(e, io);
        }
        if (!hit) continue;
        status = await sh.run(item.body, io);
        if (!item.fallthrough) return status;
        falling = true;
      }
      return status;
    }
  }
}

async function cond(sh: Interp, stmts: Stmt[], io: Io): Promise<number> {
  sh.condDepth++;
  try {
    return await sh.run(stmts, io);
  } finally {
    sh.condDepth--;
  }
}

async function loop(sh: Interp, next: () => Promise<boolean>, body: Stmt[], io: Io): Promise<number> {
  let status = 0;
  sh.state.loopDepth++;
  try {
    for (;;) {
      await sh.checkpoint();
      if (!await next()) break;
      try {
        status = await sh.run(body, io);
      } catch (e) {
        if (!(e instanceof Flow) || (e.kind !== 'break' && e.kind !== 'continue')) throw e;
        if (e.n > 1) throw new Flow(e.kind, e.n - 1);
        if (e.kind === 'break') break;
      }
    }
  } finally {
    sh.state.loopDepth--;
  }
  return status;
}
