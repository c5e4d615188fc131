// Decoding a request body into a typed object, as the API server's JSON serializer does: type
// mismatches fail the request with encoding/json's message, unknown fields are collected
// (strict decoding) and dropped from the object that gets stored.
// Models staging/src/k8s.io/apimachinery/pkg/runtime/serializer/json (sigs.k8s.io/json strict mode)

import { goTypeName, typeSchema } from './schema.ts';
import { parseQuantity, QUANTITY_FORMAT_ERROR } from '../api/quantity.ts';

export interface DecodeResult {
  /** The body with unknown fields removed. */
  object: Record<string, unknown>;
  /** Paths of unknown fields, in the order the strict decoder reports them. */
  unknownFields: string[];
  /** The first type error, worded as the server words it; decoding failed when set. */
  error?: string;
}

interface Ctx {
  unknown: string[];
  error?: string;
}

function jsonKind(v: unknown): string {
  if (Array.isArray(v)) return 'array';
  if (typeof v === 'boolean') return 'bool';
  if (typeof v === 'number') return `number ${v}`;
  return typeof v; // string | object
}

function typeError(ctx: Ctx, value: unknown, struct: string, goPath: string[], type: string): void {
  ctx.error ??= `json: cannot unmarshal ${jsonKind(value)} into Go struct field ${struct}.${goPath.join('.')} of type ${goTypeName(type)}`;
}

function fits(value: unknown, type: string): boolean {
  switch (type) {
    case 'string': case 'Time': case 'MicroTime': return typeof value === 'string';
    case 'bool': return typeof value === 'boolean';
    case 'int32': return Number.isInteger(value) && Math.abs(value as number) < 2 ** 31;
    case 'int64': return Number.isSafeInteger(value);
    case 'float64': return typeof value === 'number';
    default: return true;
  }
}

/**
 * Walks `value` against `type`. `path` is the display path (`spec.containers[0]`), `goPath` the
 * field stack encoding/json prints (`spec.containers`), `struct` the innermost Go struct.
 */
function walk(ctx: Ctx, value: unknown, type: string, path: string, goPath: string[], struct: string): unknown {
  if (value === null || value === undefined) return value;
  if (type.startsWith('[]')) {
    if (!Array.isArray(value)) {
      typeError(ctx, value, struct, goPath, type);
      return value;
    }
    // A null element of a struct list decodes to the zero struct, as Go does.
    const element = type.slice(2);
    const zero = typeSchema(element) ? {} : null;
    return value.map((v, i) => walk(ctx, v === null && zero ? {} : v, element, `${path}[${i}]`, goPath, struct));
  }
  if (type.startsWith('map[string]')) {
    if (typeof value !== 'object' || Array.isArray(value)) {
      typeError(ctx, value, struct, goPath, type);
      return value;
    }
    const out: Record<string, unknown> = {};
    for (const k of Object.keys(value).sort()) {
      out[k] = walk(ctx, (value as Record<string, unknown>)[k], type.slice(11), `${path}[${k}]`, goPath, struct);
    }
    return out;
  }
  if (type === 'Quantity') {
    if (typeof value !== 'string' && typeof value !== 'number') ctx.error ??= QUANTITY_FORMAT_ERROR;
    else if (!parseQuantity(value)) ctx.error ??= QUANTITY_FORMAT_ERROR;
    return value;
  }
  if (type === 'IntOrString') {
    if (typeof value !== 'string' && !Number.isInteger(value)) {
      ctx.error ??= `json: cannot unmarshal ${jsonKind(value)} into Go value of type int32`;
    }
    return value;
  }
  if (type === 'object' || type === 'RawExtension' || type === 'FieldsV1') return value;
  const schema = typeSchema(type);
  if (!schema) {
    if (!fits(value, type)) typeError(ctx, value, struct, goPath, type);
    return value;
  }
  if (typeof value !== 'object' || Array.isArray(value)) {
    typeError(ctx, value, struct, goPath, type);
    return value;
  }
  const out: Record<string, unknown> = {};
  // kubectl sends JSON made from a Go map, so keys arrive sorted; the decoder reports in that order.
  for (const key of Object.keys(value).sort()) {
    const child = (value as Record<string, unknown>)[key];
    const childPath = path === '' ? key : `${path}.${key}`;
    const fieldType = schema.f[key];
    if (fieldType === undefined) {
      ctx.unknown.push(childPath);
      continue;
    }
    out[key] = walk(ctx, child, fieldType, childPath, [...goPath, key], type);
  }
  return out;
}

/** Decodes a body of the given kind (`Pod`, `Node`, …). */
export function decodeObject(kind: string, body: unknown): DecodeResult {
  const ctx: Ctx = { unknown: [] };
  if (typeof body !== 'object' || body === null || Array.isArray(body)) {
    return { object: {}, unknownFields: [], error: `json: cannot unmarshal ${jsonKind(body)} into Go value of type v1.${kind}` };
  }
  const object = walk(ctx, body, kind, '', [], kind) as Record<string, unknown>;
  return { object, unknownFields: ctx.unknown, error: ctx.error };
}

/** `strict decoding error: unknown field "a", unknown field "b"` */
export function strictDecodingError(unknownFields: string[]): string {
  return 'strict decoding error: ' + unknownFields.map((f) => `unknown field "${f}"`).join(', ');
}
