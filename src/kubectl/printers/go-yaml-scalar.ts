// How go-yaml v2 (behind sigs.k8s.io/yaml, kubectl's `-o yaml`) writes one string: plain,
// 'single', "double" or a | literal block, and where it folds long lines at 80 columns.
// Models gopkg.in/yaml.v2 encode.go (stringv), resolve.go, emitterc.go
// (yaml_emitter_analyze_scalar, yaml_emitter_select_scalar_style, the write_*_scalar functions).

const BEST_WIDTH = 80;

interface Analysis {
  blockPlainAllowed: boolean;
  singleQuotedAllowed: boolean;
  blockAllowed: boolean;
  multiline: boolean;
}

const isBreak = (c: string | undefined) => c === '\r' || c === '\n' || c === '\u0085' || c === '\u2028' || c === '\u2029';
const isBlankZ = (c: string | undefined) => c === undefined || c === ' ' || c === '\t' || c === '\0' || isBreak(c);

/** go-yaml's is_printable, in code points. */
function isPrintable(c: string): boolean {
  const cp = c.codePointAt(0)!;
  return cp === 0x0a || (cp >= 0x20 && cp <= 0x7e) || (cp >= 0xa0 && cp <= 0xd7ff) || (cp >= 0xe000 && cp <= 0xfffd && cp !== 0xfeff);
}

function analyze(chars: string[]): Analysis {
  if (chars.length === 0) return { blockPlainAllowed: true, singleQuotedAllowed: true, blockAllowed: false, multiline: false };
  let blockIndicators = false;
  let lineBreaks = false;
  let special = false;
  let leadingSpace = false, leadingBreak = false, trailingSpace = false, trailingBreak = false;
  let breakSpace = false, spaceBreak = false;
  let previousSpace = false, previousBreak = false;
  const text = chars.join('');
  if (text.startsWith('---') || text.startsWith('...')) blockIndicators = true;
  let precededByWhitespace = true;
  for (let i = 0; i < chars.length; i++) {
    const c = chars[i];
    const followedByWhitespace = i + 1 >= chars.length || chars[i + 1] === ' ' || chars[i + 1] === '\t' || isBreak(chars[i + 1]);
    if (i === 0) {
      if ('#,[]{}&*!|>\'"%@`'.includes(c)) blockIndicators = true;
      else if ((c === '?' || c === ':' || c === '-') && followedByWhitespace) blockIndicators = true;
    } else if (c === ':' && followedByWhitespace) blockIndicators = true;
    else if (c === '#' && precededByWhitespace) blockIndicators = true;
    if (!isPrintable(c) && !isBreak(c)) special = true;
    if (c === '\u0085') special = true; // NEL is a break but not printable
    if (c === ' ') {
      if (i === 0) leadingSpace = true;
      if (i === chars.length - 1) trailingSpace = true;
      if (previousBreak) breakSpace = true;
      previousSpace = true;
      previousBreak = false;
    } else if (isBreak(c)) {
      lineBreaks = true;
      if (i === 0) leadingBreak = true;
      if (i === chars.length - 1) trailingBreak = true;
      if (previousSpace) spaceBreak = true;
      previousSpace = false;
      previousBreak = true;
    } else {
      previousSpace = false;
      previousBreak = false;
    }
    precededByWhitespace = isBlankZ(c);
  }
  let blockPlainAllowed = true, singleQuotedAllowed = true, blockAllowed = true;
  if (leadingSpace || leadingBreak || trailingSpace || trailingBreak) blockPlainAllowed = false;
  if (trailingSpace) blockAllowed = false;
  if (breakSpace) blockPlainAllowed = singleQuotedAllowed = false;
  if (spaceBreak || special) blockPlainAllowed = singleQuotedAllowed = blockAllowed = false;
  if (lineBreaks || blockIndicators) blockPlainAllowed = false;
  return { blockPlainAllowed, singleQuotedAllowed, blockAllowed, multiline: lineBreaks };
}

const RESOLVED_WORDS = new Set(
  ['y', 'Y', 'yes', 'Yes', 'YES', 'n', 'N', 'no', 'No', 'NO', 'true', 'True', 'TRUE', 'false', 'False', 'FALSE', 'on', 'On', 'ON', 'off', 'Off', 'OFF',
    '~', 'null', 'Null', 'NULL', '', '.nan', '.NaN', '.NAN', '.inf', '.Inf', '.INF', '+.inf', '+.Inf', '+.INF', '-.inf', '-.Inf', '-.INF', '<<'],
);

