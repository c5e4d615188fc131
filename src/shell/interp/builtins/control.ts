// `break`, `continue`, `return` and `exit`: they unwind to the loop, function or shell.

import { Flow } from '../flow.ts';
import type { Builtin } from './types.ts';
import { fail } from './types.ts';

function count(sh: Parameters<Builtin>[0], io: Parameters<Builtin>[2], argv: string[], fallback: number): number | undefined {
  const a = argv[1];
  if (a === undefined) return fallback;
  if (!/^-?[0-9]+$/.test(a)) {
    fail(sh, io, argv[0], `${a}: numeric argument required`, 2);
    return undefined;
  }
  return Number(a);
}

function loopJump(kind: 'break' | 'continue'): Builtin {
  return (sh, argv, io) => {
    const n = count(sh, io, argv, 1);
    if (n === undefined) throw new Flow('exit', 2);
    if (n < 1) return fail(sh, io, argv[0], `${argv[1]}: loop count out of range`);
    if (sh.state.loopDepth === 0) return 0;
    throw new Flow(kind, Math.min(n, sh.state.loopDepth));
  };
}

export const breakBuiltin = loopJump('break');
export const continueBuiltin = loopJump('continue');

export const returnBuiltin: Builtin = (sh, argv, io) => {
  const n = count(sh, io, argv, sh.state.lastStatus);
  if (n === undefined) throw new Flow('return', 2);
  if (sh.state.funcDepth === 0 && !sh.sourcing) {
    return fail(sh, io, 'return', "can only `return' from a function or sourced script");
  }
  throw new Flow('return', n & 255);
};

export const exitBuiltin: Builtin = (sh, argv, io) => {
  const n = count(sh, io, argv, sh.state.lastStatus);
  if (sh.opts.voice.interactive && sh.state.funcDepth === 0 && sh.opts.voice.flavour === 'bash') {
    // A login shell (`-bash`, as ssh and the terminal start it) says `logout` instead.
    io.stderr.write((sh.ctx.argv[0] ?? '').startsWith('-') ? 'logout\n' : 'exit\n');
  }
  throw new Flow('exit', n === undefined ? 2 : n & 255);
};
