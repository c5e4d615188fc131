// The first steps of every write: decode the body against the schema (strict field validation),
// then apply scheme defaults. Failures are the API server's BadRequest texts.
// Models staging/src/k8s.io/apiserver/pkg/endpoints/handlers/create.go (decoding part)

import type { KubeObject, Status } from '../api/types.ts';
import { newBadRequest } from '../api/errors.ts';
import type { WriteOptions } from './api-client.ts';
import { defaultObject } from './defaults.ts';
import { decodeObject, strictDecodingError } from './strict-decode.ts';

export function decodeRequest(kind: string, body: unknown, options: WriteOptions): KubeObject | Status {
  const cannot = `${kind} in version "v1" cannot be handled as a ${kind}: `;
  const decoded = decodeObject(kind, body);
  if (decoded.error) return newBadRequest(cannot + decoded.error);
  const mode = options.fieldValidation ?? 'Strict';
  if (decoded.unknownFields.length > 0) {
    if (mode === 'Strict') return newBadRequest(cannot + strictDecodingError(decoded.unknownFields));
    if (mode === 'Warn') for (const f of decoded.unknownFields) options.warnings?.push(`unknown field "${f}"`);
  }
  const obj = decoded.object as KubeObject;
  obj.apiVersion = 'v1';
  obj.kind = kind;
  obj.metadata = (obj.metadata as KubeObject['metadata'] | undefined) ?? {};
  defaultObject(kind, obj);
  return obj;
}
