// resource.Quantity: parsing, canonical printing and arithmetic. Values are held exactly as
// integer nano-units (BigInt), the finest scale Kubernetes keeps; anything finer rounds up.
// Models staging/src/k8s.io/apimachinery/pkg/api/resource/quantity.go

export type QuantityFormat = 'DecimalSI' | 'BinarySI' | 'DecimalExponent';

export interface ParsedQuantity {
  /** The value in nano-units (value × 10⁹). */
  nanos: bigint;
  format: QuantityFormat;
}

/** The text apimachinery returns for any string it cannot parse (ErrFormatWrong). */
export const QUANTITY_FORMAT_ERROR =
  "quantities must match the regular expression '^([+-]?[0-9.]+)([eEinumkKMGTP]*[-+]?[0-9]*)$'";

const PATTERN = /^([+-]?)([0-9]*)(?:\.([0-9]*))?(.*)$/;
const DECIMAL_SUFFIXES: Record<string, number> = { n: -9, u: -6, m: -3, '': 0, k: 3, M: 6, G: 9, T: 12, P: 15, E: 18 };
const BINARY_SUFFIXES: Record<string, number> = { Ki: 1, Mi: 2, Gi: 3, Ti: 4, Pi: 5, Ei: 6 };
const NANO = 1_000_000_000n;

function pow(base: bigint, exp: number): bigint {
  let r = 1n;
  for (let i = 0; i < exp; i++) r *= base;
  return r;
}

/** Rounds num/den away from zero, as Quantity rounds precision it cannot hold. */
function divUp(num: bigint, den: bigint): bigint {
  const q = num / den;
  if (q * den === num) return q;
  return num < 0n ? q - 1n : q + 1n;
}

export function parseQuantity(input: string | number): ParsedQuantity | undefined {
  const text = typeof input === 'number' ? numberText(input) : input;
  if (text === '') return undefined;
  const m = PATTERN.exec(text);
  if (!m) return undefined;
  const [, sign, whole, frac = '', suffix] = m;
  if (whole === '' && frac === '') return undefined;
  let num = BigInt((whole || '0') + frac) * NANO;
  let den = pow(10n, frac.length);
  let format: QuantityFormat = 'DecimalSI';
  if (suffix in BINARY_SUFFIXES) {
    num *= pow(1024n, BINARY_SUFFIXES[suffix]);
    format = 'BinarySI';
  } else if (suffix in DECIMAL_SUFFIXES) {
    const e = DECIMAL_SUFFIXES[suffix];
    if (e >= 0) num *= pow(10n, e);
    else den *= pow(10n, -e);
  } else {
    const exp = /^[eE]([-+]?[0-9]+)$/.exec(suffix);
    if (!exp) return undefined;
    const e = Number(exp[1]);
    if (Math.abs(e) > 30) return undefined;
    if (e >= 0) num *= pow(10n, e);
    else den *= pow(10n, -e);
    format = 'DecimalExponent';
  }
  let nanos = divUp(num, den);
  if (sign === '-') nanos = -nanos;
  return { nanos, format };
}

function numberText(n: number): string {
  // YAML numbers (cpu: 0.5) reach the server as JSON numbers; print them without exponent noise.
  if (Number.isInteger(n)) return BigInt(n).toString();
  return String(n).includes('e') ? n.toFixed(9).replace(/0+$/, '') : String(n);
}

/** The canonical string the API server stores: `0.5` → `500m`, `1024Mi` → `1Gi`. */
export function formatQuantity(q: ParsedQuantity): string {
  const { nanos } = q;
  if (nanos === 0n) return '0';
  const neg = nanos < 0n;
  const abs = neg ? -nanos : nanos;
  let format = q.format;
  if (format === 'BinarySI' && (abs % NANO !== 0n || abs < 1024n * NANO)) format = 'DecimalSI';
  let text: string;
  if (format === 'BinarySI') {
    let mantissa = abs / NANO;
    let k = 0;
    while (k < 6 && mantissa % 1024n === 0n) {
      mantissa /= 1024n;
      k++;
    }
    text = mantissa.toString() + (k === 0 ? '' : ['', 'Ki', 'Mi', 'Gi', 'Ti', 'Pi', 'Ei'][k]);
  } else {
    let mantissa = abs;
    let exp = -9;
    while (exp < 18 && mantissa % 1000n === 0n) {
      mantissa /= 1000n;
      exp += 3;
    }
    const suffix = format === 'DecimalExponent'
      ? (exp === 0 ? '' : `e${exp}`)
      : Object.keys(DECIMAL_SUFFIXES).find((s) => DECIMAL_SUFFIXES[s] === exp)!;
    text = mantissa.toString() + suffix;
  }
  return neg ? '-' + text : text;
}

/** Canonical form of a quantity, or undefined when it does not parse. */
export function canonicalQuantity(input: string | number): string | undefined {
  const q = parseQuantity(input);
  return q ? formatQuantity(q) : undefined;
}

export function compareQuantity(a: string | number, b: string | number): number {
  const x = parseQuantity(a)?.nanos ?? 0n;
  const y = parseQuantity(b)?.nanos ?? 0n;
  return x < y ? -1 : x > y ? 1 : 0;
}

/** a + b, printed in a's format (as Quantity.Add keeps the receiver's format). */
export function addQuantity(a: string | number, b: string | number): string {
  const x = parseQuantity(a) ?? { nanos: 0n, format: 'DecimalSI' as const };
  const y = parseQuantity(b)?.nanos ?? 0n;
  return formatQuantity({ nanos: x.nanos + y, format: x.format });
}

export function isZeroQuantity(input: string | number): boolean {
  return parseQuantity(input)?.nanos === 0n;
}

/** Quantity.MilliValue: thousandths, rounded up (cpu `500m` → 500). */
export function toMillis(input: string | number): number {
  const q = parseQuantity(input);
  return q ? Number(divUp(q.nanos, 1_000_000n)) : 0;
}

/** Quantity.Value: whole units rounded up (memory `128Mi` → 134217728 bytes). */
export function toBytes(input: string | number): number {
  const q = parseQuantity(input);
  return q ? Number(divUp(q.nanos, NANO)) : 0;
}
