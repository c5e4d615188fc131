// /openapi/v3 and /openapi/v2 as kube-apiserver publishes them, built from PodLab's core/v1
// schema and field docs: what real kubectl needs to validate writes (a PATCH operation per kind
// that takes the fieldValidation query parameter, so validation happens on the server) and to
// `kubectl explain` (component schemas with descriptions, required fields, enums and
// x-kubernetes-group-version-kind on the top-level kinds).
// Models staging/src/k8s.io/kube-openapi/pkg/handler3 (the v3 root and per group-version documents)
// and staging/src/k8s.io/cli-runtime/pkg/resource/query_param_verifier_v3.go (what kubectl looks for).

import { coreV1, loadDocs, type TypeSchema } from '../../sim/apiserver/schema.ts';
import type { ResourceType } from '../../kubectl/resource-types.ts';
import { API_VERSION_DOC, KIND_DOC } from '../../kubectl/explain/explain-schema.ts';

type Json = Record<string, unknown>;
type Style = 'v3' | 'v2';

const META = new Set(['ObjectMeta', 'ManagedFieldsEntry', 'OwnerReference', 'LabelSelector', 'LabelSelectorRequirement', 'Time', 'MicroTime', 'FieldsV1']);

/** The schema name kube-openapi gives a Go type: package path and name. */
export function definitionName(type: string): string {
  if (META.has(type)) return `io.k8s.apimachinery.pkg.apis.meta.v1.${type}`;
  if (type === 'Quantity') return 'io.k8s.apimachinery.pkg.api.resource.Quantity';
  if (type === 'IntOrString') return 'io.k8s.apimachinery.pkg.util.intstr.IntOrString';
  return `io.k8s.api.core.v1.${type}`;
}

const BUILTIN: Record<string, Json> = {
  Quantity: { description: 'Quantity is a fixed-point representation of a number. It provides convenient marshaling/unmarshaling in JSON and YAML, in addition to String() and AsInt64() accessors.', oneOf: [{ type: 'string' }, { type: 'number' }] },
  IntOrString: { description: 'IntOrString is a type that can hold an int32 or a string.  When used in JSON or YAML marshalling and unmarshalling, it produces or consumes the inner type.  This allows you to have, for example, a JSON field that can accept a name or number.', format: 'int-or-string', oneOf: [{ type: 'integer' }, { type: 'string' }] },
  Time: { description: 'Time is a wrapper around time.Time which supports correct marshaling to YAML and JSON.  Wrappers are provided for many of the factory methods that the time package offers.', type: 'string', format: 'date-time' },
  MicroTime: { description: 'MicroTime is version of Time with microsecond level precision.', type: 'string', format: 'date-time' },
  FieldsV1: { description: "FieldsV1 stores a set of fields in a data structure like a Trie, in JSON format.\n\nEach key is either a '.' representing the field itself, and will always map to an empty set, or a string representing a sub-field or item. The string will follow one of these four formats: 'f:<name>', where <name> is the name of a field in a struct, or key in a map 'v:<value>', where <value> is the JSON formatted value of a list item 'i:<index>', where <index> is integer index of a list item 'k:<keys>', where <keys> is a map  of a list item's key fields to their unique values If a key maps to an empty Fields value, the field is that represented by the key.", type: 'object' },
};

function ref(type: string, style: Style): Json {
  return { $ref: style === 'v3' ? `#/components/schemas/${definitionName(type)}` : `#/definitions/${definitionName(type)}` };
}

function property(type: string, style: Style, extra: Json = {}): Json {
  if (type.startsWith('[]')) return { type: 'array', items: property(type.slice(2), style), ...extra };
  if (type.startsWith('map[string]')) return { type: 'object', additionalProperties: property(type.slice(11), style), ...extra };
  switch (type) {
    case 'string': return { type: 'string', ...extra };
    case 'bool': return { type: 'boolean', ...extra };
    case 'int32': case 'int64': return { type: 'integer', format: type, ...extra };
    case 'float64': return { type: 'number', format: 'double', ...extra };
    case 'object': case 'RawExtension': return { type: 'object', ...extra };
  }
  // v3 wraps a reference that carries its own description in allOf, as kube-openapi does.
  if (style === 'v3' && Object.keys(extra).length > 0) return { allOf: [ref(type, style)], ...extra };
  return { ...ref(type, style), ...extra };
}

