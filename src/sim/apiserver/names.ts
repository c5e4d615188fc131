// Name and label checks with apimachinery's exact messages.
// Models staging/src/k8s.io/apimachinery/pkg/util/validation/validation.go

import { invalid, type FieldError } from '../api/field-errors.ts';

const LABEL_FMT = '[a-z0-9]([-a-z0-9]*[a-z0-9])?';
const SUBDOMAIN_FMT = `${LABEL_FMT}(\\.${LABEL_FMT})*`;
const QUALIFIED_NAME_FMT = '([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]';
const LABEL_VALUE_FMT = `(${QUALIFIED_NAME_FMT})?`;

/** validation.RegexError, including its double space before " or ". */
function regexError(msg: string, fmt: string, ...examples: string[]): string {
  let s = msg + ' (e.g. ';
  examples.forEach((e, i) => { s += (i > 0 ? ' or ' : '') + `'${e}', `; });
  return s + `regex used for validation is '${fmt}')`;
}

const maxLen = (n: number) => `must be no more than ${n} characters`;
const full = (fmt: string) => new RegExp(`^${fmt}$`);

export function isDNS1123Label(value: string): string[] {
  const errs: string[] = [];
  if (value.length > 63) errs.push(maxLen(63));
  if (!full(LABEL_FMT).test(value)) {
    errs.push(regexError("a lowercase RFC 1123 label must consist of lower case alphanumeric characters or '-', and must start and end with an alphanumeric character", LABEL_FMT, 'my-name', '123-abc'));
  }
  return errs;
}

export function isDNS1123Subdomain(value: string): string[] {
  const errs: string[] = [];
  if (value.length > 253) errs.push(maxLen(253));
  if (!full(SUBDOMAIN_FMT).test(value)) {
    errs.push(regexError("a lowercase RFC 1123 subdomain must consist of lower case alphanumeric characters, '-' or '.', and must start and end with an alphanumeric character", SUBDOMAIN_FMT, 'example.com'));
  }
  return errs;
}

export function isQualifiedName(value: string): string[] {
  const slash = value.lastIndexOf('/');
  const name = slash >= 0 ? value.slice(slash + 1) : value;
  const errs: string[] = [];
  if (slash >= 0) {
    const prefix = value.slice(0, slash);
    if (prefix.length === 0) errs.push('prefix part must be non-empty');
    else for (const e of isDNS1123Subdomain(prefix)) errs.push('prefix part ' + e);
  }
  if (name.length === 0) errs.push('name part must be non-empty');
  else if (name.length > 63) errs.push('name part ' + maxLen(63));
  if (name.length > 0 && !full(QUALIFIED_NAME_FMT).test(name)) {
    errs.push('name part ' + regexError("must consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character", QUALIFIED_NAME_FMT, 'MyName', 'my.name', '123-abc'));
  }
  return errs;
}

export function isValidLabelValue(value: string): string[] {
  const errs: string[] = [];
  if (value.length > 63) errs.push(maxLen(63));
  if (!full(LABEL_VALUE_FMT).test(value)) {
    errs.push(regexError("a valid label must be an empty string or consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character", LABEL_VALUE_FMT, 'MyValue', 'my_value', '12345'));
  }
  return errs;
}

/** metav1validation.ValidateLabels */
export function validateLabels(labels: Record<string, string> | undefined, field: string): FieldError[] {
  const out: FieldError[] = [];
  for (const [k, v] of Object.entries(labels ?? {})) {
    for (const e of isQualifiedName(k)) out.push(invalid(field, k, e));
    for (const e of isValidLabelValue(v)) out.push(invalid(field, v, e));
  }
  return out;
}

/** names.SimpleNameGenerator: base (cut to 58 characters) plus a 5-character suffix. */
export function generateName(base: string, suffix: string): string {
  return base.slice(0, 58) + suffix;
}
