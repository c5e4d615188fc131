// Resource quantities in the canonical form kubectl prints (`500m`, `128Mi`, `1`): the string an
// API server round-trip would give, e.g. `0.5` → `500m`, `1024Mi` → `1Gi`, `1000m` → `1`.
// Models k8s.io/apimachinery/pkg/api/resource/quantity.go (CanonicalizeBytes) for the common cases.

const BINARY: Record<string, number> = { Ki: 1, Mi: 2, Gi: 3, Ti: 4, Pi: 5, Ei: 6 };
const DECIMAL: Record<string, number> = { n: -9, u: -6, m: -3, '': 0, k: 3, M: 6, G: 9, T: 12, P: 15, E: 18 };
const DECIMAL_SUFFIX = new Map(Object.entries(DECIMAL).map(([s, e]) => [e, s]));

/** A parsed quantity: its value in nano-units and whether it was written with a binary suffix. */
export interface ParsedQuantity {
  nanos: bigint;
  binary: boolean;
}

const NANO = 1_000_000_000n;

export function parseQuantity(text: string | number): ParsedQuantity | undefined {
  const m = /^([+-]?)(\d*)(?:\.(\d*))?(?:(Ki|Mi|Gi|Ti|Pi|Ei|[numkMGTPE])|[eE]([+-]?\d+))?$/.exec(String(text).trim());
  if (!m || (m[2] === '' && (m[3] ?? '') === '')) return undefined;
  const [, sign, whole, frac = '', suffix = '', exp] = m;
  let digits = BigInt((whole || '0') + frac);
  const scale = -frac.length + (exp !== undefined ? Number(exp) : suffix in DECIMAL ? DECIMAL[suffix] : 0);
  if (suffix in BINARY) digits *= 1024n ** BigInt(BINARY[suffix]);
  let nanos: bigint;
  if (scale + 9 >= 0) nanos = digits * 10n ** BigInt(scale + 9);
  else {
    // Finer than nano-units rounds up, as Kubernetes rounds.
    const div = 10n ** BigInt(-(scale + 9));
    nanos = (digits + div - 1n) / div;
  }
  return { nanos: sign === '-' ? -nanos : nanos, binary: suffix in BINARY };
}

/** The canonical text of a parsed quantity. */
export function formatQuantity(q: ParsedQuantity): string {
  const abs = q.nanos < 0n ? -q.nanos : q.nanos;
  const out = q.binary && abs % NANO === 0n ? binaryForm(abs / NANO) : decimalForm(abs);
  return q.nanos < 0n ? `-${out}` : out;
}

/** The canonical text of a quantity; text that does not parse is returned unchanged. */
export function canonicalQuantity(text: string | number): string {
  const q = parseQuantity(text);
  return q ? formatQuantity(q) : String(text);
}

/** Sums quantities; the result keeps the first operand's binary or decimal format, like Quantity.Add. */
export function sumQuantities(texts: readonly (string | undefined)[]): ParsedQuantity {
  let total: ParsedQuantity | undefined;
  for (const text of texts) {
    const q = text === undefined ? undefined : parseQuantity(text);
    if (!q) continue;
    total = total ? { nanos: total.nanos + q.nanos, binary: total.binary } : q;
  }
  return total ?? { nanos: 0n, binary: false };
}

/** MilliValue (for cpu), rounded up. */
export function milliValue(q: ParsedQuantity): number {
  return Number((q.nanos + 999_999n) / 1_000_000n);
}

/** Value (for memory and storage), rounded up. */
export function value(q: ParsedQuantity): number {
  return Number((q.nanos + NANO - 1n) / NANO);
}

function binaryForm(bytes: bigint): string {
  if (bytes < 1024n) return decimalForm(bytes * 1_000_000_000n);
  let power = 0;
  while (power < 6 && bytes % 1024n ** BigInt(power + 1) === 0n) power++;
  const suffix = Object.keys(BINARY).find((k) => BINARY[k] === power) ?? '';
  return `${bytes / 1024n ** BigInt(power)}${suffix}`;
}

function decimalForm(nanos: bigint): string {
  if (nanos === 0n) return '0';
  let exponent = -9;
  let value = nanos;
  while (exponent < 18 && value % 1000n === 0n) {
    value /= 1000n;
    exponent += 3;
  }
  return `${value}${DECIMAL_SUFFIX.get(exponent) ?? ''}`;
}
