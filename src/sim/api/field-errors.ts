// Validation errors tied to a field path, printed as apimachinery prints them.
// Models staging/src/k8s.io/apimachinery/pkg/util/validation/field/errors.go

export type FieldErrorType =
  | 'FieldValueRequired'
  | 'FieldValueInvalid'
  | 'FieldValueDuplicate'
  | 'FieldValueForbidden'
  | 'FieldValueNotSupported'
  | 'FieldValueTooLong'
  | 'FieldValueNotFound';

export interface FieldError {
  type: FieldErrorType;
  field: string;
  value?: unknown;
  detail?: string;
}

const TYPE_TEXT: Record<FieldErrorType, string> = {
  FieldValueRequired: 'Required value',
  FieldValueInvalid: 'Invalid value',
  FieldValueDuplicate: 'Duplicate value',
  FieldValueForbidden: 'Forbidden',
  FieldValueNotSupported: 'Unsupported value',
  FieldValueTooLong: 'Too long',
  FieldValueNotFound: 'Not found',
};

/** Go's %#v-ish rendering apimachinery uses for bad values: strings quoted, numbers bare. */
function valueText(value: unknown): string {
  if (typeof value === 'string') return JSON.stringify(value);
  if (value === null || value === undefined) return 'null';
  if (typeof value === 'object') return JSON.stringify(value);
  return String(value);
}

/** Everything after `<field>: `, as StatusCause.message carries it. */
export function errorBody(e: FieldError): string {
  const text = TYPE_TEXT[e.type];
  switch (e.type) {
    case 'FieldValueRequired':
    case 'FieldValueForbidden':
    case 'FieldValueTooLong':
      return e.detail ? `${text}: ${e.detail}` : text;
    default: {
      const s = `${text}: ${valueText(e.value)}`;
      return e.detail ? `${s}: ${e.detail}` : s;
    }
  }
}

export function fieldErrorText(e: FieldError): string {
  return `${e.field}: ${errorBody(e)}`;
}

export const required = (field: string, detail?: string): FieldError => ({ type: 'FieldValueRequired', field, detail });
export const invalid = (field: string, value: unknown, detail: string): FieldError => ({ type: 'FieldValueInvalid', field, value, detail });
export const duplicate = (field: string, value: unknown): FieldError => ({ type: 'FieldValueDuplicate', field, value });
export const forbidden = (field: string, detail: string): FieldError => ({ type: 'FieldValueForbidden', field, detail });
export const notFound = (field: string, value: unknown): FieldError => ({ type: 'FieldValueNotFound', field, value });
export const tooLong = (field: string, max: number): FieldError =>
  ({ type: 'FieldValueTooLong', field, detail: `may not be more than ${max} bytes` });

export function notSupported(field: string, value: unknown, valid: string[]): FieldError {
  const detail = valid.length > 0 ? 'supported values: ' + valid.map((v) => JSON.stringify(v)).join(', ') : undefined;
  return { type: 'FieldValueNotSupported', field, value, detail };
}