function objectSchema(name: string, t: TypeSchema, docs: Record<string, Record<string, string>>, style: Style, kinds: Map<string, ResourceType>): Json {
  const own = docs[name] ?? {};
  const properties: Json = {};
  for (const field of Object.keys(t.f).sort()) {
    const extra: Json = {};
    const doc = own[field] ?? (field === 'apiVersion' ? API_VERSION_DOC : field === 'kind' ? KIND_DOC : undefined);
    if (doc) extra.description = doc;
    if (t.e?.[field]) extra.enum = t.e[field];
    properties[field] = property(t.f[field], style, extra);
  }
  const schema: Json = { description: own['.'] ?? '', type: 'object', properties };
  if (t.r?.length) schema.required = [...t.r].sort();
  const kind = kinds.get(name);
  if (kind) schema['x-kubernetes-group-version-kind'] = [{ group: kind.group, kind: kind.kind, version: kind.version }];
  return schema;
}

async function schemas(style: Style, types: ResourceType[]): Promise<Json> {
  const docs = await loadDocs();
  const kinds = new Map(types.filter((t) => t.group === '').map((t) => [t.kind, t]));
  const out: Json = {};
  for (const [name, t] of Object.entries(coreV1.types)) out[definitionName(name)] = objectSchema(name, t, docs, style, kinds);
  for (const [name, s] of Object.entries(BUILTIN)) out[definitionName(name)] = s;
  return out;
}

const FIELD_VALIDATION = {
  name: 'fieldValidation', in: 'query', schema: { type: 'string', uniqueItems: true },
  description: 'fieldValidation instructs the server on how to handle objects in the request (POST/PUT/PATCH) containing unknown or duplicate fields. Valid values are: - Ignore: This will ignore any unknown fields that are silently dropped from the object, and will ignore all but the last duplicate field that the decoder encounters. This is the default behavior prior to v1.23. - Warn: This will send a warning via the standard warning response header for each unknown field that is dropped from the object, and for each duplicate field that is encountered. The request will still succeed if there are no other errors, and will only persist the last of any duplicate fields. This is the default in v1.23+ - Strict: This will fail the request with a BadRequest error if any unknown fields would be dropped from the object, or if any duplicate fields are present. The error returned from the server will contain all unknown and duplicate fields encountered.',
};

function paths(groupVersion: string, types: ResourceType[], style: Style): Json {
  const prefix = groupVersion === 'v1' ? '/api/v1' : `/apis/${groupVersion}`;
  const param = style === 'v3' ? FIELD_VALIDATION : { name: FIELD_VALIDATION.name, in: 'query', type: 'string', uniqueItems: true, description: FIELD_VALIDATION.description };
  const out: Json = {};
  for (const t of types) {
    const collection = t.namespaced ? `${prefix}/namespaces/{namespace}/${t.name}` : `${prefix}/${t.name}`;
    const gvk = { group: t.group, kind: t.kind, version: t.version };
    const op = (action: string, verb: string, params: Json[]) => ({
      operationId: `${verb}${t.namespaced ? 'Namespaced' : ''}${t.kind}`, parameters: params, 'x-kubernetes-action': action, 'x-kubernetes-group-version-kind': gvk,
    });
    out[collection] = { post: op('post', 'create', [param]), get: op('list', 'list', []) };
    out[`${collection}/{name}`] = {
      get: op('get', 'read', []), put: op('put', 'replace', [param]), patch: op('patch', 'patch', [param]), delete: op('delete', 'delete', []),
    };
  }
  return out;
}

/** GET /openapi/v3: where each group version's document is. */
export function openapiV3Root(groups: Map<string, ResourceType[]>): Json {
  const out: Json = {};
  for (const gv of groups.keys()) {
    const path = gv === 'v1' ? 'api/v1' : `apis/${gv}`;
    out[path] = { serverRelativeURL: `/openapi/v3/${path}?hash=${hash(gv)}` };
  }
  return { paths: out };
}

/** GET /openapi/v3/api/v1 (or apis/GROUP/VERSION). */
export async function openapiV3Document(groupVersion: string, types: ResourceType[]): Promise<Json> {
  return {
    openapi: '3.0.0', info: { title: 'Kubernetes', version: 'v1.33.1' },
    paths: paths(groupVersion, types, 'v3'),
    // Only core/v1 has schemas: the other groups' kinds are discovered but never stored.
    components: { schemas: groupVersion === 'v1' ? await schemas('v3', types) : {} },
  };
}

/** GET /openapi/v2 as JSON (kubectl itself asks for the protobuf form, which is not served). */
export async function openapiV2Document(groups: Map<string, ResourceType[]>): Promise<Json> {
  let allPaths: Json = {};
  for (const [gv, types] of groups) allPaths = { ...allPaths, ...paths(gv, types, 'v2') };
  return {
    swagger: '2.0', info: { title: 'Kubernetes', version: 'v1.33.1' }, paths: allPaths,
    definitions: await schemas('v2', groups.get('v1') ?? []),
  };
}

/** A stable stand-in for the document's content hash (clients only echo it back). */
function hash(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193) >>> 0;
  return (h.toString(16).padStart(8, '0').repeat(16)).toUpperCase();
}
