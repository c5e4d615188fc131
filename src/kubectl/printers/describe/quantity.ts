// Resource quantities in the canonical form kubectl prints (`500m`, `128Mi`, `1`): the string an
// API server round-trip would give, e.g. `0.5` → `500m`, `1024Mi` → `1Gi`, `1000m` → `1`.
// Models k8s.io/apimachinery/pkg/api/resource/quantity.go (CanonicalizeBytes) for the common cases.

const BINARY: Record<string, number> = { Ki: 1, Mi: 2, Gi: 3, Ti: 4, Pi: 5, Ei: 6 };
const DECIMAL: Record<string, number> = { n: -9, u: -6, m: -3, '': 0, k: 3, M: 6, G: 9, T: 12, P: 15, E: 18 };
const DECIMAL_SUFFIX = new Map(Object.entries(DECIMAL).map(([s, e]) => [e, s]));

/** The canonical text of a quantity; text that does not parse is returned unchanged. */
export function canonicalQuantity(text: string | number): string {
  const m = /^([+-]?)(\d*)(?:\.(\d*))?(?:(Ki|Mi|Gi|Ti|Pi|Ei|[numkMGTPE])|[eE]([+-]?\d+))?$/.exec(String(text).trim());
  if (!m || (m[2] === '' && (m[3] ?? '') === '')) return String(text);
  const [, sign, whole, frac = '', suffix = '', exp] = m;
  // Value as an integer number of nano-units (10^-9), rounded up as Kubernetes rounds.
  let digits = BigInt((whole || '0') + frac);
  let scale = -frac.length + (exp !== undefined ? Number(exp) : suffix in DECIMAL ? DECIMAL[suffix] : 0);
  if (suffix in BINARY) digits *= 1024n ** BigInt(BINARY[suffix]);
  let nanos: bigint;
  if (scale + 9 >= 0) nanos = digits * 10n ** BigInt(scale + 9);
  else {
    const div = 10n ** BigInt(-(scale + 9));
    nanos = (digits + div - 1n) / div;
  }
  const negative = sign === '-' && nanos !== 0n;
  const out = suffix in BINARY && nanos % 1_000_000_000n === 0n ? binaryForm(nanos / 1_000_000_000n) : decimalForm(nanos);
  return negative ? `-${out}` : out;
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
