// metadata.managedFields: which manager (kubectl-run, kubelet, …) last set which fields, in the
// FieldsV1 form `kubectl get -o yaml --show-managed-fields` prints. An update makes its manager own
// every field it added or changed; fields that are gone lose their owners.
// Models staging/src/k8s.io/apiserver/pkg/endpoints/handlers/fieldmanager and
// sigs.k8s.io/structured-merge-diff (typed/compare.go, fieldpath/serialize.go)

import type { KubeObject, ManagedFieldsEntry } from '../api/types.ts';

type Path = string[];

/** Associative lists and their keys; lists not named here are atomic (owned as a whole). */
const LIST_KEYS: Record<string, string[]> = {
  containers: ['name'], initContainers: ['name'], ephemeralContainers: ['name'],
  ports: ['containerPort', 'protocol'], env: ['name'], volumes: ['name'], volumeMounts: ['mountPath'],
  conditions: ['type'], podIPs: ['ip'], hostIPs: ['ip'], imagePullSecrets: ['name'], addresses: ['type'],
  ownerReferences: ['uid'], readinessGates: ['conditionType'], resourceClaims: ['name'], hostAliases: ['ip'],
};
const SET_LISTS = new Set(['finalizers']);

/** Server-owned metadata that no manager owns. */
const STRIPPED = new Set(['name', 'namespace', 'uid', 'resourceVersion', 'generation', 'creationTimestamp',
  'managedFields', 'selfLink', 'deletionTimestamp', 'deletionGracePeriodSeconds']);

/** What an empty Go object of each kind serialises to: fields present before any manager set them. */
const EMPTY: Record<string, Record<string, unknown>> = {
  Pod: { metadata: {}, spec: { containers: null }, status: {} },
  Node: { metadata: {}, spec: {}, status: { daemonEndpoints: { kubeletEndpoint: { Port: 0 } }, nodeInfo: {} } },
  Namespace: { metadata: {}, spec: {}, status: {} },
  Event: { metadata: {}, involvedObject: {}, source: {}, firstTimestamp: null, lastTimestamp: null, eventTime: null },
};

interface Node {
  leaf: boolean;
  value?: unknown;
  children: Map<string, Node>;
}

function elementKey(field: string, item: unknown): string | undefined {
  if (SET_LISTS.has(field)) return 'v:' + JSON.stringify(item);
  const keys = LIST_KEYS[field];
  if (!keys || typeof item !== 'object' || item === null) return undefined;
  const rec = item as Record<string, unknown>;
  const k = Object.fromEntries([...keys].sort().filter((n) => rec[n] !== undefined).map((n) => [n, rec[n]]));
  return 'k:' + JSON.stringify(k);
}

function tree(value: unknown, field: string, depth: number): Node {
  if (Array.isArray(value) && (LIST_KEYS[field] || SET_LISTS.has(field)) && value.length > 0) {
    const children = new Map<string, Node>();
    for (const item of value) {
      const key = elementKey(field, item);
      if (key) children.set(key, SET_LISTS.has(field) ? { leaf: true, value: item, children: new Map() } : tree(item, '', depth + 1));
    }
    return { leaf: false, children };
  }
  if (value && typeof value === 'object' && !Array.isArray(value) && Object.keys(value).length > 0) {
    const children = new Map<string, Node>();
    for (const [k, v] of Object.entries(value)) {
      if (v === undefined) continue;
      if (depth === 0 && (k === 'apiVersion' || k === 'kind')) continue;
      if (depth === 1 && field === 'metadata' && STRIPPED.has(k)) continue;
      children.set('f:' + k, tree(v, k, depth + 1));
    }
    if (children.size > 0 || (depth === 1 && field === 'metadata')) return { leaf: false, children };
  }
  if (depth === 1 && field === 'metadata') return { leaf: false, children: new Map() };
  return { leaf: true, value, children: new Map() };
}

function rootTree(obj: unknown): Node {
  return tree(obj, '', 0);
}

/**
 * scope(rootTree(obj), subresource), building only the part in scope: a status write compares
 * statuses and never walks the spec.
 */
