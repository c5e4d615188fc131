// `trap`, `umask` and `history` (history itself belongs to the terminal; the shell calls its hook).

import { signalName, signalNumber } from '../jobs.ts';
import type { Builtin } from './types.ts';
import { fail } from './types.ts';

export const trap: Builtin = (sh, argv, io) => {
  const args = argv.slice(1);
  if (args.length === 0 || args[0] === '-p') {
    for (const [sig, action] of sh.state.traps) io.stdout.write(`trap -- '${action.replace(/'/g, `'\\''`)}' ${sig}\n`);
    return 0;
  }
  const reset = args[0] === '-' || /^[0-9]+$/.test(args[0]) && args.length === 1;
  const action = reset ? undefined : args[0];
  let status = 0;
  for (const s of reset && args[0] !== '-' ? args : args.slice(1)) {
    const sig = s === '0' || s.toUpperCase() === 'EXIT' ? 'EXIT' : (() => {
      const n = signalNumber(s);
      return n === undefined ? undefined : signalName(n)?.replace(/^SIG/, '');
    })();
    if (!sig) { status = fail(sh, io, 'trap', `${s}: invalid signal specification`); continue; }
    if (action === undefined) sh.state.traps.delete(sig);
    else sh.state.traps.set(sig, action);
  }
  return status;
};

export const umask: Builtin = (sh, argv, io) => {
  const a = argv[1];
  if (a === undefined) { io.stdout.write(sh.state.umask.toString(8).padStart(4, '0') + '\n'); return 0; }
  if (a === '-S') {
    const m = ~sh.state.umask & 0o777;
    const part = (shift: number) => ['r', 'w', 'x'].filter((_, i) => m & (4 >> i) << shift).join('');
    io.stdout.write(`u=${part(6)},g=${part(3)},o=${part(0)}\n`);
    return 0;
  }
  if (!/^[0-7]{1,4}$/.test(a)) return fail(sh, io, 'umask', `${a}: octal number out of range`);
  sh.state.umask = parseInt(a, 8);
  return 0;
};

export const history: Builtin = (sh, argv, io) => sh.opts.history?.(argv, io) ?? 0;
