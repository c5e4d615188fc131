// API errors as Status values, with apimachinery's reasons, codes and message texts.
// Models staging/src/k8s.io/apimachinery/pkg/api/errors/errors.go

import type { Status } from './types.ts';
import { errorBody, fieldErrorText, type FieldError } from './field-errors.ts';

function failure(code: number, reason: string, message: string, details?: Status['details']): Status {
  const s: Status = { apiVersion: 'v1', kind: 'Status', metadata: {}, status: 'Failure', message, reason, code };
  if (details) s.details = details;
  return s;
}

export function isStatus(x: unknown): x is Status {
  return typeof x === 'object' && x !== null && (x as { kind?: unknown }).kind === 'Status'
    && (x as { status?: unknown }).status === 'Failure';
}

/** `resource` is the plural resource name (`pods`), as the server's messages use it. */
export function newNotFound(resource: string, name: string): Status {
  return failure(404, 'NotFound', `${resource} "${name}" not found`, { name, kind: resource });
}

export function newAlreadyExists(resource: string, name: string): Status {
  return failure(409, 'AlreadyExists', `${resource} "${name}" already exists`, { name, kind: resource });
}

export function newConflict(resource: string, name: string, err: string): Status {
  return failure(409, 'Conflict', `Operation cannot be fulfilled on ${resource} "${name}": ${err}`, { name, kind: resource });
}

/** The message optimistic concurrency failures carry (registry/generic OptimisticLockErrorMsg). */
export const OPTIMISTIC_LOCK_ERROR = 'the object has been modified; please apply your changes to the latest version and try again';

export function newBadRequest(message: string): Status {
  return failure(400, 'BadRequest', message);
}

export function newForbidden(resource: string, name: string, err: string): Status {
  return failure(403, 'Forbidden', `${resource} "${name}" is forbidden: ${err}`, { name, kind: resource });
}

export function newMethodNotSupported(resource: string, action: string): Status {
  return failure(405, 'MethodNotAllowed', `${action} is not supported on resources of kind "${resource}"`, { kind: resource });
}

/** `kind` is the object kind (`Pod`); several errors print as `[a, b]`, as an aggregate does. */
export function newInvalid(kind: string, name: string, errs: FieldError[]): Status {
  const texts = [...new Set(errs.map(fieldErrorText))];
  const agg = texts.length === 1 ? texts[0] : `[${texts.join(', ')}]`;
  return failure(422, 'Invalid', `${kind} "${name}" is invalid: ${agg}`, {
    name,
    kind,
    causes: errs.map((e) => ({ reason: e.type, message: errorBody(e), field: e.field })),
  });
}
