// bash's `(( expr ))` and `[[ … ]]`, which learners bring from bash tutorials. Their operands
// are expanded without field splitting or globbing.

import { evalArith } from '../expand/arith.ts';
import { ExpandError } from '../expand/context.ts';
import { expandPattern, expandString } from '../expand/word.ts';
import type { ArithCommand, TestClause } from '../syntax/ast.ts';
import { evaluateTest } from './builtins/test.ts';
import type { Interp } from './interp.ts';
import type { Io } from './io.ts';

const PATTERN_OPS = new Set(['=', '==', '!=']);

export async function runBashTest(sh: Interp, c: ArithCommand | TestClause, io: Io): Promise<number> {
  sh.line = c.line;
  const ectx = sh.expandContext(io);
  try {
    if (c.type === 'ArithCmd') {
      const r = evalArith(await expandString(c.expr, ectx), { get: (n) => sh.state.get(n), set: (n, v) => { sh.state.set(n, v); } });
      if (!r.ok) throw new ExpandError(r.error);
      return r.value !== 0n ? 0 : 1;
    }
    const args: string[] = [];
    for (let i = 0; i < c.args.length; i++) {
      const a = c.args[i];
      if (typeof a === 'string') { args.push(a === '&&' ? '-a' : a === '||' ? '-o' : a); continue; }
      const prev = c.args[i - 1];
      const isPattern = typeof prev !== 'string' && prev !== undefined && PATTERN_OPS.has(await expandString(prev, ectx));
      args.push(isPattern ? await expandPattern(a, ectx) : await expandString(a, ectx));
    }
    return evaluateTest(sh, '[[', args, io, true);
  } catch (e) {
    if (e instanceof ExpandError) return sh.expandFailed(e, io);
    throw e;
  }
}
