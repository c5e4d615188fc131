// PATCH bodies: JSON merge patch (RFC 7386), strategic merge patch (lists merged by their
// Kubernetes merge keys) and JSON patch (RFC 6902).
// Models staging/src/k8s.io/apimachinery/pkg/util/strategicpatch/patch.go (common cases only)

import { clone } from '../api/clone.ts';

export type PatchType = 'merge' | 'strategic' | 'json';

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);

/** patchMergeKey of the core/v1 lists strategic merge patches merge rather than replace. */
const MERGE_KEYS: Record<string, string> = {
  containers: 'name', initContainers: 'name', ephemeralContainers: 'name', env: 'name', volumes: 'name',
  volumeMounts: 'mountPath', ports: 'containerPort', conditions: 'type', imagePullSecrets: 'name',
  ownerReferences: 'uid', podIPs: 'ip', hostIPs: 'ip', addresses: 'type', hostAliases: 'ip', readinessGates: 'conditionType',
};

export function mergePatch(target: unknown, patch: unknown): unknown {
  if (!isObj(patch)) return clone(patch);
  const out: Obj = isObj(target) ? clone(target) : {};
  for (const [k, v] of Object.entries(patch)) {
    if (v === null) delete out[k];
    else out[k] = mergePatch(out[k], v);
  }
  return out;
}

function strategicList(field: string, target: unknown, patch: unknown[]): unknown[] {
  const key = MERGE_KEYS[field];
  if (!key || !Array.isArray(target)) return clone(patch).filter((p) => !(isObj(p) && p.$patch === 'delete'));
  const out = clone(target) as unknown[];
  for (const item of patch) {
    if (!isObj(item)) continue;
    const i = out.findIndex((o) => isObj(o) && o[key] === item[key]);
    if (item.$patch === 'delete') {
      if (i >= 0) out.splice(i, 1);
    } else if (i >= 0) out[i] = strategicMergePatch(out[i], item);
    else out.push(strategicMergePatch(undefined, item));
  }
  return out;
}

export function strategicMergePatch(target: unknown, patch: unknown): unknown {
  if (!isObj(patch)) return clone(patch);
  if (patch.$patch === 'replace') {
    const { $patch: _, ...rest } = patch;
    return clone(rest);
  }
  const out: Obj = isObj(target) ? clone(target) : {};
  for (const [k, v] of Object.entries(patch)) {
    if (k.startsWith('$')) continue;
    if (v === null) delete out[k];
    else if (Array.isArray(v)) out[k] = strategicList(k, out[k], v);
    else out[k] = strategicMergePatch(out[k], v);
  }
  return out;
}

interface Op {
  op: string;
  path: string;
  from?: string;
  value?: unknown;
}

function pointer(path: string): string[] {
  if (path === '') return [];
  return path.split('/').slice(1).map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'));
}

function parentOf(doc: unknown, parts: string[]): { parent: unknown; last: string } | undefined {
  let cur = doc;
  for (const p of parts.slice(0, -1)) {
    cur = Array.isArray(cur) ? cur[Number(p)] : isObj(cur) ? cur[p] : undefined;
    if (cur === undefined) return undefined;
  }
  return { parent: cur, last: parts[parts.length - 1] };
}

function read(doc: unknown, parts: string[]): unknown {
  let cur = doc;
  for (const p of parts) cur = Array.isArray(cur) ? cur[Number(p)] : isObj(cur) ? cur[p] : undefined;
  return cur;
}

/** Applies an RFC 6902 patch; returns an error text on failure. */
export function jsonPatch(target: unknown, ops: unknown): { result: unknown } | { error: string } {
  if (!Array.isArray(ops)) return { error: 'json: cannot unmarshal object into Go value of type jsonpatch.Patch' };
  let doc = clone(target);
  for (const raw of ops as Op[]) {
    const parts = pointer(raw.path ?? '');
    const remove = (): boolean => {
      const at = parentOf(doc, parts);
      if (!at) return false;
      if (Array.isArray(at.parent)) {
        const i = Number(at.last);
        if (!(i >= 0 && i < at.parent.length)) return false;
        at.parent.splice(i, 1);
      } else if (isObj(at.parent) && at.last in at.parent) delete at.parent[at.last];
      else return false;
      return true;
    };
    const add = (value: unknown): boolean => {
      if (parts.length === 0) { doc = value; return true; }
      const at = parentOf(doc, parts);
      if (!at) return false;
      if (Array.isArray(at.parent)) {
        const i = at.last === '-' ? at.parent.length : Number(at.last);
        if (!(i >= 0 && i <= at.parent.length)) return false;
        at.parent.splice(i, 0, value);
      } else if (isObj(at.parent)) at.parent[at.last] = value;
      else return false;
      return true;
    };
    let ok = true;
    switch (raw.op) {
      case 'add': ok = add(clone(raw.value)); break;
      case 'remove': ok = remove(); break;
      case 'replace': ok = read(doc, parts) !== undefined && remove() && add(clone(raw.value)); break;
      case 'move': case 'copy': {
        const from = pointer(raw.from ?? '');
        const value = clone(read(doc, from));
        if (value === undefined) { ok = false; break; }
        if (raw.op === 'move') {
          const at = parentOf(doc, from)!;
          if (Array.isArray(at.parent)) at.parent.splice(Number(at.last), 1);
          else delete (at.parent as Obj)[at.last];
        }
        ok = add(value);
        break;
      }
      case 'test':
        if (JSON.stringify(read(doc, parts)) !== JSON.stringify(raw.value)) return { error: 'testing value ' + raw.path + ' failed' };
        break;
      default:
        return { error: `Unexpected kind: ${raw.op}` };
    }
    if (!ok) return { error: `${raw.op === 'add' ? 'add operation does not apply' : raw.op + ' operation does not apply'}: doc is missing path: "${raw.path}": missing value` };
  }
  return { result: doc };
}
