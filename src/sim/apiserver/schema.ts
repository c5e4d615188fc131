// The core/v1 schema the API server decodes against: field names and types per object type,
// generated from the Kubernetes OpenAPI definitions by scripts/gen-api-schema.ts.
// Field descriptions live in a separate file that only `kubectl explain` loads.

import raw from './schema/core-v1.json' with { type: 'json' };

export interface TypeSchema {
  /** field → type: `string`, `bool`, `int32`, `int64`, `float64`, `Quantity`, `IntOrString`,
   *  `Time`, `MicroTime`, `FieldsV1`, `RawExtension`, `object`, `[]T`, `map[string]T` or a type name. */
  f: Record<string, string>;
  /** Fields the OpenAPI definition marks required. */
  r?: string[];
  /** Allowed values of enum fields. */
  e?: Record<string, string[]>;
}

export interface CoreSchema {
  source: string;
  roots: string[];
  types: Record<string, TypeSchema>;
}

export const coreV1 = raw as unknown as CoreSchema;

export function typeSchema(name: string): TypeSchema | undefined {
  return coreV1.types[name];
}

/** The Go type name json errors print (`int32`, `[]v1.Container`, `resource.Quantity`). */
export function goTypeName(type: string): string {
  if (type.startsWith('[]')) return '[]' + goTypeName(type.slice(2));
  if (type.startsWith('map[string]')) return 'map[string]' + goTypeName(type.slice(11));
  switch (type) {
    case 'string': case 'bool': case 'int32': case 'int64': case 'float64': return type;
    case 'Quantity': return 'resource.Quantity';
    case 'IntOrString': return 'intstr.IntOrString';
    case 'object': case 'RawExtension': return 'runtime.RawExtension';
    default: return 'v1.' + type;
  }
}

let docs: Promise<Record<string, Record<string, string>>> | undefined;

/** Field descriptions for `kubectl explain`, loaded on first use. `'.'` describes the type. */
export function loadDocs(): Promise<Record<string, Record<string, string>>> {
  docs ??= import('./schema/core-v1-docs.json', { with: { type: 'json' } })
    .then((m) => m.default as unknown as Record<string, Record<string, string>>);
  return docs;
}
