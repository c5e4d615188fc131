// Deep copy of JSON-shaped API objects. The core has no structuredClone (no DOM or Node types),
// and API objects are JSON by definition.

export function clone<T>(value: T): T {
  return value === undefined ? value : (JSON.parse(JSON.stringify(value)) as T);
}
