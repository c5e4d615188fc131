// `test EXPR` and `[ EXPR ]`: POSIX test with -a/-o, ! and parentheses.
// Models bash test.c (posixtest for up to four arguments, then the recursive grammar).

import { resolve as resolvePath } from '../../../os/path.ts';
import { matchPattern } from '../../expand/pattern.ts';
import type { Interp } from '../interp.ts';
import type { Io } from '../io.ts';
import type { Builtin } from './types.ts';

class TestError {
  readonly message: string;
  /** busybox's wording, when it differs. */
  readonly ash: string;
  constructor(message: string, ash = message) {
    this.message = message;
    this.ash = ash;
  }
}

export const test: Builtin = (sh, argv, io) => {
  let args = argv.slice(1);
  if (argv[0] === '[') {
    if (args[args.length - 1] !== ']') {
      sh.error(io, sh.opts.voice.flavour === 'busybox' ? 'missing ]' : "[: missing `]'");
      return 2;
    }
    args = args.slice(0, -1);
  }
  return evaluateTest(sh, argv[0], args, io, false);
};

/** Runs a test expression; `patterns` makes `==` match shell patterns, as `[[ ]]` does. */
export function evaluateTest(sh: Interp, name: string, args: string[], io: Io, patterns: boolean): number {
  try {
    return new Evaluator(sh, args, patterns).run() ? 0 : 1;
  } catch (e) {
    if (!(e instanceof TestError)) throw e;
    sh.error(io, sh.opts.voice.flavour === 'busybox' ? e.ash : `${name}: ${e.message}`);
    return 2;
  }
}

const UNARY = new Set(['-e', '-f', '-d', '-r', '-w', '-x', '-s', '-z', '-n', '-L', '-h', '-p', '-S', '-b', '-c', '-t', '-g', '-u', '-k', '-O', '-G']);
const BINARY = new Set(['=~', '=', '==', '!=', '<', '>', '-eq', '-ne', '-lt', '-le', '-gt', '-ge', '-nt', '-ot', '-ef']);

class Evaluator {
  private i = 0;
  private readonly sh: Interp;
  private readonly args: string[];
  private readonly patterns: boolean;
  constructor(sh: Interp, args: string[], patterns: boolean) {
    this.sh = sh;
    this.args = args;
    this.patterns = patterns;
  }

  run(): boolean {
    const a = this.args;
    if (a.length === 0) return false;
    if (a.length === 1) return a[0] !== '';
    if (a.length === 2 && a[0] === '!') return a[1] === '';
    if (a.length === 2 && UNARY.has(a[0])) return this.unary(a[0], a[1]);
    if (a.length === 2) throw new TestError(`${a[0]}: unary operator expected`);
    if (a.length === 3 && BINARY.has(a[1])) return this.binary(a[0], a[1], a[2]);
    const v = this.or();
    if (this.i < a.length) throw new TestError('too many arguments');
    return v;
  }

  private or(): boolean {
    let v = this.and();
    while (this.args[this.i] === '-o') { this.i++; const r = this.and(); v = v || r; }
    return v;
  }

  private and(): boolean {
    let v = this.not();
    while (this.args[this.i] === '-a') { this.i++; const r = this.not(); v = v && r; }
    return v;
  }

  private not(): boolean {
    if (this.args[this.i] === '!') { this.i++; return !this.not(); }
    return this.primary();
  }

  private primary(): boolean {
    const a = this.args;
    const t = a[this.i];
    if (t === undefined) throw new TestError('argument expected');
    if (t === '(') {
      this.i++;
      const v = this.or();
      if (a[this.i] !== ')') throw new TestError("`)' expected");
      this.i++;
      return v;
    }
    if (BINARY.has(a[this.i + 1] ?? '') && this.i + 2 < a.length) {
      this.i += 3;
      return this.binary(t, a[this.i - 2], a[this.i - 1]);
    }
    if (UNARY.has(t) && this.i + 1 < a.length) {
      this.i += 2;
      return this.unary(t, a[this.i - 1]);
    }
    this.i++;
    return t !== '';
  }

  private unary(op: string, arg: string): boolean {
    if (op === '-z') return arg === '';
    if (op === '-n') return arg !== '';
    if (op === '-t') return false;
    const { fs, cred } = this.sh.ctx;
    const path = resolvePath(this.sh.state.cwd, arg);
    if (arg === '') return false;
    try {
      if (op === '-L' || op === '-h') return fs.exists(path, cred) && (fs as unknown as { lstat?: (p: string, c: unknown) => { type: string } }).lstat?.(path, cred).type === 'symlink';
      const st = fs.stat(path, cred);
      switch (op) {
        case '-e': return true;
        case '-f': return st.type === 'file';
        case '-d': return st.type === 'dir';
        case '-c': return st.type === 'device';
        case '-s': return st.size > 0;
        case '-r': return fs.access(path, 'r', cred);
        case '-w': return fs.access(path, 'w', cred);
        case '-x': return fs.access(path, 'x', cred);
        case '-u': return (st.mode & 0o4000) !== 0;
        case '-g': return (st.mode & 0o2000) !== 0;
        case '-k': return (st.mode & 0o1000) !== 0;
        case '-O': return st.uid === cred.uid;
        case '-G': return st.gid === cred.gid;
      }
      return false;
    } catch {
      return false;
    }
  }

  private binary(l: string, op: string, r: string): boolean {
    switch (op) {
      case '=': case '==': return this.patterns ? matchPattern(r, l) : l === r;
      case '!=': return this.patterns ? !matchPattern(r, l) : l !== r;
      case '=~': {
        try {
          return new RegExp(r).test(l);
        } catch {
          throw new TestError(`${r}: invalid regular expression`);
        }
      }
      case '<': return l < r;
      case '>': return l > r;
      case '-nt': case '-ot': case '-ef': return this.files(l, op, r);
    }
    const a = this.int(l);
    const b = this.int(r);
    switch (op) {
      case '-eq': return a === b;
      case '-ne': return a !== b;
      case '-lt': return a < b;
      case '-le': return a <= b;
      case '-gt': return a > b;
      default: return a >= b;
    }
  }

  private int(s: string): bigint {
    if (!/^\s*[+-]?[0-9]+\s*$/.test(s)) throw new TestError(`${s}: integer expression expected`, `${s}: bad number`);
    return BigInt(s.trim());
  }

  private files(l: string, op: string, r: string): boolean {
    const { fs, cred } = this.sh.ctx;
    const st = (p: string) => { try { return fs.stat(resolvePath(this.sh.state.cwd, p), cred); } catch { return undefined; } };
    const a = st(l);
    const b = st(r);
    if (op === '-ef') return !!a && !!b && a.ino === b.ino;
    if (op === '-nt') return !!a && (!b || a.mtime > b.mtime);
    return !!b && (!a || a.mtime < b.mtime);
  }
}

export type { Io };
