// The part of the jq language people use with kubectl -o json: paths (.a.b, .[0], .[], .["k"],
// optional ?), pipes, commas, select/map/keys/length and friends, comparisons, and/or/not,
// alternative //, array and object construction, string interpolation. Models jq's parser.y.

export type JqNode =
  | { k: 'identity' }
  | { k: 'recurse' }
  | { k: 'field'; target: JqNode; name: string; opt: boolean }
  | { k: 'index'; target: JqNode; index: JqNode; opt: boolean }
  | { k: 'slice'; target: JqNode; from?: JqNode; to?: JqNode }
  | { k: 'iterate'; target: JqNode; opt: boolean }
  | { k: 'pipe' | 'comma' | 'alt' | 'and' | 'or'; left: JqNode; right: JqNode }
  | { k: 'binop'; op: string; left: JqNode; right: JqNode }
  | { k: 'neg'; operand: JqNode }
  | { k: 'literal'; value: unknown }
  | { k: 'string'; parts: (string | JqNode)[] }
  | { k: 'array'; body?: JqNode }
  | { k: 'object'; entries: { key: JqNode | string; value?: JqNode }[] }
  | { k: 'call'; name: string; args: JqNode[] }
  | { k: 'if'; cond: JqNode; then: JqNode; else?: JqNode }
  | { k: 'var'; name: string }
  | { k: 'as'; source: JqNode; name: string; body: JqNode }
  | { k: 'try'; body: JqNode };

export class JqSyntaxError extends Error {}

interface Tok { t: 'punct' | 'ident' | 'field' | 'num' | 'str' | 'var' | 'fmt' | 'eof'; v: string; parts?: (string | string[])[] }

function lex(src: string): Tok[] {
  const out: Tok[] = [];
  let i = 0;
  while (i < src.length) {
    const c = src[i];
    if (/\s/.test(c)) { i++; continue; }
    if (c === '#') { while (i < src.length && src[i] !== '\n') i++; continue; }
    if (c === '"') {
      // Strings keep interpolations \( … ) as nested source, parsed later.
      const parts: (string | string[])[] = [];
      let s = '';
      i++;
      while (i < src.length && src[i] !== '"') {
        if (src[i] === '\\') {
          const d = src[i + 1];
          if (d === '(') {
            let depth = 1;
            let j = i + 2;
            for (; j < src.length && depth > 0; j++) {
              if (src[j] === '(') depth++;
              else if (src[j] === ')') depth--;
            }
            parts.push(s, [src.slice(i + 2, j - 1)]);
            s = '';
            i = j;
            continue;
          }
          const esc: Record<string, string> = { n: '\n', t: '\t', r: '\r', '"': '"', '\\': '\\', '/': '/', b: '\b', f: '\f' };
          if (d === 'u') { s += String.fromCharCode(parseInt(src.slice(i + 2, i + 6), 16)); i += 6; continue; }
          s += esc[d] ?? d;
          i += 2;
          continue;
        }
        s += src[i++];
      }
      if (i >= src.length) throw new JqSyntaxError('unterminated string');
      i++;
      parts.push(s);
      out.push({ t: 'str', v: '', parts });
      continue;
    }
    if (/[0-9]/.test(c)) {
      const m = /^\d+(\.\d+)?([eE][+-]?\d+)?/.exec(src.slice(i))![0];
      out.push({ t: 'num', v: m });
      i += m.length;
      continue;
    }
    if (c === '.' && /[A-Za-z_]/.test(src[i + 1] ?? '')) {
      const m = /^[A-Za-z_][A-Za-z0-9_]*/.exec(src.slice(i + 1))![0];
      out.push({ t: 'field', v: m });
      i += m.length + 1;
      continue;
    }
    if (c === '$') {
      const m = /^[A-Za-z_][A-Za-z0-9_]*/.exec(src.slice(i + 1))?.[0] ?? '';
      out.push({ t: 'var', v: m });
      i += m.length + 1;
      continue;
    }
    if (c === '@') {
      const m = /^[A-Za-z0-9]+/.exec(src.slice(i + 1))?.[0] ?? '';
      out.push({ t: 'fmt', v: m });
      i += m.length + 1;
      continue;
    }
    if (/[A-Za-z_]/.test(c)) {
      const m = /^[A-Za-z_][A-Za-z0-9_]*/.exec(src.slice(i))![0];
      out.push({ t: 'ident', v: m });
      i += m.length;
      continue;
    }
    const two = src.slice(i, i + 2);
    if (['==', '!=', '<=', '>=', '//', '..', '|='].includes(two)) { out.push({ t: 'punct', v: two }); i += 2; continue; }
    if ('.[]{}()|,:;<>+-*/%?='.includes(c)) { out.push({ t: 'punct', v: c }); i++; continue; }
    throw new JqSyntaxError(`syntax error, unexpected INVALID_CHARACTER`);
  }
  out.push({ t: 'eof', v: '' });
  return out;
}