/** Whether go-yaml would read the unquoted text as something other than a string. */
export function resolvesToNonString(s: string): boolean {
  if (RESOLVED_WORDS.has(s)) return true;
  const first = s[0];
  if (!/[-+.0-9]/.test(first)) return false;
  const plain = s.replace(/_/g, '');
  if (/^\d{4}-\d\d?-\d\d?([Tt ]|$)/.test(s) && isTimestamp(s)) return true;
  if (/^[-+]?(0[xX][0-9a-fA-F]+|0[oO]?[0-7]+|0[bB][01]+|\d+)$/.test(plain)) return true;
  if (/^[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?$/.test(plain)) return true;
  if (/^[-+]?(inf|infinity|nan)$/i.test(plain)) return true;
  // Base 60 floats (1:20) are quoted too, for YAML 1.1 readers.
  return /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+(?:\.[0-9_]*)?$/.test(s);
}

function isTimestamp(s: string): boolean {
  return /^\d{4}-\d\d?-\d\d?$/.test(s) || /^\d{4}-\d\d?-\d\d?([Tt]| +)\d\d?:\d\d?:\d\d?(\.\d+)?( *(Z|[-+]\d\d?(:\d\d)?))?$/.test(s);
}

const ESCAPES: Record<string, string> = {
  '\0': '0', '\x07': 'a', '\b': 'b', '\t': 't', '\n': 'n', '\v': 'v', '\f': 'f', '\r': 'r', '\x1b': 'e', '"': '"', '\\': '\\',
  '\u0085': 'N', '\u00a0': '_', '\u2028': 'L', '\u2029': 'P',
};

function escape(c: string): string {
  if (ESCAPES[c] !== undefined) return '\\' + ESCAPES[c];
  const cp = c.codePointAt(0)!;
  const hex = cp.toString(16).toUpperCase();
  if (cp <= 0xff) return '\\x' + hex.padStart(2, '0');
  if (cp <= 0xffff) return '\\u' + hex.padStart(4, '0');
  return '\\U' + hex.padStart(8, '0');
}

export interface ScalarContext {
  /** Column where the scalar starts (after `key: ` or `- `). */
  column: number;
  /** Indentation of continuation lines. */
  indent: number;
  /** Mapping keys may not be folded or written as blocks. */
  isKey: boolean;
}

/** The text of a string scalar; continuation lines (folds, literal blocks) carry their indentation. */
export function writeString(s: string, ctx: ScalarContext): string {
  const chars = [...s];
  const a = analyze(chars);
  let style: 'plain' | 'single' | 'double' | 'literal' =
    s.includes('\n') ? 'literal' : !resolvesToNonString(s) ? 'plain' : 'double';
  if (style === 'plain' && (!a.blockPlainAllowed || (chars.length === 0 && ctx.isKey))) style = 'single';
  if (style === 'single' && !a.singleQuotedAllowed) style = 'double';
  if (style === 'literal' && (!a.blockAllowed || ctx.isKey)) style = 'double';
  const breaks = !ctx.isKey;
  switch (style) {
    case 'plain':
      return folded(chars, ctx, breaks, '', '', (c) => c);
    case 'single':
      return folded(chars, ctx, breaks, "'", "'", (c) => (c === "'" ? "''" : c));
    case 'double':
      return writeDouble(chars, ctx, breaks);
    case 'literal':
      return writeLiteral(chars, ctx);
  }
}

/** Plain and single-quoted scalars: a space past column 80 becomes a line break. */
function folded(chars: string[], ctx: ScalarContext, breaks: boolean, open: string, close: string, map: (c: string) => string): string {
  let out = open;
  let column = ctx.column + open.length;
  let spaces = false;
  const quoted = open !== '';
  for (let i = 0; i < chars.length; i++) {
    const c = chars[i];
    if (c === ' ') {
      const inside = !quoted || (i !== 0 && i !== chars.length - 1);
      if (breaks && !spaces && column > BEST_WIDTH && inside && chars[i + 1] !== ' ') {
        out += '\n' + ' '.repeat(ctx.indent);
        column = ctx.indent;
      } else {
        out += ' ';
        column++;
      }
      spaces = true;
    } else {
      const text = map(c);
      out += text;
      column += text.length;
      spaces = false;
    }
  }
  return out + close;
}

function writeDouble(chars: string[], ctx: ScalarContext, breaks: boolean): string {
  let out = '"';
  let column = ctx.column + 1;
  let spaces = false;
  for (let i = 0; i < chars.length; i++) {
    const c = chars[i];
    if (!isPrintable(c) || c === '\ufeff' || isBreak(c) || c === '"' || c === '\\') {
      const text = escape(c);
      out += text;
      column += text.length;
      spaces = false;
    } else if (c === ' ') {
      if (breaks && !spaces && column > BEST_WIDTH && i > 0 && i < chars.length - 1) {
        out += '\n' + ' '.repeat(ctx.indent);
        column = ctx.indent;
        if (chars[i + 1] === ' ') {
          out += '\\';
          column++;
        }
      } else {
        out += ' ';
        column++;
      }
      spaces = true;
    } else {
      out += c;
      column++;
      spaces = false;
    }
  }
  return out + '"';
}

function writeLiteral(chars: string[], ctx: ScalarContext): string {
  let header = '|';
  if (chars[0] === ' ' || isBreak(chars[0])) header += '2';
  const last = chars[chars.length - 1];
  if (!isBreak(last)) header += '-';
  else if (chars.length === 1 || isBreak(chars[chars.length - 2])) header += '+';
  const pad = ' '.repeat(ctx.indent);
  const body = chars.join('').replace(/\n$/, '');
  const lines = body.split('\n').map((line) => (line === '' ? '' : pad + line));
  return `${header}\n${lines.join('\n')}`;
}
