// The awk grammar (POSIX awk, without getline), parsed by precedence climbing into a small
// tree: rules of pattern { action }, BEGIN/END, functions, statements and expressions.

import { AwkSyntaxError, tokenize, type Token } from './awk-lexer.ts';

export type Expr =
  | { t: 'num'; v: number }
  | { t: 'str'; v: string }
  | { t: 're'; v: string }
  | { t: 'var'; name: string }
  | { t: 'field'; index: Expr }
  | { t: 'index'; name: string; keys: Expr[] }
  | { t: 'assign'; op: string; target: Expr; value: Expr }
  | { t: 'cond'; test: Expr; yes: Expr; no: Expr }
  | { t: 'bin'; op: string; left: Expr; right: Expr }
  | { t: 'un'; op: string; operand: Expr }
  | { t: 'incdec'; op: string; prefix: boolean; target: Expr }
  | { t: 'in'; keys: Expr[]; name: string }
  | { t: 'match'; negate: boolean; left: Expr; right: Expr }
  | { t: 'call'; name: string; args: Expr[]; builtin: boolean }
  | { t: 'group'; e: Expr };

export type Stmt =
  | { t: 'expr'; e: Expr }
  | { t: 'print'; args: Expr[]; printf: boolean; redirect?: { op: string; target: Expr } }
  | { t: 'if'; test: Expr; yes: Stmt; no?: Stmt }
  | { t: 'while'; test: Expr; body: Stmt; doWhile: boolean }
  | { t: 'for'; init?: Stmt; test?: Expr; step?: Stmt; body: Stmt }
  | { t: 'forin'; key: string; name: string; body: Stmt }
  | { t: 'block'; body: Stmt[] }
  | { t: 'simple'; what: 'next' | 'break' | 'continue' | 'exit' | 'return'; value?: Expr }
  | { t: 'delete'; name: string; keys?: Expr[] };

export interface Rule {
  kind: 'begin' | 'end' | 'main';
  pattern?: Expr;
  range?: Expr;
  action?: Stmt[];
}

export interface AwkProgram {
  rules: Rule[];
  functions: Map<string, { params: string[]; body: Stmt[] }>;
}

