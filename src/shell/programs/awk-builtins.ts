// awk's built-in functions: length, substr, index, split, sub, gsub, match, sprintf, the
// arithmetic ones, tolower/toupper. Models POSIX awk's function table.

import type { Expr } from './awk-parser.ts';
import { sprintf, StrNum, toNum, toStr, type Val } from './awk-values.ts';

/** What the built-ins reach of the running program. */
export interface BuiltinHost {
  readonly globals: Map<string, Val>;
  readonly arrays: Map<string, Map<string, Val>>;
  readonly record: string;
  eval(e: Expr): Val;
  regex(src: string): RegExp;
  array(name: string): Map<string, Val>;
  assignTo(target: Expr, v: Val): Val;
  get(name: string): Val;
}

export function callBuiltin(m: BuiltinHost, name: string, args: Expr[]): Val {
  const s = (i: number) => toStr(m.eval(args[i]));
  const n = (i: number) => toNum(m.eval(args[i]));
  switch (name) {
    case 'length':
      if (args.length === 0) return [...m.record].length;
      if (args[0].t === 'var' && (m.arrays.has(args[0].name))) return m.arrays.get(args[0].name)!.size;
      return [...s(0)].length;
    case 'substr': {
      const str = [...s(0)];
      const start = Math.round(n(1));
      const len = args.length > 2 ? Math.round(n(2)) : Infinity;
      // As mawk (Ubuntu's awk) and busybox: a start before 1 is moved to 1, the length kept.
      const from = Math.max(start, 1);
      const to = Math.min(from + len, str.length + 1);
      return to <= from ? '' : str.slice(from - 1, to - 1).join('');
    }
    case 'index': return s(0).indexOf(s(1)) + 1;
    case 'split': {
      const str = s(0);
      const target = args[1];
      if (target.t !== 'var') return 0;
      const arr = m.array(target.name);
      arr.clear();
      const sep = args.length > 2 ? (args[2].t === 're' ? args[2].v : s(2)) : toStr(m.get('FS'));
      const parts = str === '' ? [] : sep === ' ' ? str.trim().split(/[ \t\n]+/) : sep.length === 1 ? str.split(sep) : str.split(m.regex(sep));
      parts.forEach((part, i) => arr.set(String(i + 1), new StrNum(part)));
      return parts.length;
    }
    case 'sub': case 'gsub': {
      const re = args[0].t === 're' ? args[0].v : s(0);
      const target = args[2] ?? { t: 'field', index: { t: 'num', v: 0 } };
      const text = toStr(m.eval(target));
      const repl = s(1);
      let count = 0;
      const regex = new RegExp(m.regex(re).source, 'g');
      const result = text.replace(regex, (m) => {
        if (name === 'sub' && count > 0) return m;
        count++;
        return repl.replace(/\\\\|\\&|&/g, (t) => (t === '&' ? m : t === '\\&' ? '&' : '\\'));
      });
      if (count > 0) m.assignTo(target, result);
      return count;
    }
    case 'match': {
      const hit = m.regex(args[1].t === 're' ? args[1].v : s(1)).exec(s(0));
      m.globals.set('RSTART', hit ? hit.index + 1 : 0);
      m.globals.set('RLENGTH', hit ? hit[0].length : -1);
      return hit ? hit.index + 1 : 0;
    }
    case 'sprintf': return sprintf(s(0), args.slice(1).map((a) => m.eval(a)));
    case 'int': return Math.trunc(n(0));
    case 'sqrt': return Math.sqrt(n(0));
    case 'exp': return Math.exp(n(0));
    case 'log': return Math.log(n(0));
    case 'sin': return Math.sin(n(0));
    case 'cos': return Math.cos(n(0));
    case 'atan2': return Math.atan2(n(0), n(1));
    case 'rand': return 0.237788;
    case 'srand': return 0;
    case 'tolower': return s(0).toLowerCase();
    case 'toupper': return s(0).toUpperCase();
    case 'close': return 0;
    case 'system': return 0;
    default: return '';
  }
}
