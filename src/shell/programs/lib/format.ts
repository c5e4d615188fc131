// printf(3)-style formatting shared by printf(1) and awk's printf/sprintf, plus the backslash
// escapes of `echo -e` and printf formats. Models coreutils src/printf.c.

/** Backslash escapes; `echo` style reads `\0NNN` for octal, printf style `\NNN`. */
export function unescape(s: string, echoStyle: boolean): { text: string; stop: boolean } {
  let out = '';
  for (let i = 0; i < s.length; i++) {
    const c = s[i];
    if (c !== '\\' || i + 1 >= s.length) {
      out += c;
      continue;
    }
    const d = s[++i];
    const simple: Record<string, string> = { n: '\n', t: '\t', r: '\r', a: '\x07', b: '\b', f: '\f', v: '\v', e: '\x1b', '\\': '\\' };
    if (d in simple) out += simple[d];
    else if (d === 'c') return { text: out, stop: true };
    else if (d === 'x') {
      const m = /^[0-9a-fA-F]{1,2}/.exec(s.slice(i + 1));
      if (!m) out += '\\x';
      else {
        out += String.fromCharCode(parseInt(m[0], 16));
        i += m[0].length;
      }
    } else if (/[0-7]/.test(d) && (!echoStyle || d === '0')) {
      const from = echoStyle ? i + 1 : i;
      const m = /^[0-7]{0,3}/.exec(s.slice(from))![0];
      out += String.fromCharCode(parseInt(m || '0', 8) & 255);
      i = from + m.length - 1;
    } else if (!echoStyle && (d === '"' || d === "'")) out += d;
    else out += '\\' + d;
  }
  return { text: out, stop: false };
}

export interface Conversion {
  flags: string;
  width?: number;
  precision?: number;
  conv: string;
}

/** Formats one value for a conversion (`%-5s`, `%05.2f`, `%x`). */
export function formatValue(spec: Conversion, value: string | number): string {
  const { flags, precision, conv } = spec;
  let body: string;
  let numeric = true;
  const num = typeof value === 'number' ? value : toNumber(value);
  switch (conv) {
    case 'd': case 'i': case 'u': {
      const n = Math.trunc(num);
      body = Math.abs(n).toString();
      if (precision !== undefined) body = body.padStart(precision, '0');
      body = sign(n < 0, flags) + body;
      break;
    }
    case 'x': case 'X': case 'o': {
      const n = Math.trunc(num);
      body = (n < 0 ? BigInt.asUintN(64, BigInt(n)) : BigInt(n)).toString(conv === 'o' ? 8 : 16);
      if (conv === 'X') body = body.toUpperCase();
      if (flags.includes('#') && n !== 0) body = (conv === 'o' ? '0' : conv === 'x' ? '0x' : '0X') + body;
      break;
    }
    case 'f': case 'F':
      body = sign(num < 0, flags) + toFixedEven(Math.abs(num), precision ?? 6);
      break;
    case 'e': case 'E': {
      const e = Math.abs(num).toExponential(precision ?? 6).replace(/e([+-])(\d)$/, 'e$10$2');
      body = sign(num < 0, flags) + (conv === 'E' ? e.toUpperCase() : e);
      break;
    }
    case 'g': case 'G': {
      const p = precision === 0 ? 1 : precision ?? 6;
      let g = Math.abs(num).toPrecision(p);
      if (g.includes('e')) g = g.replace(/\.?0+e/, 'e').replace(/e([+-])(\d)$/, 'e$10$2');
      else if (g.includes('.')) g = g.replace(/\.?0+$/, '');
      body = sign(num < 0, flags) + (conv === 'G' ? g.toUpperCase() : g);
      break;
    }
    case 'c':
      numeric = false;
      body = typeof value === 'number' ? String.fromCharCode(value) : value.slice(0, 1);
      break;
    default:
      numeric = false;
      body = String(value);
      if (precision !== undefined) body = body.slice(0, precision);
  }
  const width = spec.width ?? 0;
  if (body.length >= width) return body;
  if (flags.includes('-')) return body.padEnd(width);
  if (numeric && flags.includes('0') && !(precision !== undefined && 'diuxXo'.includes(conv))) {
    const m = /^([+ -]|0[xX])?(.*)$/.exec(body)!;
    const lead = m[1] ?? '';
    return lead + m[2].padStart(width - lead.length, '0');
  }
  return body.padStart(width);
}

function sign(negative: boolean, flags: string): string {
  if (negative) return '-';
  if (flags.includes('+')) return '+';
  if (flags.includes(' ')) return ' ';
  return '';
}

/** strtod-like: leading number of a string ('3abc' → 3), 'x' of a character constant ('"A' → 65). */
export function toNumber(s: string): number {
  const t = s.trim();
  if (/^['"]/.test(t)) return t.length > 1 ? t.charCodeAt(1) : 0;
  if (/^[+-]?0[xX][0-9a-fA-F]+$/.test(t)) return parseInt(t, 16);
  const m = /^[+-]?(\d+\.?\d*([eE][+-]?\d+)?|\.\d+([eE][+-]?\d+)?)/.exec(t);
  return m ? Number(m[0]) : 0;
}

export const CONVERSION = /%([-+ #0]*)(\*|\d+)?(?:\.(\*|\d*))?([diouxXfFeEgGcsb%])/y;

/** toFixed with glibc's rounding: an exact tie (2.25 to one place) goes to the even digit. */
export function toFixedEven(x: number, digits: number): string {
  const scaled = x * 10 ** digits;
  if (digits <= 15 && Number.isFinite(scaled) && !Number.isInteger(scaled) && Number.isInteger(scaled * 2) && scaled < 2 ** 52) {
    const down = Math.floor(scaled);
    const n = down % 2 === 0 ? down : down + 1;
    return (n / 10 ** digits).toFixed(digits);
  }
  return x.toFixed(digits);
}
