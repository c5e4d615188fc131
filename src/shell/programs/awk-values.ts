// awk's values: numbers, strings, and "strnums" (input that compares as a number when it
// looks like one), with the conversions and printf formatting between them.

import { CONVERSION, formatValue } from './lib/format.ts';

/** A field or input string that compares as a number when it looks like one ("strnum"). */
export class StrNum {
  readonly s: string;
  constructor(s: string) {
    this.s = s;
  }
}

export type Val = number | string | StrNum;

export const NUMERIC = /^\s*[+-]?(\d+\.?\d*([eE][+-]?\d+)?|\.\d+([eE][+-]?\d+)?)\s*$/;

export function toNum(v: Val): number {
  if (typeof v === 'number') return v;
  const s = v instanceof StrNum ? v.s : v;
  const m = /^\s*[+-]?(\d+\.?\d*([eE][+-]?\d+)?|\.\d+([eE][+-]?\d+)?)/.exec(s);
  return m ? Number(m[0]) : 0;
}

export function toStr(v: Val, fmt = '%.6g'): string {
  if (typeof v === 'string') return v;
  if (v instanceof StrNum) return v.s;
  if (Number.isInteger(v)) return String(v);
  return sprintf(fmt, [v]);
}

export function isNumeric(v: Val): boolean {
  return typeof v === 'number' || (v instanceof StrNum && NUMERIC.test(v.s));
}

export function sprintf(format: string, args: Val[]): string {
  let out = '';
  let a = 0;
  for (let i = 0; i < format.length;) {
    if (format[i] !== '%') { out += format[i++]; continue; }
    CONVERSION.lastIndex = i;
    const m = CONVERSION.exec(format);
    if (!m) { out += format[i++]; continue; }
    i = CONVERSION.lastIndex;
    if (m[4] === '%') { out += '%'; continue; }
    const star = (s: string | undefined) => (s === '*' ? toNum(args[a++] ?? 0) : s === undefined || s === '' ? undefined : Number(s));
    const width = star(m[2]);
    const precision = m[3] === undefined ? undefined : star(m[3]) ?? 0;
    const v = args[a++] ?? '';
    const conv = m[4];
    if (conv === 'c') out += formatValue({ flags: m[1], width, conv: 'c' }, isNumeric(v) ? String.fromCharCode(toNum(v)) : toStr(v));
    else if ('sb'.includes(conv)) out += formatValue({ flags: m[1], width, precision, conv: 's' }, toStr(v));
    else out += formatValue({ flags: m[1], width, precision, conv }, toNum(v));
  }
  return out;
}

