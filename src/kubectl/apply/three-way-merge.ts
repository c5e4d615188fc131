// Client-side apply's three-way merge: the live object changed as far as the new configuration
// differs from the last applied one. Fields the configuration dropped are removed, fields the
// server or others set are kept, and lists with a merge key are merged item by item.
// Models staging/src/k8s.io/apimachinery/pkg/util/strategicpatch/patch.go
// (CreateThreeWayMergePatch), applied here directly to the live object.

import { clone } from '../../sim/api/clone.ts';

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);

/** patchMergeKey of the core/v1 lists that merge rather than replace. */
const MERGE_KEYS: Record<string, string> = {
  containers: 'name', initContainers: 'name', ephemeralContainers: 'name', env: 'name', volumes: 'name',
  volumeMounts: 'mountPath', ports: 'containerPort', imagePullSecrets: 'name', hostAliases: 'ip', readinessGates: 'conditionType',
};

/** The object to write: `current` moved from `original` (last applied, or undefined) to `modified`. */
export function threeWayMerge(current: unknown, original: unknown, modified: unknown, field = ''): unknown {
  if (isObj(modified)) {
    if (!isObj(current)) return clone(modified);
    const out: Obj = { ...current };
    for (const [k, v] of Object.entries(modified)) {
      if (v === null) delete out[k];
      else out[k] = threeWayMerge(current[k], isObj(original) ? original[k] : undefined, v, k);
    }
    if (isObj(original)) for (const k of Object.keys(original)) if (!(k in modified)) delete out[k];
    return out;
  }
  if (Array.isArray(modified)) {
    const key = MERGE_KEYS[field];
    if (!key || !Array.isArray(current) || !modified.every(isObj)) return clone(modified);
    const originalItems = Array.isArray(original) ? original.filter(isObj) : [];
    const find = (list: unknown[], id: unknown) => list.find((o) => isObj(o) && o[key] === id);
    const merged = modified.map((item) => threeWayMerge(find(current, (item as Obj)[key]), find(originalItems, (item as Obj)[key]), item, ''));
    // Items someone else added stay; items the last configuration had and this one drops go.
    const kept = current.filter((c) => isObj(c) && !find(modified, c[key]) && !find(originalItems, c[key]));
    return [...merged, ...kept];
  }
  return modified;
}

/** Equality of JSON values, ignoring key order. */
export function sameJson(a: unknown, b: unknown): boolean {
  if (Array.isArray(a)) return Array.isArray(b) && a.length === b.length && a.every((x, i) => sameJson(x, b[i]));
  if (isObj(a)) {
    if (!isObj(b)) return false;
    const ka = Object.keys(a);
    return ka.length === Object.keys(b).length && ka.every((k) => k in b && sameJson(a[k], b[k]));
  }
  return a === b;
}
