// Go's fmt rendering of JSON-decoded values, as kubectl's jsonpath text output, custom-columns
// cells and go-templates print them (fmt.Sprint of map[string]interface{}, []interface{}, int64,
// float64, bool), and compact encoding/json for whole objects.

/** fmt's %v of a float64; integral values are int64 in kubectl's unstructured objects, so print as integers. */
export function goFloat(n: number): string {
  if (Number.isInteger(n) && Math.abs(n) < 1e21) return String(n);
  if (!Number.isFinite(n)) return Number.isNaN(n) ? 'NaN' : n > 0 ? '+Inf' : '-Inf';
  const [mantissa, e] = n.toExponential().split('e');
  const power = Number(e);
  if (power < -4 || power >= 6) return `${mantissa}e${power < 0 ? '-' : '+'}${String(Math.abs(power)).padStart(2, '0')}`;
  return String(n);
}

/** fmt.Sprint of a JSON-decoded value: `map[a:1 b:x]`, `[a b]`, `<nil>`. */
export function goSprint(value: unknown): string {
  if (value === null || value === undefined) return '<nil>';
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return goFloat(value);
  if (typeof value === 'boolean') return String(value);
  if (Array.isArray(value)) return `[${value.map(goSprint).join(' ')}]`;
  const obj = value as Record<string, unknown>;
  return `map[${Object.keys(obj)
    .sort()
    .map((k) => `${k}:${goSprint(obj[k])}`)
    .join(' ')}]`;
}

/** encoding/json's compact Marshal of a JSON-decoded value: sorted keys, HTML-safe escapes. */
export function goJsonCompact(value: unknown): string {
  const sorted = (v: unknown): unknown => {
    if (Array.isArray(v)) return v.map(sorted);
    if (v && typeof v === 'object') {
      return Object.fromEntries(
        Object.keys(v)
          .sort()
          .map((k) => [k, sorted((v as Record<string, unknown>)[k])]),
      );
    }
    return v;
  };
  return (JSON.stringify(sorted(value)) ?? 'null').replace(/[<>&\u2028\u2029]/g, (c) => '\\u' + c.charCodeAt(0).toString(16).padStart(4, '0'));
}
