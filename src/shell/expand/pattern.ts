// Shell pattern matching (`case`, `${x%pat}`, pathname globbing): `*`, `?`, `[a-z]`, `[!x]`.
// Patterns arrive with quoted characters escaped by a backslash, so `"*"` matches only a star.

/** Escapes pattern characters, for text that came from quotes. */
export function quotePattern(s: string): string {
  return s.replace(/[*?[\]\\]/g, '\\$&');
}

export function hasGlob(pattern: string): boolean {
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i];
    if (c === '\\') { i++; continue; }
    if (c === '*' || c === '?' || c === '[') return true;
  }
  return false;
}

/** Removes pattern escapes: the literal text a non-matching glob stands for. */
export function unescapePattern(pattern: string): string {
  return pattern.replace(/\\(.)/gs, '$1');
}

const cache = new Map<string, RegExp>();

/** Compiles a pattern to an anchored RegExp source (no flags). */
export function patternSource(pattern: string, greedy = true): string {
  let re = '';
  const star = greedy ? '[\\s\\S]*' : '[\\s\\S]*?';
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i];
    if (c === '\\' && i + 1 < pattern.length) { re += escapeRe(pattern[++i]); continue; }
    if (c === '*') { re += star; continue; }
    if (c === '?') { re += '[\\s\\S]'; continue; }
    if (c === '[') {
      const cls = bracket(pattern, i);
      if (cls) { re += cls.re; i = cls.end; continue; }
    }
    re += escapeRe(c);
  }
  return re;
}

function bracket(p: string, start: number): { re: string; end: number } | undefined {
  let i = start + 1;
  let negate = false;
  if (p[i] === '!' || p[i] === '^') { negate = true; i++; }
  let body = '';
  let first = true;
  for (; i < p.length; i++) {
    const c = p[i];
    if (c === ']' && !first) return { re: `[${negate ? '^' : ''}${body}]`, end: i };
    first = false;
    if (c === '[' && p[i + 1] === ':') {
      const close = p.indexOf(':]', i + 2);
      if (close > 0) {
        body += CLASSES[p.slice(i + 2, close)] ?? '';
        i = close + 1;
        continue;
      }
    }
    if (c === '\\' && i + 1 < p.length) { body += '\\' + p[++i]; continue; }
    body += c === '-' ? '-' : c === ']' || c === '^' || c === '\\' ? '\\' + c : c;
  }
  return undefined;
}

const CLASSES: Record<string, string> = {
  alpha: 'A-Za-z', digit: '0-9', alnum: 'A-Za-z0-9', upper: 'A-Z', lower: 'a-z', space: '\\s',
  xdigit: '0-9A-Fa-f', punct: '!-\\/:-@\\[-`{-~', blank: ' \\t',
};

function escapeRe(c: string): string {
  return c.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}

export function matchPattern(pattern: string, text: string): boolean {
  let re = cache.get(pattern);
  if (!re) {
    re = new RegExp(`^${patternSource(pattern)}$`);
    if (cache.size > 500) cache.clear();
    cache.set(pattern, re);
  }
  return re.test(text);
}

/** `${x#p}` (shortest prefix), `${x##p}`, `${x%p}` (shortest suffix), `${x%%p}`. */
export function trimPattern(value: string, pattern: string, op: '#' | '##' | '%' | '%%'): string {
  const re = new RegExp(`^${patternSource(pattern)}$`);
  if (op === '#' || op === '##') {
    const lens = [...Array(value.length + 1).keys()];
    if (op === '##') lens.reverse();
    for (const n of lens) if (re.test(value.slice(0, n))) return value.slice(n);
  } else {
    const starts = [...Array(value.length + 1).keys()];
    if (op === '%') starts.reverse();
    for (const n of starts) if (re.test(value.slice(n))) return value.slice(0, n);
  }
  return value;
}

/** `${x/p/r}` and `${x//p/r}`: leftmost longest matches replaced. */
export function replacePattern(value: string, pattern: string, repl: string, all: boolean): string {
  if (pattern === '') return value;
  const re = new RegExp(`^${patternSource(pattern)}$`);
  let out = '';
  let i = 0;
  while (i <= value.length) {
    let matched = -1;
    for (let j = value.length; j > i; j--) if (re.test(value.slice(i, j))) { matched = j; break; }
    if (matched < 0) { if (i < value.length) out += value[i]; i++; continue; }
    out += repl;
    i = matched;
    if (!all) return out + value.slice(i);
  }
  return out;
}
