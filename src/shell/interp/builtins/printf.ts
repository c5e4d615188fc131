// `printf FORMAT [ARG]...`: the format is reused until the arguments run out, as in coreutils.

import { unescape } from './escapes.ts';
import type { Builtin } from './types.ts';
import { fail } from './types.ts';

export const printf: Builtin = (sh, argv, io) => {
  let args = argv.slice(1);
  if (args[0] === '--') args = args.slice(1);
  if (args.length === 0) {
    io.stderr.write('printf: usage: printf [-v var] format [arguments]\n');
    return 2;
  }
  const format = args[0];
  const rest = args.slice(1);
  let status = 0;
  let out = '';
  let used = 0;
  do {
    const r = formatOnce(format, rest, used, (msg) => { fail(sh, io, 'printf', msg); status = 1; });
    out += r.text;
    if (r.stop) break;
    if (r.consumed === 0) break;
    used += r.consumed;
  } while (used < rest.length);
  io.stdout.write(out);
  return status;
};

function formatOnce(format: string, args: string[], from: number, warn: (m: string) => void): { text: string; consumed: number; stop: boolean } {
  let out = '';
  let n = from;
  const next = () => args[n++];
  for (let i = 0; i < format.length; i++) {
    const c = format[i];
    if (c === '\\') {
      const m = /^\\([0-7]{1,3}|x[0-9a-fA-F]{1,2}|.)/s.exec(format.slice(i))!;
      const r = unescape(m[0], false);
      out += r.text;
      if (r.stop) return { text: out, consumed: n - from, stop: true };
      i += m[0].length - 1;
      continue;
    }
    if (c !== '%') { out += c; continue; }
    const m = /^%([-+ #0]*)(\*|[0-9]+)?(?:\.(\*|[0-9]*))?([sdiouxXcbfeEgG%])/.exec(format.slice(i));
    if (!m) { out += c; continue; }
    i += m[0].length - 1;
    const [, flags, w, p, conv] = m;
    if (conv === '%') { out += '%'; continue; }
    const width = w === '*' ? Number(next() ?? 0) : w ? Number(w) : 0;
    const prec = p === '*' ? Number(next() ?? 0) : p !== undefined ? Number(p || 0) : undefined;
    const arg = next();
    let s: string;
    switch (conv) {
      case 's': s = arg ?? ''; if (prec !== undefined) s = s.slice(0, prec); break;
      case 'b': { const r = unescape(arg ?? '', true); s = r.text; break; }
      case 'c': s = (arg ?? '').slice(0, 1); break;
      case 'd': case 'i': case 'o': case 'u': case 'x': case 'X': {
        const v = toInt(arg, warn);
        const base = conv === 'o' ? 8 : conv === 'x' || conv === 'X' ? 16 : 10;
        s = (v < 0n && base !== 10 ? BigInt.asUintN(64, v) : v < 0n ? -v : v).toString(base);
        if (conv === 'X') s = s.toUpperCase();
        if (prec !== undefined) s = s.padStart(prec, '0');
        if (flags.includes('#') && base !== 10 && v !== 0n) s = (base === 8 ? '0' : conv === 'X' ? '0X' : '0x') + s;
        const sign = v < 0n && base === 10 ? '-' : flags.includes('+') ? '+' : flags.includes(' ') ? ' ' : '';
        s = padNumber(sign, s, width, flags);
        out += s;
        continue;
      }
      default: {
        const v = arg === undefined || arg === '' ? 0 : Number(arg);
        if (Number.isNaN(v)) warn(`${arg}: invalid number`);
        const x = Number.isNaN(v) ? 0 : v;
        const pr = prec ?? 6;
        s = conv === 'f' ? Math.abs(x).toFixed(pr) : conv === 'e' || conv === 'E' ? Math.abs(x).toExponential(pr).replace(/e([+-])(\d)$/, 'e$10$2')
          : String(Number(Math.abs(x).toPrecision(pr || 1)));
        if (conv === 'E' || conv === 'G') s = s.toUpperCase();
        const sign = x < 0 ? '-' : flags.includes('+') ? '+' : flags.includes(' ') ? ' ' : '';
        out += padNumber(sign, s, width, flags);
        continue;
      }
    }
    out += flags.includes('-') ? s.padEnd(width) : s.padStart(width);
  }
  return { text: out, consumed: n - from, stop: false };
}

function padNumber(sign: string, digits: string, width: number, flags: string): string {
  if (flags.includes('-')) return (sign + digits).padEnd(width);
  if (flags.includes('0')) return sign + digits.padStart(width - sign.length, '0');
  return (sign + digits).padStart(width);
}

function toInt(arg: string | undefined, warn: (m: string) => void): bigint {
  if (arg === undefined || arg === '') return 0n;
  if (/^['"]/.test(arg)) return BigInt(arg.codePointAt(1) ?? 0);
  const m = /^\s*([+-]?)(0[xX][0-9a-fA-F]+|0[0-7]*|[0-9]+)/.exec(arg);
  if (!m) { warn(`${arg}: invalid number`); return 0n; }
  let v = BigInt(m[2].length > 1 && m[2].startsWith('0') && !/^0[xX]/.test(m[2]) ? '0o' + m[2].slice(1) : m[2]);
  if (m[1] === '-') v = -v;
  if (m[0].length !== arg.length) warn(`${arg}: invalid number`);
  return v;
}
