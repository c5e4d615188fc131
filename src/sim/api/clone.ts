// Deep copy of JSON-shaped API objects, with JSON's semantics (undefined properties dropped,
// undefined array entries become null) but without a string round trip: the API server copies
// every object it hands out, so this is on the hottest path of the simulator.

export function clone<T>(value: T): T {
  return value === undefined ? value : (copy(value) as T);
}

function copy(value: unknown): unknown {
  if (value === null || typeof value !== 'object') return value;
  if (Array.isArray(value)) {
    const out = new Array(value.length);
    for (let i = 0; i < value.length; i++) {
      const v = value[i];
      out[i] = v === undefined || typeof v === 'function' ? null : copy(v);
    }
    return out;
  }
  const out: Record<string, unknown> = {};
  for (const key in value) {
    const v = (value as Record<string, unknown>)[key];
    if (v !== undefined && typeof v !== 'function') out[key] = copy(v);
  }
  return out;
}
