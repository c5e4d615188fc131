// Runs a parsed awk program: fields and records, numbers vs strings (fields that look numeric
// compare as numbers), arrays, user functions, and the builtins people reach for.

import { compile } from './lib/regex.ts';
import { callBuiltin, type BuiltinHost } from './awk-builtins.ts';
import { isNumeric, NUMERIC, sprintf, StrNum, toNum, toStr, type Val } from './awk-values.ts';
import type { AwkProgram, Expr, Stmt } from './awk-parser.ts';
import { Exit, Next, Return, execAsync, execSync, type StatementHost } from './awk-statements.ts';

export { Exit };

export interface AwkIo {
  write(text: string): boolean;
  writeFile(path: string, text: string, append: boolean): void;
  checkpoint(): Promise<void>;
}

export class AwkMachine implements BuiltinHost, StatementHost {
  readonly globals = new Map<string, Val>();
  readonly arrays = new Map<string, Map<string, Val>>();
  private fields: string[] = [];
  /** $0 of the current record. */
  record = '';
  private readonly program: AwkProgram;
  private readonly locals: Map<string, Val | Map<string, Val>>[] = [];
  private readonly opened = new Set<string>();
  private readonly regexCache = new Map<string, RegExp>();

  readonly io: AwkIo;

  constructor(program: AwkProgram, io: AwkIo) {
    this.program = program;
    this.io = io;
    for (const [k, v] of Object.entries({ FS: ' ', OFS: ' ', ORS: '\n', RS: '\n', NR: 0, NF: 0, FNR: 0, SUBSEP: '\x1c', OFMT: '%.6g', CONVFMT: '%.6g', FILENAME: '', RSTART: 0, RLENGTH: -1 })) this.globals.set(k, v);
  }

  setRecord(text: string): void {
    this.record = text;
    this.splitRecord();
  }

  private splitRecord(): void {
    const fs = toStr(this.get('FS'));
    if (this.record === '') this.fields = [];
    else if (fs === ' ') this.fields = this.record.trim().split(/[ \t\n]+/).filter((x) => x !== '');
    else if (fs.length === 1 && fs !== '\\') this.fields = this.record.split(fs);
    else this.fields = this.record.split(this.regex(fs));
    this.globals.set('NF', this.fields.length);
  }

  regex(src: string): RegExp {
    let re = this.regexCache.get(src);
    if (!re) {
      re = compile(src, { extended: true });
      this.regexCache.set(src, re);
    }
    return re;
  }

  get(name: string): Val {
    for (let i = this.locals.length - 1; i >= 0; i--) {
      const frame = this.locals[i];
      if (frame.has(name)) { const v = frame.get(name)!; return v instanceof Map ? '' : v; }
      break;
    }
    return this.globals.get(name) ?? '';
  }

  set(name: string, v: Val): void {
    const frame = this.locals[this.locals.length - 1];
    if (frame?.has(name)) frame.set(name, v);
    else this.globals.set(name, v);
    if (name === 'NF') {
      const n = Math.max(0, Math.trunc(toNum(v)));
      this.fields.length = n;
      for (let i = 0; i < n; i++) this.fields[i] ??= '';
      this.rebuild();
    }
  }

  array(name: string): Map<string, Val> {
    const frame = this.locals[this.locals.length - 1];
    if (frame?.has(name)) {
      let v = frame.get(name);
      if (!(v instanceof Map)) { v = new Map(); frame.set(name, v); }
      return v;
    }
    let a = this.arrays.get(name);
    if (!a) { a = new Map(); this.arrays.set(name, a); }
    return a;
  }

  private rebuild(): void {
    this.record = this.fields.join(toStr(this.get('OFS')));
  }

  private getField(i: number): Val {
    if (i === 0) return new StrNum(this.record);
    return new StrNum(this.fields[i - 1] ?? '');
  }

  private setField(i: number, v: string): void {
    if (i === 0) { this.setRecord(v); return; }
    while (this.fields.length < i) this.fields.push('');
    this.fields[i - 1] = v;
    this.globals.set('NF', this.fields.length);
    this.rebuild();
  }

  key(keys: Expr[]): string {
    return keys.map((k) => toStr(this.eval(k))).join(toStr(this.get('SUBSEP')));
  }

  assignTo(target: Expr, v: Val): Val {
    if (target.t === 'var') this.set(target.name, v);
    else if (target.t === 'index') this.array(target.name).set(this.key(target.keys), v);
    else if (target.t === 'field') this.setField(Math.trunc(toNum(this.eval(target.index))), toStr(v));
    return v;
  }

  truthy(v: Val): boolean {
    if (typeof v === 'number') return v !== 0;
    if (v instanceof StrNum) return NUMERIC.test(v.s) ? toNum(v) !== 0 : v.s !== '';
    return v !== '';
  }

  private matches(text: string, re: Expr): boolean {
    const src = re.t === 're' ? re.v : toStr(this.eval(re));
    return this.regex(src).test(text);
  }

