// `alias` and `unalias`. Aliases apply to interactive input (`alias k=kubectl` on exam boxes).

import type { Builtin } from './types.ts';
import { fail } from './types.ts';

const show = (name: string, value: string) => `alias ${name}='${value.replace(/'/g, `'\\''`)}'\n`;

export const alias: Builtin = (sh, argv, io) => {
  const args = argv.slice(1).filter((a) => a !== '-p');
  if (args.length === 0) {
    for (const k of [...sh.state.aliases.keys()].sort()) io.stdout.write(show(k, sh.state.aliases.get(k)!));
    return 0;
  }
  let status = 0;
  for (const a of args) {
    const eq = a.indexOf('=');
    if (eq > 0) { sh.state.aliases.set(a.slice(0, eq), a.slice(eq + 1)); continue; }
    const v = sh.state.aliases.get(a);
    if (v === undefined) status = fail(sh, io, 'alias', `${a}: not found`);
    else io.stdout.write(show(a, v));
  }
  return status;
};

export const unalias: Builtin = (sh, argv, io) => {
  let status = 0;
  for (const a of argv.slice(1)) {
    if (a === '-a') { sh.state.aliases.clear(); continue; }
    if (!sh.state.aliases.delete(a)) status = fail(sh, io, 'unalias', `${a}: not found`);
  }
  return status;
};
