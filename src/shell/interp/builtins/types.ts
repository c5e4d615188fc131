// A builtin runs inside the shell process with the shell's state; argv[0] is its own name.

import type { Interp } from '../interp.ts';
import type { Io } from '../io.ts';

export type Builtin = (sh: Interp, argv: string[], io: Io) => Promise<number> | number;

/** `-bash: cd: x: No such file or directory` / `sh: cd: …`. */
export function fail(sh: Interp, io: Io, name: string, msg: string, status = 1): number {
  const v = sh.opts.voice;
  if (v.flavour === 'busybox') {
    // ash numbers script lines from 0 in builtin errors, and fails them with status 2.
    const where = v.interactive ? '' : `line ${Math.max(0, sh.line - 1)}: `;
    io.stderr.write(`${v.name}: ${name}: ${where}${msg}\n`);
    return status === 1 ? 2 : status;
  }
  sh.error(io, `${name}: ${msg}`);
  return status;
}
