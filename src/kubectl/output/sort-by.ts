// --sort-by: orders objects by the value a JSONPath selects; numbers numerically, timestamps by
// time, other strings naturally (digit runs compared as numbers). The sort is stable.
// Models kubectl pkg/cmd/get/sorter.go (SortObjects, isLess).

import type { KubeObject } from '../../sim/api/types.ts';
import { CliError } from '../cli/errors.ts';
import { findResults, relaxedJsonPathExpression } from '../printers/jsonpath.ts';

export function sortObjects(objects: readonly KubeObject[], sortBy: string): KubeObject[] {
  const relaxed = relaxedJsonPathExpression(sortBy);
  if (!relaxed.ok) throw new CliError(`error: ${relaxed.error}`);
  const keyed = objects.map((object) => {
    let values: unknown[] = [];
    try {
      values = findResults(relaxed.template, object).flat();
    } catch {
      values = [];
    }
    return { object, value: values.length > 0 ? values[0] : undefined };
  });
  if (objects.length > 1 && keyed.every((k) => k.value === undefined)) {
    throw new CliError(`error: couldn't find any field with path "${relaxed.template}" in the list of objects`);
  }
  return keyed
    .map((k, i) => ({ ...k, i }))
    .sort((a, b) => compare(a.value, b.value) || a.i - b.i)
    .map((k) => k.object);
}

function compare(a: unknown, b: unknown): number {
  if (a === undefined) return b === undefined ? 0 : -1;
  if (b === undefined) return 1;
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  if (typeof a === 'string' && typeof b === 'string') {
    const ta = timestamp(a);
    const tb = timestamp(b);
    if (ta !== undefined && tb !== undefined) return ta - tb;
    return naturalCompare(a, b);
  }
  return naturalCompare(String(a), String(b));
}

function timestamp(s: string): number | undefined {
  return /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?Z$/.test(s) ? Date.parse(s) : undefined;
}

/** github.com/fvbommel/sortorder NaturalLess as a comparator. */
export function naturalCompare(a: string, b: string): number {
  const ra = a.match(/\d+|\D+/g) ?? [];
  const rb = b.match(/\d+|\D+/g) ?? [];
  for (let i = 0; i < Math.min(ra.length, rb.length); i++) {
    const x = ra[i];
    const y = rb[i];
    if (x === y) continue;
    if (/^\d/.test(x) && /^\d/.test(y)) {
      const d = Number(x) - Number(y);
      if (d !== 0) return d;
      return x.length - y.length;
    }
    return x < y ? -1 : 1;
  }
  return ra.length - rb.length;
}
