// Tokens of the awk language (POSIX awk's lexical conventions): a '/' starts a regex where an
// operand is expected, newlines end statements except after tokens that continue them.

export type TokenKind = 'num' | 'str' | 're' | 'name' | 'func' | 'builtin' | 'kw' | 'op' | 'nl' | 'eof';

export interface Token {
  kind: TokenKind;
  value: string;
  pos: number;
}

const KEYWORDS = new Set(['BEGIN', 'END', 'function', 'func', 'if', 'else', 'while', 'for', 'do', 'break', 'continue', 'next', 'exit', 'return', 'delete', 'in', 'getline', 'print', 'printf']);
const BUILTINS = new Set(['length', 'substr', 'index', 'split', 'sub', 'gsub', 'match', 'sprintf', 'sin', 'cos', 'atan2', 'exp', 'log', 'sqrt', 'int', 'rand', 'srand', 'tolower', 'toupper', 'system', 'close']);
const OPS = ['+=', '-=', '*=', '/=', '%=', '^=', '==', '<=', '>=', '!=', '++', '--', '&&', '||', '>>', '!~', '**', '{', '}', '(', ')', '[', ']', ';', ',', '+', '-', '*', '/', '%', '^', '!', '>', '<', '|', '?', ':', '~', '$', '='];

export class AwkSyntaxError extends Error {}

export function tokenize(src: string): Token[] {
  const out: Token[] = [];
  let i = 0;
  const operandEnded = () => {
    const t = out[out.length - 1];
    if (!t) return false;
    return t.kind === 'num' || t.kind === 'str' || t.kind === 'name' || t.kind === 're' || t.kind === 'builtin' || (t.kind === 'op' && (t.value === ')' || t.value === ']' || t.value === '$' || t.value === '++' || t.value === '--'));
  };
  while (i < src.length) {
    const c = src[i];
    if (c === ' ' || c === '\t' || c === '\r') { i++; continue; }
    if (c === '\\' && src[i + 1] === '\n') { i += 2; continue; }
    if (c === '#') { while (i < src.length && src[i] !== '\n') i++; continue; }
    if (c === '\n') { out.push({ kind: 'nl', value: '\n', pos: i }); i++; continue; }
    if (/[0-9]/.test(c) || (c === '.' && /[0-9]/.test(src[i + 1] ?? ''))) {
      const m = /^(0[xX][0-9a-fA-F]+|\d*\.?\d*([eE][+-]?\d+)?)/.exec(src.slice(i))!;
      out.push({ kind: 'num', value: m[0], pos: i });
      i += m[0].length;
      continue;
    }
    if (/[A-Za-z_]/.test(c)) {
      const m = /^[A-Za-z_][A-Za-z_0-9]*/.exec(src.slice(i))![0];
      const kind: TokenKind = KEYWORDS.has(m) ? 'kw' : BUILTINS.has(m) ? 'builtin' : src[i + m.length] === '(' ? 'func' : 'name';
      out.push({ kind, value: m, pos: i });
      i += m.length;
      continue;
    }
    if (c === '"') {
      let s = '';
      i++;
      while (i < src.length && src[i] !== '"') {
        if (src[i] === '\n') throw new AwkSyntaxError('runaway string constant');
        if (src[i] === '\\' && i + 1 < src.length) {
          const d = src[++i];
          const esc: Record<string, string> = { n: '\n', t: '\t', r: '\r', '\\': '\\', '"': '"', '/': '/', a: '\x07', b: '\b', f: '\f', v: '\v' };
          if (/[0-7]/.test(d)) {
            const m = /^[0-7]{1,3}/.exec(src.slice(i))![0];
            s += String.fromCharCode(parseInt(m, 8));
            i += m.length;
            continue;
          }
          s += esc[d] ?? '\\' + d;
          i++;
        } else s += src[i++];
      }
      if (i >= src.length) throw new AwkSyntaxError('non-terminated string');
      i++;
      out.push({ kind: 'str', value: s, pos: i });
      continue;
    }
    if (c === '/' && !operandEnded()) {
      let s = '';
      i++;
      let inBracket = false;
      while (i < src.length && (src[i] !== '/' || inBracket)) {
        if (src[i] === '\n') throw new AwkSyntaxError('non-terminated regular expression');
        if (src[i] === '\\' && i + 1 < src.length) { s += src[i] + src[i + 1]; i += 2; continue; }
        if (src[i] === '[') inBracket = true;
        else if (src[i] === ']') inBracket = false;
        s += src[i++];
      }
      if (i >= src.length) throw new AwkSyntaxError('non-terminated regular expression');
      i++;
      out.push({ kind: 're', value: s, pos: i });
      continue;
    }
    const op = OPS.find((o) => src.startsWith(o, i));
    if (!op) throw new AwkSyntaxError(`invalid char '${c}' in expression`);
    out.push({ kind: 'op', value: op === '**' ? '^' : op, pos: i });
    i += op.length;
  }
  out.push({ kind: 'eof', value: '', pos: i });
  return out;
}