export function parseAwk(src: string): AwkProgram {
  const toks = tokenize(src);
  let p = 0;
  const peek = (o = 0): Token => toks[Math.min(p + o, toks.length - 1)];
  const is = (v: string) => peek().value === v && (peek().kind === 'op' || peek().kind === 'kw');
  const eat = (v: string): Token => {
    if (!is(v)) throw new AwkSyntaxError(`syntax error at source line 1 near '${peek().value || 'end of file'}'`);
    return toks[p++];
  };
  const nls = () => { while (peek().kind === 'nl' || (peek().kind === 'op' && peek().value === ';' && false)) p++; };
  const optNl = () => { while (peek().kind === 'nl') p++; };
  const terms = () => { while (peek().kind === 'nl' || is(';')) p++; };

  let noIn = false;
  let noGt = false;
  const primary = (): Expr => {
    const t = peek();
    if (t.kind === 'num') { p++; return { t: 'num', v: Number(t.value) }; }
    if (t.kind === 'str') { p++; return { t: 'str', v: t.value }; }
    if (t.kind === 're') { p++; return { t: 're', v: t.value }; }
    if (is('$')) { p++; return { t: 'field', index: incdec() }; }
    if (is('(')) {
      p++;
      const saveIn = noIn; const saveGt = noGt;
      noIn = false; noGt = false;
      const first = expr();
      if (is(',')) {
        const keys = [first];
        while (is(',')) { p++; keys.push(expr()); }
        eat(')');
        eat('in');
        noIn = saveIn; noGt = saveGt;
        return { t: 'in', keys, name: toks[p++].value };
      }
      eat(')');
      noIn = saveIn; noGt = saveGt;
      return { t: 'group', e: first };
    }
    if (is('-') || is('+') || is('!')) { p++; return { t: 'un', op: t.value, operand: unary() }; }
    if (is('++') || is('--')) { p++; return { t: 'incdec', op: t.value, prefix: true, target: primary() }; }
    if (t.kind === 'builtin' || t.kind === 'func') {
      p++;
      const args: Expr[] = [];
      if (is('(')) {
        p++;
        const save = noGt; noGt = false;
        const saveIn = noIn; noIn = false;
        while (!is(')')) { args.push(expr()); if (is(',')) { p++; optNl(); } }
        noGt = save; noIn = saveIn;
        eat(')');
      }
      return { t: 'call', name: t.value, args, builtin: t.kind === 'builtin' };
    }
    if (t.kind === 'name') {
      p++;
      if (is('[')) {
        p++;
        const keys = [expr()];
        while (is(',')) { p++; keys.push(expr()); }
        eat(']');
        return { t: 'index', name: t.value, keys };
      }
      return { t: 'var', name: t.value };
    }
    throw new AwkSyntaxError(`syntax error at source line 1 near '${t.value || 'end of file'}'`);
  };
  const incdec = (): Expr => {
    const e = primary();
    if ((is('++') || is('--')) && (e.t === 'var' || e.t === 'index' || e.t === 'field')) return { t: 'incdec', op: toks[p++].value, prefix: false, target: e };
    return e;
  };
  const power = (): Expr => {
    const base = incdec();
    if (is('^')) { p++; return { t: 'bin', op: '^', left: base, right: unary() }; }
    return base;
  };
  const unary = (): Expr => {
    if (is('-') || is('+') || is('!')) { const op = toks[p++].value; return { t: 'un', op, operand: unary() }; }
    return power();
  };
  const mul = (): Expr => {
    let l = unary();
    while (is('*') || is('/') || is('%')) { const op = toks[p++].value; l = { t: 'bin', op, left: l, right: unary() }; }
    return l;
  };
  const add = (): Expr => {
    let l = mul();
    while (is('+') || is('-')) { const op = toks[p++].value; l = { t: 'bin', op, left: l, right: mul() }; }
    return l;
  };
  const startsOperand = () => {
    const t = peek();
    if (t.kind === 'num' || t.kind === 'str' || t.kind === 're' || t.kind === 'name' || t.kind === 'builtin' || t.kind === 'func') return true;
    return t.kind === 'op' && ['$', '(', '!', '-', '+', '++', '--'].includes(t.value) && !(t.value === 'in');
  };
  const concat = (): Expr => {
    let l = add();
    while (startsOperand() && !is('in')) l = { t: 'bin', op: ' ', left: l, right: add() };
    return l;
  };
  const compare = (): Expr => {
    const l = concat();
    if (is('<') || is('<=') || is('!=') || is('==') || is('>=') || (is('>') && !noGt)) {
      const op = toks[p++].value;
      return { t: 'bin', op, left: l, right: concat() };
    }
    return l;
  };
  const matchOp = (): Expr => {
    let l = compare();
    while (is('~') || is('!~')) { const neg = toks[p++].value === '!~'; l = { t: 'match', negate: neg, left: l, right: compare() }; }
    return l;
  };
  const inOp = (): Expr => {
    let l = matchOp();
    while (is('in') && !noIn) { p++; l = { t: 'in', keys: [l], name: toks[p++].value }; }
    return l;
  };
  const and = (): Expr => {
    let l = inOp();
    while (is('&&')) { p++; optNl(); l = { t: 'bin', op: '&&', left: l, right: inOp() }; }
    return l;
  };
  const or = (): Expr => {
    let l = and();
    while (is('||')) { p++; optNl(); l = { t: 'bin', op: '||', left: l, right: and() }; }
    return l;
  };
  const ternary = (): Expr => {
    const test = or();
    if (!is('?')) return test;
    p++;
    const yes = ternary();
    eat(':');
    return { t: 'cond', test, yes, no: ternary() };
  };
  const expr = (): Expr => {
    const l = ternary();
    if (['=', '+=', '-=', '*=', '/=', '%=', '^='].some((o) => is(o)) && (l.t === 'var' || l.t === 'index' || l.t === 'field')) {
      const op = toks[p++].value;
      optNl();
      return { t: 'assign', op, target: l, value: expr() };
    }
    return l;
  };

  const simpleStmt = (): Stmt => {
    const t = peek();
    if (t.kind === 'kw' && (t.value === 'print' || t.value === 'printf')) {
      p++;
      const args: Expr[] = [];
      noGt = true;
      const paren = is('(') && (() => {
        // `print (a, b)` vs `print (a) b`: a parenthesised list only when ')' ends the list.
        let depth = 0;
        for (let k = p; k < toks.length; k++) {
          const v = toks[k];
          if (v.kind === 'op' && (v.value === '(' || v.value === '[')) depth++;
          else if (v.kind === 'op' && (v.value === ')' || v.value === ']')) { depth--; if (depth === 0) { const n = toks[k + 1]; return n.kind === 'nl' || n.kind === 'eof' || (n.kind === 'op' && [';', '}', '>', '>>', '|'].includes(n.value)); } }
        }
        return false;
      })();
      if (paren) {
        p++;
        noGt = false;
        while (!is(')')) { args.push(expr()); if (is(',')) { p++; optNl(); } }
        p++;
        noGt = true;
      } else {
        while (!(peek().kind === 'nl' || peek().kind === 'eof' || is(';') || is('}') || is('>') || is('>>') || is('|'))) {
          args.push(expr());
          if (is(',')) { p++; optNl(); } else break;
        }
      }
      noGt = false;
      let redirect: { op: string; target: Expr } | undefined;
      if (is('>') || is('>>') || is('|')) { const op = toks[p++].value; redirect = { op, target: concat() }; }
      return { t: 'print', args, printf: t.value === 'printf', redirect };
    }
    if (t.kind === 'kw' && ['next', 'break', 'continue', 'exit', 'return'].includes(t.value)) {
      p++;
      const what = t.value as 'next' | 'break' | 'continue' | 'exit' | 'return';
      const value = (what === 'exit' || what === 'return') && !(peek().kind === 'nl' || is(';') || is('}') || peek().kind === 'eof') ? expr() : undefined;
      return { t: 'simple', what, value };
    }
    if (t.kind === 'kw' && t.value === 'delete') {
      p++;
      const name = toks[p++].value;
      if (!is('[')) return { t: 'delete', name };
      p++;
      const keys = [expr()];
      while (is(',')) { p++; keys.push(expr()); }
      eat(']');
      return { t: 'delete', name, keys };
    }
    return { t: 'expr', e: expr() };
  };
  const stmt = (): Stmt => {
    optNl();
    if (is('{')) { p++; const body = stmts(); eat('}'); return { t: 'block', body }; }
    if (is('if')) {
      p++; eat('('); const test = expr(); eat(')'); optNl();
      const yes = stmt();
      const save = p;
      terms();
      if (is('else')) { p++; optNl(); return { t: 'if', test, yes, no: stmt() }; }
      p = save;
      return { t: 'if', test, yes };
    }
    if (is('while')) { p++; eat('('); const test = expr(); eat(')'); if (is(';')) { p++; return { t: 'while', test, body: { t: 'block', body: [] }, doWhile: false }; } optNl(); return { t: 'while', test, body: stmt(), doWhile: false }; }
    if (is('do')) { p++; optNl(); const body = stmt(); terms(); eat('while'); eat('('); const test = expr(); eat(')'); return { t: 'while', test, body, doWhile: true }; }
    if (is('for')) {
      p++; eat('(');
      if (peek().kind === 'name' && peek(1).value === 'in' && peek(2).kind === 'name' && peek(3).value === ')') {
        const key = toks[p].value; const name = toks[p + 2].value; p += 4; optNl();
        return { t: 'forin', key, name, body: stmt() };
      }
      const init = is(';') ? undefined : simpleStmt(); eat(';'); optNl();
      const test = is(';') ? undefined : expr(); eat(';'); optNl();
      const step = is(')') ? undefined : simpleStmt(); eat(')');
      if (is(';')) { p++; return { t: 'for', init, test, step, body: { t: 'block', body: [] } }; }
      optNl();
      return { t: 'for', init, test, step, body: stmt() };
    }
    if (is(';')) { p++; return { t: 'block', body: [] }; }
    return simpleStmt();
  };
  function stmts(): Stmt[] {
    const body: Stmt[] = [];
    terms();
    while (!is('}') && peek().kind !== 'eof') {
      body.push(stmt());
      terms();
    }
    return body;
  }

  const program: AwkProgram = { rules: [], functions: new Map() };
  nls();
  while (peek().kind !== 'eof') {
    if (is('function') || is('func')) {
      p++;
      const name = toks[p++].value;
      eat('(');
      const params: string[] = [];
      while (!is(')')) { params.push(toks[p++].value); if (is(',')) { p++; optNl(); } }
      eat(')'); optNl(); eat('{');
      const body = stmts(); eat('}');
      program.functions.set(name, { params, body });
    } else if (is('BEGIN') || is('END')) {
      const kind = toks[p++].value === 'BEGIN' ? 'begin' : 'end';
      optNl(); eat('{');
      const action = stmts(); eat('}');
      program.rules.push({ kind, action });
    } else {
      const pattern = is('{') ? undefined : expr();
      let range: Expr | undefined;
      if (is(',')) { p++; optNl(); range = expr(); }
      let action: Stmt[] | undefined;
      if (is('{')) { p++; action = stmts(); eat('}'); }
      program.rules.push({ kind: 'main', pattern, range, action });
    }
    terms();
  }
  return program;
}
