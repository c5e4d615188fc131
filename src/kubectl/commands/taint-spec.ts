// The taint arguments of `kubectl taint` and what they do to a node's list: `key=value:effect`
// and `key:effect` add, `key:effect-` and `key-` remove; the result is tainted, untainted or
// modified. Pure functions; the command carries them out.
// Models staging/src/k8s.io/kubectl/pkg/cmd/taint/utils.go

import type { Taint } from '../../sim/api/types.ts';
import { isQualifiedName, isValidLabelValue } from '../../sim/apiserver/names.ts';

export type TaintOperation = 'tainted' | 'untainted' | 'modified';

/** A taint to remove: an empty effect removes every taint with the key. */
export interface TaintRemoval {
  key: string;
  effect: string;
}

const EFFECTS = ['NoSchedule', 'PreferNoSchedule', 'NoExecute'];

/** Whether an argument is a taint change rather than a resource (`nodes`, `node01`). */
export function isTaintArg(arg: string): boolean {
  return arg.includes('=') || arg.includes(':') || arg.endsWith('-');
}

/** corev1.Taint.ToString. */
export function taintToString(t: { key: string; value?: string; effect?: string }): string {
  if (!t.effect) return t.value ? `${t.key}=${t.value}:` : t.key;
  return t.value ? `${t.key}=${t.value}:${t.effect}` : `${t.key}:${t.effect}`;
}

function parseTaint(spec: string): { taint: { key: string; value: string; effect: string } } | { error: string } {
  const parts = spec.split(':');
  let key: string;
  let value = '';
  let effect = '';
  if (parts.length === 1) {
    key = parts[0];
  } else if (parts.length === 2) {
    effect = parts[1];
    if (!EFFECTS.includes(effect)) return { error: `invalid taint effect: ${effect}, unsupported taint effect` };
    const kv = parts[0].split('=');
    if (kv.length > 2) return { error: `invalid taint spec: ${spec}` };
    key = kv[0];
    if (kv.length === 2) {
      value = kv[1];
      const errs = isValidLabelValue(value);
      if (errs.length > 0) return { error: `invalid taint spec: ${spec}, ${errs.join('; ')}` };
    }
  } else {
    return { error: `invalid taint spec: ${spec}` };
  }
  const errs = isQualifiedName(key);
  if (errs.length > 0) return { error: `invalid taint spec: ${spec}, ${errs.join('; ')}` };
  return { taint: { key, value, effect } };
}

/** The taints to add and to remove, or the usage error kubectl reports. */
export function parseTaints(specs: string[]): { add: Taint[]; remove: TaintRemoval[] } | { error: string } {
  const add: Taint[] = [];
  const remove: TaintRemoval[] = [];
  for (const spec of specs) {
    const removing = spec.endsWith('-');
    const parsed = parseTaint(removing ? spec.slice(0, -1) : spec);
    if ('error' in parsed) return parsed;
    const { key, value, effect } = parsed.taint;
    if (removing) {
      remove.push({ key, effect });
      continue;
    }
    if (!effect) return { error: `invalid taint spec: ${spec}` };
    if (add.some((t) => t.key === key && t.effect === effect)) {
      // Go's %v of a corev1.Taint value: its fields in order, timeAdded a nil pointer.
      return { error: `duplicated taints with the same key and effect: {${key} ${value} ${effect} <nil>}` };
    }
    add.push(value ? { key, value, effect } : { key, effect });
  }
  return { add, remove };
}

/** Changes that both add and remove one taint: `{"key":"effect"}` each. */
export function conflictingTaints(add: Taint[], remove: TaintRemoval[]): string[] {
  const out: string[] = [];
  for (const a of add) {
    for (const r of remove) {
      if (a.key === r.key && (r.effect === '' || a.effect === r.effect)) out.push(`{"${r.key}":"${r.effect}"}`);
    }
  }
  return out;
}

/** Keys of taints to add that the node already has with the same effect (joined by commas). */
export function alreadyTainted(old: Taint[], add: Taint[]): string {
  const keys: string[] = [];
  for (const t of add) for (const o of old) if (t.key === o.key && t.effect === o.effect) keys.push(t.key);
  return keys.join(',');
}

/**
 * The node's new taint list: the added taints first, then the old ones they do not replace,
 * minus the removed ones; with the operation kubectl names and a "not found" error per removal
 * that matched nothing.
 */
export function reorganizeTaints(old: Taint[], overwrite: boolean, add: Taint[], remove: TaintRemoval[]): { operation: TaintOperation; taints: Taint[]; errors: string[] } {
  let taints = [...add];
  for (const o of old) if (!taints.some((t) => t.key === o.key && t.effect === o.effect)) taints.push(o);
  const added = old.length !== taints.length;
  const errors: string[] = [];
  let removed = false;
  for (const r of remove) {
    const before = taints.length;
    taints = taints.filter((t) => !(t.key === r.key && (r.effect === '' || t.effect === r.effect)));
    removed = taints.length !== before;
    if (!removed) errors.push(`taint "${taintToString(r)}" not found`);
  }
  const operation: TaintOperation = (added && removed) || overwrite ? 'modified' : added ? 'tainted' : 'untainted';
  return { operation, taints, errors };
}
