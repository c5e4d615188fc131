// `set` (options -e -u -x -f and positional parameters) and `shift`.

import type { ShellFlags } from '../state.ts';
import type { Builtin } from './types.ts';
import { fail } from './types.ts';

const LETTERS: Record<string, keyof ShellFlags> = { e: 'errexit', u: 'nounset', x: 'xtrace', f: 'noglob' };
const NAMES: Record<string, keyof ShellFlags> = {
  errexit: 'errexit', nounset: 'nounset', xtrace: 'xtrace', noglob: 'noglob', pipefail: 'pipefail',
};

export const set: Builtin = (sh, argv, io) => {
  const args = argv.slice(1);
  if (args.length === 0) {
    for (const k of [...sh.state.vars.keys()].sort()) io.stdout.write(`${k}=${quote(sh.state.vars.get(k)!.value)}\n`);
    return 0;
  }
  let i = 0;
  for (; i < args.length; i++) {
    const a = args[i];
    if (a === '--') { i++; sh.state.positional = args.slice(i); return 0; }
    if (!/^[-+]./.test(a)) break;
    const on = a[0] === '-';
    // Letters may cluster, and `o` takes the next argument: `set -euo pipefail`.
    for (const l of a.slice(1)) {
      if (l === 'o') {
        const name = args[++i];
        if (name === undefined) {
          for (const [n, f] of Object.entries(NAMES)) io.stdout.write(`${n.padEnd(15)}\t${sh.state.flags[f] ? 'on' : 'off'}\n`);
          continue;
        }
        const flag = NAMES[name];
        if (flag) sh.state.flags[flag] = on;
        else if (name !== 'vi' && name !== 'emacs') return fail(sh, io, 'set', `${name}: invalid option name`, 2);
        continue;
      }
      const flag = LETTERS[l];
      if (!flag) return fail(sh, io, 'set', `${a[0]}${l}: invalid option`, 2);
      sh.state.flags[flag] = on;
    }
  }
  if (i < args.length) sh.state.positional = args.slice(i);
  return 0;
};

export const shift: Builtin = (sh, argv, io) => {
  const n = argv[1] === undefined ? 1 : Number(argv[1]);
  if (!Number.isInteger(n) || n < 0) return fail(sh, io, 'shift', `${argv[1]}: numeric argument required`);
  if (n > sh.state.positional.length) return sh.opts.voice.flavour === 'bash' ? 1 : fail(sh, io, 'shift', `can't shift that many`, 2);
  sh.state.positional = sh.state.positional.slice(n);
  return 0;
};

function quote(v: string): string {
  return /^[A-Za-z0-9_@%+=:,./-]*$/.test(v) ? v : `'${v.replace(/'/g, `'\\''`)}'`;
}
