// `type NAME…` and `command [-vV] NAME [ARG…]`: how the shell would run a name.

import type { Interp } from '../interp.ts';
import type { Io } from '../io.ts';
import { childView, runProgramArgv } from '../simple.ts';
import { BUILTINS } from './index.ts';
import type { Builtin } from './types.ts';

const KEYWORDS = new Set(['if', 'then', 'else', 'elif', 'fi', 'case', 'esac', 'for', 'while', 'until', 'do', 'done', '{', '}', '!', 'in', 'function', '[[', ']]']);

type Kind = { kind: 'alias' | 'keyword' | 'function' | 'builtin' | 'file'; text: string } | undefined;

function classify(sh: Interp, name: string): Kind {
  const alias = sh.state.aliases.get(name);
  if (alias !== undefined) return { kind: 'alias', text: alias };
  if (KEYWORDS.has(name)) return { kind: 'keyword', text: name };
  if (sh.state.funcs.has(name)) return { kind: 'function', text: name };
  if (BUILTINS.has(name)) return { kind: 'builtin', text: name };
  const view = childView(sh, sh.state.environ());
  const path = sh.opts.locate?.(name, view) ?? (sh.opts.resolve(name, view) ? (name.includes('/') ? name : `/usr/bin/${name}`) : undefined);
  return path === undefined ? undefined : { kind: 'file', text: path };
}

function describe(sh: Interp, name: string, k: NonNullable<Kind>, io: Io): void {
  const bash = sh.opts.voice.flavour === 'bash';
  switch (k.kind) {
    case 'alias': io.stdout.write(bash ? `${name} is aliased to \`${k.text}'\n` : `${name} is an alias for ${k.text}\n`); break;
    case 'keyword': io.stdout.write(`${name} is a shell keyword\n`); break;
    case 'function': io.stdout.write(`${name} is a function\n`); break;
    case 'builtin': io.stdout.write(`${name} is a shell builtin\n`); break;
    case 'file': io.stdout.write(`${name} is ${k.text}\n`); break;
  }
}

export const type: Builtin = (sh, argv, io) => {
  let status = 0;
  for (const name of argv.slice(1).filter((a) => !a.startsWith('-'))) {
    const k = classify(sh, name);
    if (k) describe(sh, name, k, io);
    else {
      if (sh.opts.voice.flavour === 'bash') { sh.error(io, `type: ${name}: not found`); status = 1; }
      else { io.stdout.write(`${name}: not found\n`); status = 127; }
    }
  }
  return status;
};

export const command: Builtin = async (sh, argv, io) => {
  const mode = argv[1];
  if (mode === '-v' || mode === '-V') {
    let status = 0;
    for (const name of argv.slice(2)) {
      const k = classify(sh, name);
      if (!k) {
        status = 1;
        if (mode === '-V') sh.error(io, `command: ${name}: not found`);
        continue;
      }
      if (mode === '-V') describe(sh, name, k, io);
      else io.stdout.write(k.kind === 'alias' ? `alias ${name}='${k.text}'\n` : k.kind === 'file' ? `${k.text}\n` : `${name}\n`);
    }
    return status;
  }
  const args = argv.slice(mode === '--' || mode === '-p' ? 2 : 1);
  if (args.length === 0) return 0;
  const builtin = BUILTINS.get(args[0]);
  if (builtin) return builtin(sh, args, io);
  return runProgramArgv(sh, args, [], io);
};
