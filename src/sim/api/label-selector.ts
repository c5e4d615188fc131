// Label selectors: the string form (`app=web,tier in (a,b),!canary`) and metav1.LabelSelector.
// Models staging/src/k8s.io/apimachinery/pkg/labels/selector.go

import type { LabelSelector } from './types.ts';

export type Operator = 'In' | 'NotIn' | 'Exists' | 'DoesNotExist';

export interface Requirement {
  key: string;
  operator: Operator;
  values: string[];
}

export type Selector = Requirement[];

/** Splits on commas that are not inside parentheses. */
function splitTerms(s: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let cur = '';
  for (const ch of s) {
    if (ch === '(') depth++;
    if (ch === ')') depth--;
    if (ch === ',' && depth === 0) {
      out.push(cur);
      cur = '';
    } else cur += ch;
  }
  out.push(cur);
  return out;
}

/** Parses a selector string; returns an error text when it does not parse. */
export function parseLabelSelector(text: string): Selector | { error: string } {
  const reqs: Selector = [];
  if (text.trim() === '') return reqs;
  for (const raw of splitTerms(text)) {
    const term = raw.trim();
    let m: RegExpExecArray | null;
    if ((m = /^!\s*([^\s=!(),]+)$/.exec(term))) reqs.push({ key: m[1], operator: 'DoesNotExist', values: [] });
    else if ((m = /^([^\s=!(),]+)\s+(in|notin)\s*\(([^)]*)\)$/.exec(term))) {
      const values = m[3].split(',').map((v) => v.trim()).filter((v) => v !== '');
      reqs.push({ key: m[1], operator: m[2] === 'in' ? 'In' : 'NotIn', values });
    } else if ((m = /^([^\s=!(),]+)\s*(==|=|!=)\s*([^\s=!(),]*)$/.exec(term))) {
      reqs.push({ key: m[1], operator: m[2] === '!=' ? 'NotIn' : 'In', values: [m[3]] });
    } else if ((m = /^([^\s=!(),]+)$/.exec(term))) reqs.push({ key: m[1], operator: 'Exists', values: [] });
    else return { error: `unable to parse requirement: found '${term}', expected: identifier` };
  }
  return reqs;
}

export function matchesRequirement(r: Requirement, labels: Record<string, string>): boolean {
  const has = Object.prototype.hasOwnProperty.call(labels, r.key);
  switch (r.operator) {
    case 'In': return has && r.values.includes(labels[r.key]);
    case 'NotIn': return !has || !r.values.includes(labels[r.key]);
    case 'Exists': return has;
    case 'DoesNotExist': return !has;
  }
}

export function matchesSelector(sel: Selector, labels: Record<string, string> | undefined): boolean {
  return sel.every((r) => matchesRequirement(r, labels ?? {}));
}

/** metav1.LabelSelectorAsSelector */
export function fromLabelSelector(ls: LabelSelector): Selector {
  const reqs: Selector = Object.entries(ls.matchLabels ?? {}).map(([key, v]) => ({ key, operator: 'In', values: [v] }));
  for (const e of ls.matchExpressions ?? []) reqs.push({ key: e.key, operator: e.operator as Operator, values: e.values ?? [] });
  return reqs;
}
