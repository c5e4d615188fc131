// The OpenAPI view kubectl explain walks, built from PodLab's core/v1 schema and field docs:
// each field's type as explain names it (`string`, `integer`, `[]Container`,
// `map[string]Quantity`), its description, whether it is required and its enum values.
// Models staging/src/k8s.io/kubectl/pkg/explain/v2/templates/plaintext.tmpl (typeGuess, description).

import { typeSchema } from '../../sim/apiserver/schema.ts';

export type Docs = Record<string, Record<string, string>>;

export const API_VERSION_DOC = 'APIVersion defines the versioned schema of this representation of an object. Servers should convert recognized schemas to the latest internal value, and may reject unrecognized values. More info: https://git.k8s.io/community/contributors/devel/sig-architecture/api-conventions.md#resources';
export const KIND_DOC = 'Kind is a string value representing the REST resource this object represents. Servers may infer this from the endpoint the client submits requests to. Cannot be updated. In CamelCase. More info: https://git.k8s.io/community/contributors/devel/sig-architecture/api-conventions.md#types-kinds';

/** Types whose OpenAPI schema is a primitive, so explain shows the primitive. */
const PRIMITIVES: Record<string, string> = {
  string: 'string', bool: 'boolean', int32: 'integer', int64: 'integer', float64: 'number', Time: 'string', MicroTime: 'string',
  object: 'Object',
};

export function typeGuess(type: string): string {
  if (type.startsWith('[]')) return '[]' + typeGuess(type.slice(2));
  if (type.startsWith('map[string]')) return 'map[string]' + typeGuess(type.slice(11));
  return PRIMITIVES[type] ?? type;
}

/** The named object type a field leads into (through arrays and maps), if any. */
export function elementType(type: string): string | undefined {
  const inner = type.replace(/^(\[\]|map\[string\])+/, '');
  return typeSchema(inner) ? inner : undefined;
}

export interface FieldInfo {
  name: string;
  type: string;
  required: boolean;
  enumValues?: string[];
  description?: string;
}

export function fieldsOf(typeName: string, docs: Docs): FieldInfo[] {
  const schema = typeSchema(typeName);
  if (!schema) return [];
  return Object.keys(schema.f).sort().map((name) => ({
    name,
    type: schema.f[name],
    required: schema.r?.includes(name) ?? false,
    enumValues: schema.e?.[name],
    description: docs[typeName]?.[name] ?? (name === 'apiVersion' ? API_VERSION_DOC : name === 'kind' ? KIND_DOC : undefined),
  }));
}

/** The description template: the field's own text, then its element type's. */
export function fieldDescription(field: FieldInfo, docs: Docs): string {
  let text = field.description ? field.description + '\n' : '';
  const element = elementType(field.type);
  const typeDoc = element ? docs[element]?.['.'] : undefined;
  if (typeDoc) text += typeDoc + '\n';
  return text;
}
