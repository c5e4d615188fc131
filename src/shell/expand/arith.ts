// Shell arithmetic `$((…))`: 64-bit signed integers with the C operator set, variables by name,
// assignments and ++/--. Errors are values carrying bash's wording.
// Models bash expr.c (precedence table and messages).

export interface ArithVars {
  get(name: string): string | undefined;
  set(name: string, value: string): void;
}

export type ArithResult = { ok: true; value: bigint } | { ok: false; error: string };

class ArithError {
  readonly message: string;
  constructor(message: string) { this.message = message; }
}

const wrap = (v: bigint) => BigInt.asIntN(64, v);
const TOKEN = /\s*(0[xX][0-9a-fA-F]+|[0-9]+#[0-9a-zA-Z@_]+|[0-9]+|[A-Za-z_][A-Za-z0-9_]*|<<=|>>=|\*\*|\+\+|--|<<|>>|<=|>=|==|!=|&&|\|\||[-+*/%&|^]=|[-+*/%<>=!~&|^?:,()])/y;

const BINARY: Record<string, number> = {
  ',': 1, '||': 4, '&&': 5, '|': 6, '^': 7, '&': 8, '==': 9, '!=': 9,
  '<': 10, '<=': 10, '>': 10, '>=': 10, '<<': 11, '>>': 11, '+': 12, '-': 12, '*': 13, '/': 13, '%': 13, '**': 14,
};

export function evalArith(expr: string, vars: ArithVars, depth = 0): ArithResult {
  try {
    return { ok: true, value: new ArithParser(expr, vars, depth).run() };
  } catch (e) {
    if (e instanceof ArithError) return { ok: false, error: e.message };
    throw e;
  }
}

class ArithParser {
  private readonly toks: string[] = [];
  private i = 0;
  private readonly src: string;
  private readonly vars: ArithVars;
  private readonly depth: number;
  /** Inside the untaken side of `&&`, `||`, `?:`: parse but do not assign or divide. */
  private skip = 0;
  private parens = 0;

  constructor(src: string, vars: ArithVars, depth: number) {
    this.src = src;
    this.vars = vars;
    this.depth = depth;
    TOKEN.lastIndex = 0;
    let pos = 0;
    while (pos < src.length) {
      if (/^\s*$/.test(src.slice(pos))) break;
      TOKEN.lastIndex = pos;
      const m = TOKEN.exec(src);
      if (!m) this.fail('syntax error: invalid arithmetic operator', src.slice(pos).trim());
      this.toks.push(m[1]);
      pos = TOKEN.lastIndex;
    }
  }

  private fail(what: string, token: string): never {
    throw new ArithError(`${this.src.trim()}: ${what} (error token is "${token}")`);
  }

  private rest(): string {
    return this.toks.slice(this.i).join(' ');
  }

  run(): bigint {
    if (this.toks.length === 0) return 0n;
    const v = this.expr(0);
    if (this.i < this.toks.length) this.fail('syntax error in expression', this.rest());
    return v;
  }

  private peek(): string | undefined { return this.toks[this.i]; }

  private expr(minPrec: number): bigint {
    let left = this.assign();
    for (;;) {
      const op = this.peek();
      if (op === undefined) return left;
      if (op === '?' && minPrec <= 3) {
        this.i++;
        if (left === 0n) this.skip++;
        const a = this.expr(1);
        if (left === 0n) this.skip--;
        if (this.peek() !== ':') this.fail("expected `:' for conditional expression", this.rest() || ')');
        this.i++;
        if (left !== 0n) this.skip++;
        const b = this.expr(3);
        if (left !== 0n) this.skip--;
        left = left !== 0n ? a : b;
        continue;
      }
      const prec = BINARY[op];
      if (prec === undefined || prec < minPrec) return left;
      this.i++;
      const short = (op === '&&' && left === 0n) || (op === '||' && left !== 0n);
      if (short) this.skip++;
      const right = this.expr(op === '**' ? prec : prec + 1);
      if (short) this.skip--;
      left = this.binary(op, left, right);
    }
  }

  private binary(op: string, a: bigint, b: bigint): bigint {
    switch (op) {
      case ',': return b;
      case '||': return a !== 0n || b !== 0n ? 1n : 0n;
      case '&&': return a !== 0n && b !== 0n ? 1n : 0n;
      case '|': return wrap(a | b);
      case '^': return wrap(a ^ b);
      case '&': return wrap(a & b);
      case '==': return a === b ? 1n : 0n;
      case '!=': return a !== b ? 1n : 0n;
      case '<': return a < b ? 1n : 0n;
      case '<=': return a <= b ? 1n : 0n;
      case '>': return a > b ? 1n : 0n;
      case '>=': return a >= b ? 1n : 0n;
      case '<<': return wrap(a << (b & 63n));
      case '>>': return wrap(a >> (b & 63n));
      case '+': return wrap(a + b);
      case '-': return wrap(a - b);
      case '*': return wrap(a * b);
      case '/': case '%':
        if (b === 0n) { if (this.skip) return 0n; this.fail('division by 0', this.toks[this.i - 1] ?? '0'); }
        return wrap(op === '/' ? a / b : a % b);
      case '**':
        if (b < 0n) this.fail('exponent less than 0', this.toks[this.i - 1] ?? String(b));
        return wrap(a ** b);
    }
    return 0n;
  }

  private assign(): bigint {
    const name = this.peek();
    const op = this.toks[this.i + 1];
    if (name && /^[A-Za-z_]/.test(name) && op && /^([-+*/%&|^]|<<|>>)?=$/.test(op) && op !== '==') {
      this.i += 2;
      const rhs = this.expr(2);
      const value = op === '=' ? rhs : this.binary(op.slice(0, -1), this.variable(name), rhs);
      return this.store(name, value);
    }
    return this.unary();
  }

  private store(name: string, value: bigint): bigint {
    if (!this.skip) this.vars.set(name, String(value));
    return value;
  }

  private unary(): bigint {
    const t = this.peek();
    if (t === undefined) this.fail('syntax error: operand expected', this.src.trim().slice(-1) || '');
    this.i++;
    switch (t) {
      case '+': return this.unary();
      case '-': return wrap(-this.unary());
      case '!': return this.unary() === 0n ? 1n : 0n;
      case '~': return wrap(~this.unary());
      case '++': case '--': {
        const name = this.peek();
        if (!name || !/^[A-Za-z_]/.test(name)) this.fail('syntax error: operand expected', name ?? '');
        this.i++;
        return this.store(name, wrap(this.variable(name) + (t === '++' ? 1n : -1n)));
      }
      case '(': {
        // bash's MAX_EXPR_RECURSION_LEVEL; past it the tree walk would exhaust the stack.
        if (++this.parens > 1024) this.fail('expression recursion level exceeded', this.rest());
        const v = this.expr(0);
        this.parens--;
        if (this.peek() !== ')') this.fail('missing `)\'', this.rest() || ')');
        this.i++;
        return v;
      }
    }
    if (/^[A-Za-z_]/.test(t)) {
      const post = this.peek();
      if (post === '++' || post === '--') {
        this.i++;
        const v = this.variable(t);
        this.store(t, wrap(v + (post === '++' ? 1n : -1n)));
        return v;
      }
      return this.variable(t);
    }
    if (/^[0-9]/.test(t)) return this.number(t);
    this.i--;
    this.fail('syntax error: operand expected', this.rest());
  }

  private number(t: string): bigint {
    try {
      if (/^0[xX]/.test(t)) return wrap(BigInt(t));
      const hash = t.indexOf('#');
      if (hash > 0) return this.based(Number(t.slice(0, hash)), t.slice(hash + 1), t);
      if (t.length > 1 && t.startsWith('0')) {
        if (/[89]/.test(t)) this.fail('value too great for base', t);
        return wrap(BigInt('0o' + t.slice(1)));
      }
      return wrap(BigInt(t));
    } catch (e) {
      if (e instanceof ArithError) throw e;
      this.fail('value too great for base', t);
    }
  }

  private based(base: number, digits: string, t: string): bigint {
    if (base < 2 || base > 64) this.fail('invalid arithmetic base', t);
    const alphabet = '0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ@_';
    let v = 0n;
    for (const ch of digits) {
      let d = alphabet.indexOf(base <= 36 ? ch.toLowerCase() : ch);
      if (d < 0 || d >= base) this.fail('value too great for base', t);
      v = wrap(v * BigInt(base) + BigInt(d));
    }
    return v;
  }

  /** A variable's value is itself an expression (bash evaluates `x=y+1` recursively). */
  private variable(name: string): bigint {
    const raw = this.vars.get(name);
    if (raw === undefined || raw.trim() === '') return 0n;
    if (/^\s*-?[0-9]+\s*$/.test(raw)) return wrap(BigInt(raw.trim()));
    if (this.depth > 32) this.fail('expression recursion level exceeded', name);
    const r = evalArith(raw, this.vars, this.depth + 1);
    if (!r.ok) throw new ArithError(r.error);
    return r.value;
  }
}