export function parseJq(src: string): JqNode {
  const toks = lex(src);
  let p = 0;
  const peek = () => toks[p];
  const isP = (v: string) => toks[p].t === 'punct' && toks[p].v === v;
  const isI = (v: string) => toks[p].t === 'ident' && toks[p].v === v;
  const expect = (v: string) => {
    if (!isP(v) && !isI(v)) throw new JqSyntaxError(`syntax error, unexpected ${toks[p].t === 'eof' ? 'end of file' : `'${toks[p].v}'`}`);
    p++;
  };
  const pipe = (): JqNode => {
    let left = comma();
    if (isI('as')) {
      p++;
      const name = toks[p++].v;
      expect('|');
      return { k: 'as', source: left, name, body: pipe() };
    }
    while (isP('|')) { p++; left = { k: 'pipe', left, right: pipe() }; }
    return left;
  };
  const comma = (): JqNode => {
    let left = alt();
    while (isP(',')) { p++; left = { k: 'comma', left, right: alt() }; }
    return left;
  };
  const alt = (): JqNode => {
    let left = or();
    while (isP('//')) { p++; left = { k: 'alt', left, right: or() }; }
    return left;
  };
  const or = (): JqNode => {
    let left = and();
    while (isI('or')) { p++; left = { k: 'or', left, right: and() }; }
    return left;
  };
  const and = (): JqNode => {
    let left = cmp();
    while (isI('and')) { p++; left = { k: 'and', left, right: cmp() }; }
    return left;
  };
  const cmp = (): JqNode => {
    const left = add();
    for (const op of ['==', '!=', '<=', '>=', '<', '>']) if (isP(op)) { p++; return { k: 'binop', op, left, right: add() }; }
    return left;
  };
  const add = (): JqNode => {
    let left = mul();
    while (isP('+') || isP('-')) { const op = toks[p++].v; left = { k: 'binop', op, left, right: mul() }; }
    return left;
  };
  const mul = (): JqNode => {
    let left = postfix();
    while (isP('*') || isP('/') || isP('%')) { const op = toks[p++].v; left = { k: 'binop', op, left, right: postfix() }; }
    return left;
  };
  const suffixes = (base: JqNode): JqNode => {
    let node = base;
    for (;;) {
      if (peek().t === 'field') { node = { k: 'field', target: node, name: toks[p++].v, opt: false }; }
      else if (isP('.') && toks[p + 1].t === 'str') { p++; node = { k: 'field', target: node, name: String(toks[p++].parts![0]), opt: false }; }
      else if (isP('.') && toks[p + 1].t === 'punct' && toks[p + 1].v === '[') { p++; }
      else if (isP('[')) {
        p++;
        if (isP(']')) { p++; node = { k: 'iterate', target: node, opt: false }; }
        else if (isP(':')) { p++; const to = pipe(); expect(']'); node = { k: 'slice', target: node, to }; }
        else {
          const index = pipe();
          if (isP(':')) { p++; const to = isP(']') ? undefined : pipe(); expect(']'); node = { k: 'slice', target: node, from: index, to }; }
          else { expect(']'); node = { k: 'index', target: node, index, opt: false }; }
        }
      } else if (isP('?')) {
        p++;
        if (node.k === 'field' || node.k === 'index' || node.k === 'iterate') node = { ...node, opt: true };
        else node = { k: 'try', body: node };
      } else return node;
    }
  };
  const postfix = (): JqNode => suffixes(primary());
  const primary = (): JqNode => {
    const t = peek();
    if (t.t === 'field') return { k: 'identity' };
    if (isP('..')) { p++; return { k: 'recurse' }; }
    if (isP('.')) {
      p++;
      if (peek().t === 'str') return { k: 'field', target: { k: 'identity' }, name: String(toks[p++].parts![0]), opt: false };
      return { k: 'identity' };
    }
    if (t.t === 'num') { p++; return { k: 'literal', value: Number(t.v) }; }
    if (t.t === 'str') {
      p++;
      return { k: 'string', parts: t.parts!.map((part) => (typeof part === 'string' ? part : parseJq(part[0]))) };
    }
    if (t.t === 'var') { p++; return { k: 'var', name: t.v }; }
    if (t.t === 'fmt') { p++; return { k: 'call', name: `@${t.v}`, args: [] }; }
    if (isP('-')) { p++; return { k: 'neg', operand: postfix() }; }
    if (isP('(')) { p++; const e = pipe(); expect(')'); return e; }
    if (isP('[')) { p++; if (isP(']')) { p++; return { k: 'array' }; } const body = pipe(); expect(']'); return { k: 'array', body }; }
    if (isP('{')) {
      p++;
      const entries: { key: JqNode | string; value?: JqNode }[] = [];
      while (!isP('}')) {
        let key: JqNode | string;
        const kt = toks[p];
        if (kt.t === 'ident') { p++; key = kt.v; }
        else if (kt.t === 'str') { p++; key = kt.parts!.length === 1 ? String(kt.parts![0]) : { k: 'string', parts: kt.parts!.map((part) => (typeof part === 'string' ? part : parseJq(part[0]))) }; }
        else if (kt.t === 'var') { p++; entries.push({ key: kt.v, value: { k: 'var', name: kt.v } }); if (isP(',')) p++; continue; }
        else if (isP('(')) { p++; key = pipe(); expect(')'); }
        else throw new JqSyntaxError(`syntax error, unexpected '${kt.v}'`);
        let value: JqNode | undefined;
        if (isP(':')) { p++; value = alt(); }
        entries.push({ key, value });
        if (isP(',')) p++;
        else break;
      }
      expect('}');
      return { k: 'object', entries };
    }
    if (isI('if')) {
      p++;
      const cond = pipe();
      expect('then');
      const then = pipe();
      let otherwise: JqNode | undefined;
      if (isI('elif')) { toks[p] = { t: 'ident', v: 'if' }; otherwise = primary(); return { k: 'if', cond, then, else: otherwise }; }
      if (isI('else')) { p++; otherwise = pipe(); }
      expect('end');
      return { k: 'if', cond, then, else: otherwise };
    }
    if (isI('try')) { p++; return { k: 'try', body: postfix() }; }
    if (t.t === 'ident') {
      p++;
      if (t.v === 'true' || t.v === 'false') return { k: 'literal', value: t.v === 'true' };
      if (t.v === 'null') return { k: 'literal', value: null };
      const args: JqNode[] = [];
      if (isP('(')) {
        p++;
        args.push(pipe());
        while (isP(';')) { p++; args.push(pipe()); }
        expect(')');
      }
      return { k: 'call', name: t.v, args };
    }
    throw new JqSyntaxError(`syntax error, unexpected ${t.t === 'eof' ? 'end of file' : `'${t.v}'`}`);
  };
  const node = pipe();
  if (peek().t !== 'eof') throw new JqSyntaxError(`syntax error, unexpected '${peek().v}'`);
  return node;
}
