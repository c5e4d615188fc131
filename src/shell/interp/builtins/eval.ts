// `eval`, `source`/`.` and `exec`.

import { pathCandidates } from '../../../os/command-lookup.ts';
import { isFsError } from '../../../os/fs/errors.ts';
import { resolve as resolvePath } from '../../../os/path.ts';
import { Flow } from '../flow.ts';
import type { Interp } from '../interp.ts';
import { runProgramArgv } from '../simple.ts';
import type { Builtin } from './types.ts';
import { fail } from './types.ts';

export const evalBuiltin: Builtin = (sh, argv, io) => sh.evalSource(argv.slice(1).join(' '), io);

function findSourced(sh: Interp, name: string): string | undefined {
  if (name.includes('/')) return resolvePath(sh.state.cwd, name);
  // `source` searches PATH as command lookup does, but any regular file will do.
  for (const candidate of pathCandidates(name, sh.state.get('PATH') ?? '')) {
    const p = resolvePath(sh.state.cwd, candidate);
    try { if (sh.ctx.fs.stat(p, sh.ctx.cred).type === 'file') return p; } catch { /* keep looking */ }
  }
  return resolvePath(sh.state.cwd, name);
}

export const source: Builtin = async (sh, argv, io) => {
  const name = argv[1];
  if (name === undefined) {
    return fail(sh, io, argv[0], 'filename argument required', 2);
  }
  let text: string;
  try {
    text = sh.ctx.fs.readFile(findSourced(sh, name)!, sh.ctx.cred);
  } catch (e) {
    if (!isFsError(e)) throw e;
    if (sh.opts.voice.flavour === 'busybox') return fail(sh, io, argv[0], `can't open '${name}': ${e.message}`, 2);
    return fail(sh, io, name, e.message);
  }
  const savedArgs = sh.state.positional;
  if (argv.length > 2) sh.state.positional = argv.slice(2);
  sh.sourcing++;
  try {
    return await sh.evalSource(text, io);
  } catch (e) {
    if (e instanceof Flow && e.kind === 'return') return e.n;
    throw e;
  } finally {
    sh.sourcing--;
    if (argv.length > 2) sh.state.positional = savedArgs;
  }
};

export const exec: Builtin = async (sh, argv, io) => {
  if (argv.length === 1) return 0;
  const status = await runProgramArgv(sh, argv.slice(1), [], io);
  throw new Flow('exit', status);
};
