// find's expression language, parsed into a tree: implicit -a between terms, -o binding
// looser, ! and ( ). Options -maxdepth/-mindepth are pulled out as find treats them.

export type Node =
  | { kind: 'and' | 'or'; left: Node; right: Node }
  | { kind: 'not'; operand: Node }
  | { kind: 'true' | 'print' | 'delete' | 'empty' }
  | { kind: 'name' | 'path'; pattern: string; ignoreCase: boolean }
  | { kind: 'type'; types: string }
  | { kind: 'newer'; file: string }
  | { kind: 'exec'; argv: string[]; batch: boolean };

export interface FindExpression {
  expr: Node;
  maxDepth: number;
  minDepth: number;
  /** The action given, if any: without one, matches are printed. */
  hasAction?: 'print' | 'exec' | 'delete';
}

export type FindError = { error: string; busybox: string };

export function parseFindExpression(args: string[]): FindExpression | FindError {
  let i = 0;
  let maxDepth = Infinity;
  let minDepth = 0;
  let hasAction: FindExpression['hasAction'];
  const fail = (error: string, busybox: string): never => {
    throw Object.assign(new Error(error), { busybox });
  };
  const need = (flag: string): string => {
    const v = args[++i];
    if (v === undefined) fail(`missing argument to \`${flag}'`, `${flag} requires an argument`);
    return v!;
  };
  const primary = (): Node => {
    const a = args[i];
    switch (a) {
      case '(': {
        i++;
        const e = or();
        if (args[i] !== ')') fail("invalid expression; I was expecting to find a ')' somewhere but did not see one.", 'unrecognized: (');
        i++;
        return e;
      }
      case '!': case '-not': i++; return { kind: 'not', operand: primary() };
      case '-name': case '-iname': { const p = need(a); i++; return { kind: 'name', pattern: p, ignoreCase: a === '-iname' }; }
      case '-path': case '-wholename': case '-ipath': { const p = need(a); i++; return { kind: 'path', pattern: p, ignoreCase: a === '-ipath' }; }
      case '-type': {
        const t = need(a);
        if (!/^[fdlcbps](,[fdlcbps])*$/.test(t)) fail(`Unknown argument to -type: ${t}`, `unrecognized: ${t}`);
        i++;
        return { kind: 'type', types: t.replace(/,/g, '') };
      }
      case '-newer': { const file = need(a); i++; return { kind: 'newer', file }; }
      case '-empty': i++; return { kind: 'empty' };
      case '-maxdepth': case '-mindepth': {
        const v = need(a);
        if (!/^\d+$/.test(v)) fail(`Expected a positive decimal integer argument to ${a}, but got '${v}'`, `invalid number '${v}'`);
        if (a === '-maxdepth') maxDepth = Number(v);
        else minDepth = Number(v);
        i++;
        return { kind: 'true' };
      }
      case '-print': i++; hasAction = 'print'; return { kind: 'print' };
      case '-delete': i++; hasAction = 'delete'; return { kind: 'delete' };
      case '-exec': case '-ok': {
        const start = ++i;
        while (i < args.length && args[i] !== ';' && !(args[i] === '+' && args[i - 1] === '{}')) i++;
        if (i >= args.length) fail(`missing argument to \`${a}'`, `${a} requires an argument`);
        const batch = args[i] === '+';
        const argv = args.slice(start, i);
        i++;
        hasAction = 'exec';
        return { kind: 'exec', argv, batch };
      }
      case '-print0': case '-ls': i++; hasAction = 'print'; return { kind: 'print' };
      default:
        if (a === undefined) fail('expected an expression', 'expected an expression');
        if (a.startsWith('-')) fail(`unknown predicate \`${a}'`, `unrecognized: ${a}`);
        return fail(`paths must precede expression: \`${a}'`, `unrecognized: ${a}`);
    }
  };
  const and = (): Node => {
    let left = primary();
    while (i < args.length && args[i] !== '-o' && args[i] !== '-or' && args[i] !== ')') {
      if (args[i] === '-a' || args[i] === '-and') i++;
      left = { kind: 'and', left, right: primary() };
    }
    return left;
  };
  const or = (): Node => {
    let left = and();
    while (args[i] === '-o' || args[i] === '-or') {
      i++;
      left = { kind: 'or', left, right: and() };
    }
    return left;
  };
  try {
    const expr = args.length === 0 ? { kind: 'true' as const } : or();
    if (i < args.length) fail(`paths must precede expression: \`${args[i]}'`, `unrecognized: ${args[i]}`);
    return { expr, maxDepth, minDepth, hasAction };
  } catch (e) {
    return { error: (e as Error).message, busybox: (e as { busybox: string }).busybox };
  }
}
