// `export`, `readonly`, `unset` and `local`.

import type { Interp } from '../interp.ts';
import type { Io } from '../io.ts';
import type { Builtin } from './types.ts';
import { fail } from './types.ts';

const NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;

function listing(sh: Interp, io: Io, which: 'exported' | 'readonly'): number {
  const names = [...sh.state.vars.keys()].filter((k) => sh.state.vars.get(k)![which]).sort();
  const bash = sh.opts.voice.flavour === 'bash';
  for (const k of names) {
    const v = sh.state.vars.get(k)!.value;
    io.stdout.write(bash ? `declare -${which === 'exported' ? 'x' : 'r'} ${k}="${v.replace(/(["\\$`])/g, '\\$1')}"\n`
      : `${which === 'exported' ? 'export' : 'readonly'} ${k}='${v.replace(/'/g, `'"'"'`)}'\n`);
  }
  return 0;
}

function declare(which: 'exported' | 'readonly'): Builtin {
  return (sh, argv, io) => {
    let args = argv.slice(1);
    let remove = false;
    while (args[0]?.startsWith('-')) {
      if (args[0] === '-n') remove = true;
      else if (args[0] !== '-p' && args[0] !== '--') return fail(sh, io, argv[0], `${args[0]}: invalid option`, 2);
      args = args.slice(1);
    }
    if (args.length === 0) return listing(sh, io, which);
    let status = 0;
    for (const a of args) {
      const eq = a.indexOf('=');
      const name = eq < 0 ? a : a.slice(0, eq);
      if (!NAME.test(name)) { status = fail(sh, io, argv[0], `\`${a}': not a valid identifier`); continue; }
      const v = sh.state.vars.get(name);
      if (eq >= 0 && v?.readonly) { status = fail(sh, io, name, 'readonly variable'); continue; }
      const value = eq >= 0 ? a.slice(eq + 1) : v?.value;
      if (which === 'exported') {
        if (value === undefined) {
          // `export X` on an unset name marks it for export once it is set.
          sh.state.pendingExports.add(name);
        } else sh.state.vars.set(name, { ...v, value, exported: !remove });
      } else {
        sh.state.vars.set(name, { value: value ?? '', exported: v?.exported ?? false, readonly: true });
      }
    }
    return status;
  };
}

export const exportBuiltin = declare('exported');
export const readonlyBuiltin = declare('readonly');

export const unset: Builtin = (sh, argv, io) => {
  let funcs = false;
  let status = 0;
  for (const a of argv.slice(1)) {
    if (a === '-f') { funcs = true; continue; }
    if (a === '-v') { funcs = false; continue; }
    if (funcs) { sh.state.funcs.delete(a); continue; }
    if (!sh.state.unset(a)) status = fail(sh, io, 'unset', `${a}: cannot unset: readonly variable`);
  }
  return status;
};

export const local: Builtin = (sh, argv, io) => {
  if (sh.state.funcDepth === 0) return fail(sh, io, 'local', 'can only be used in a function');
  for (const a of argv.slice(1)) {
    const eq = a.indexOf('=');
    const name = eq < 0 ? a : a.slice(0, eq);
    if (!NAME.test(name)) return fail(sh, io, 'local', `\`${a}': not a valid identifier`);
    sh.state.makeLocal(name);
    if (eq >= 0) sh.state.set(name, a.slice(eq + 1));
    else if (!sh.state.vars.has(name)) sh.state.set(name, '');
  }
  return 0;
};