function scopedTree(obj: Record<string, unknown>, subresource: string | undefined): Node {
  const children = new Map<string, Node>();
  for (const [k, v] of Object.entries(obj)) {
    if (v === undefined || k === 'apiVersion' || k === 'kind') continue;
    if ((subresource === 'status') === (k === 'status')) children.set('f:' + k, tree(v, k, 1));
  }
  return { leaf: false, children };
}

const sameValue = (a: unknown, b: unknown) => a === b || ((typeof a === 'object' || typeof b === 'object') && JSON.stringify(a) === JSON.stringify(b));
const pathKey = (p: Path) => p.join('\n');

/** Paths the new object adds or changes relative to the old one (compare.Added ∪ Modified). */
function changed(oldN: Node | undefined, newN: Node, path: Path, out: Path[]): void {
  for (const [k, child] of newN.children) {
    const before = oldN?.children.get(k);
    const p = [...path, k];
    if (child.leaf) {
      if (!before || !before.leaf || !sameValue(before.value, child.value)) out.push(p);
    } else {
      if (!before) out.push([...p, '.']);
      changed(before, child, p, out);
    }
  }
}

function exists(root: Node, path: Path): boolean {
  let cur: Node | undefined = root;
  for (const el of path) {
    if (el === '.') return cur !== undefined && !cur.leaf;
    cur = cur?.children.get(el);
    if (!cur) return false;
  }
  return true;
}

function toFieldsV1(paths: Path[]): Record<string, unknown> {
  const root: Record<string, unknown> = {};
  for (const p of paths) {
    let cur = root;
    for (const el of p) cur = (cur[el] ??= {}) as Record<string, unknown>;
  }
  return root;
}

function fromFieldsV1(f: unknown, prefix: Path = [], out: Path[] = []): Path[] {
  const entries = Object.entries((f ?? {}) as Record<string, unknown>);
  if (entries.length === 0 && prefix.length > 0) out.push(prefix);
  for (const [k, v] of entries) fromFieldsV1(v, [...prefix, k], out);
  return out;
}

export interface ManagerUpdate {
  manager: string;
  operation: 'Update' | 'Apply';
  subresource?: string;
  time: string;
  apiVersion: string;
}

/** Restricts a tree to the status part (subresource writes) or everything else (main writes). */
function scope(n: Node, subresource: string | undefined): Node {
  const children = new Map([...n.children].filter(([k]) => (subresource === 'status') === (k === 'f:status')));
  return { leaf: false, children };
}

/**
 * The managedFields after `update` turned `oldObj` (undefined on create) into `newObj`.
 * Entries are kept in their existing order; a new manager's entry goes last.
 */
export function updateManagedFields(kind: string, oldObj: KubeObject | undefined, newObj: KubeObject, update: ManagerUpdate): ManagedFieldsEntry[] {
  const before = scopedTree((oldObj ?? EMPTY[kind] ?? { metadata: {} }) as Record<string, unknown>, update.subresource);
  const after = rootTree(newObj);
  const paths: Path[] = [];
  changed(before, scope(after, update.subresource), [], paths);
  const taken = new Set(paths.map(pathKey));
  const entries: ManagedFieldsEntry[] = [];
  let mine: ManagedFieldsEntry | undefined;
  for (const e of oldObj?.metadata.managedFields ?? []) {
    const isMine = e.manager === update.manager && e.operation === update.operation && e.subresource === update.subresource;
    const kept = fromFieldsV1(e.fieldsV1).filter((p) => exists(after, p) && (isMine || !taken.has(pathKey(p))));
    if (isMine) {
      const keptKeys = new Set(kept.map(pathKey));
      const all = [...kept, ...paths.filter((p) => !keptKeys.has(pathKey(p)))];
      mine = { ...e, time: update.time, fieldsV1: toFieldsV1(all) };
      entries.push(mine);
    } else if (kept.length > 0) {
      entries.push({ ...e, fieldsV1: toFieldsV1(kept) });
    }
  }
  if (!mine && paths.length > 0) {
    const entry: ManagedFieldsEntry = {
      apiVersion: update.apiVersion, fieldsType: 'FieldsV1', fieldsV1: toFieldsV1(paths),
      manager: update.manager, operation: update.operation,
    };
    if (update.subresource) entry.subresource = update.subresource;
    entry.time = update.time;
    entries.push(entry);
  }
  return entries;
}