  eval(e: Expr): Val {
    switch (e.t) {
      case 'num': return e.v;
      case 'str': return e.v;
      case 're': return this.regex(e.v).test(this.record) ? 1 : 0;
      case 'group': return this.eval(e.e);
      case 'var': return this.get(e.name);
      case 'field': return this.getField(Math.trunc(toNum(this.eval(e.index))));
      case 'index': return this.array(e.name).get(this.key(e.keys)) ?? '';
      case 'in': return this.array(e.name).has(this.key(e.keys)) ? 1 : 0;
      case 'assign': {
        if (e.op === '=') return this.assignTo(e.target, (() => { const v = this.eval(e.value); return v instanceof StrNum ? v : v; })());
        const cur = toNum(this.eval(e.target));
        const r = toNum(this.eval(e.value));
        return this.assignTo(e.target, arith(e.op.slice(0, -1), cur, r));
      }
      case 'cond': return this.truthy(this.eval(e.test)) ? this.eval(e.yes) : this.eval(e.no);
      case 'incdec': {
        const cur = toNum(this.eval(e.target));
        const next = e.op === '++' ? cur + 1 : cur - 1;
        this.assignTo(e.target, next);
        return e.prefix ? next : cur;
      }
      case 'un': {
        const v = this.eval(e.operand);
        if (e.op === '!') return this.truthy(v) ? 0 : 1;
        return e.op === '-' ? -toNum(v) : toNum(v);
      }
      case 'match': {
        const hit = this.matches(toStr(this.eval(e.left)), e.right);
        return hit !== e.negate ? 1 : 0;
      }
      case 'bin': {
        if (e.op === '&&') return this.truthy(this.eval(e.left)) && this.truthy(this.eval(e.right)) ? 1 : 0;
        if (e.op === '||') return this.truthy(this.eval(e.left)) || this.truthy(this.eval(e.right)) ? 1 : 0;
        const l = this.eval(e.left);
        const r = this.eval(e.right);
        if (e.op === ' ') return toStr(l, toStr(this.get('CONVFMT'))) + toStr(r, toStr(this.get('CONVFMT')));
        if (['<', '<=', '>', '>=', '==', '!='].includes(e.op)) {
          const numeric = isNumeric(l) && isNumeric(r);
          const a = numeric ? toNum(l) : toStr(l);
          const b = numeric ? toNum(r) : toStr(r);
          const c = a < b ? -1 : a > b ? 1 : 0;
          return ({ '<': c < 0, '<=': c <= 0, '>': c > 0, '>=': c >= 0, '==': c === 0, '!=': c !== 0 } as Record<string, boolean>)[e.op] ? 1 : 0;
        }
        return arith(e.op, toNum(l), toNum(r));
      }
      case 'call': return e.builtin ? this.builtin(e.name, e.args) : this.callUser(e.name, e.args);
    }
  }

  private builtin(name: string, args: Expr[]): Val {
    return callBuiltin(this, name, args);
  }

  private callUser(name: string, args: Expr[]): Val {
    const fn = this.program.functions.get(name);
    if (!fn) throw new Error(`calling undefined function ${name}`);
    const frame = new Map<string, Val | Map<string, Val>>();
    fn.params.forEach((param, i) => {
      const a = args[i];
      if (a && a.t === 'var' && this.arrays.has(a.name)) frame.set(param, this.arrays.get(a.name)!);
      else frame.set(param, a ? this.eval(a) : '');
    });
    if (this.locals.length > 200) throw new Error('function call nesting too deep');
    this.locals.push(frame);
    try {
      execSync(this, fn.body);
      return '';
    } catch (e) {
      if (e instanceof Return) return e.value;
      throw e;
    } finally {
      this.locals.pop();
    }
  }

  print(s: Extract<Stmt, { t: 'print' }>): void {
    let text: string;
    if (s.printf) {
      const vals = s.args.map((a) => this.eval(a));
      text = vals.length === 0 ? '' : sprintf(toStr(vals[0]), vals.slice(1));
    } else {
      const ofmt = toStr(this.get('OFMT'));
      const parts = s.args.length === 0 ? [this.record] : s.args.map((a) => toStr(this.eval(a), ofmt));
      text = parts.join(toStr(this.get('OFS'))) + toStr(this.get('ORS'));
    }
    if (s.redirect && s.redirect.op !== '|') {
      const path = toStr(this.eval(s.redirect.target));
      const append = s.redirect.op === '>>' || this.opened.has(path);
      this.opened.add(path);
      this.io.writeFile(path, text, append);
      return;
    }
    if (!this.io.write(text)) throw new Exit(2);
  }

  /** Runs one rule's action for the current record; false after `next`. */
  async runAction(body: Stmt[] | undefined): Promise<boolean> {
    try {
      if (body === undefined) this.print({ t: 'print', args: [], printf: false });
      else await execAsync(this, body);
      return true;
    } catch (e) {
      if (e instanceof Next) return false;
      throw e;
    }
  }

  test(e: Expr): boolean {
    return this.truthy(this.eval(e));
  }
}

function arith(op: string, a: number, b: number): number {
  switch (op) {
    case '+': return a + b;
    case '-': return a - b;
    case '*': return a * b;
    case '/': if (b === 0) throw new Error('division by zero'); return a / b;
    case '%': if (b === 0) throw new Error('division by zero in %'); return a % b;
    case '^': return a ** b;
    default: return 0;
  }
}
