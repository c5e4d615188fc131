// Scheme defaulting for core/v1 objects: what the API server fills in while decoding a request,
// before admission. Pod spec defaults, container and probe defaults, volume modes, requests
// copied from limits and canonical quantities.
// Models pkg/apis/core/v1/defaults.go

import { canonicalQuantity } from '../api/quantity.ts';
import type { Container, KubeObject, Pod, Probe, Volume } from '../api/types.ts';

type Obj = Record<string, unknown>;

const DEFAULT_MODE = 420; // 0644

/** The tag an image reference resolves to; `latest` when none is given (docker reference parser). */
export function imageTag(image: string): { tag?: string; digest?: string } {
  const at = image.indexOf('@');
  const digest = at >= 0 ? image.slice(at + 1) : undefined;
  const name = at >= 0 ? image.slice(0, at) : image;
  const colon = name.lastIndexOf(':');
  const tag = colon > name.lastIndexOf('/') ? name.slice(colon + 1) : undefined;
  return { tag, digest };
}

/** SetDefaults_Container's imagePullPolicy rule. */
export function defaultPullPolicy(image: string): 'Always' | 'IfNotPresent' {
  const { tag, digest } = imageTag(image);
  if (tag === 'latest' || (tag === undefined && digest === undefined)) return 'Always';
  return 'IfNotPresent';
}

function canonicalMap(m: Record<string, unknown> | undefined): void {
  if (!m) return;
  for (const [k, v] of Object.entries(m)) {
    const c = typeof v === 'string' || typeof v === 'number' ? canonicalQuantity(v) : undefined;
    if (c !== undefined) m[k] = c;
  }
}

function defaultHandler(h: Obj | undefined): void {
  const get = h?.httpGet as Obj | undefined;
  if (!get) return;
  get.path ??= '/';
  get.scheme ??= 'HTTP';
}

function defaultProbe(p: Probe | undefined): void {
  if (!p) return;
  p.timeoutSeconds ??= 1;
  p.periodSeconds ??= 10;
  p.successThreshold ??= 1;
  p.failureThreshold ??= 3;
  defaultHandler(p as Obj);
}

function defaultFieldRef(ref: Obj | undefined): void {
  if (ref && ref.apiVersion === undefined) ref.apiVersion = 'v1';
}

function defaultContainer(c: Container, isPod: boolean): void {
  if (c.image !== undefined && c.imagePullPolicy === undefined) c.imagePullPolicy = defaultPullPolicy(c.image);
  c.terminationMessagePath ??= '/dev/termination-log';
  c.terminationMessagePolicy ??= 'File';
  for (const p of c.ports ?? []) p.protocol ??= 'TCP';
  for (const e of c.env ?? []) defaultFieldRef(e.valueFrom?.fieldRef as Obj | undefined);
  defaultProbe(c.livenessProbe);
  defaultProbe(c.readinessProbe);
  defaultProbe(c.startupProbe);
  const lifecycle = c.lifecycle as Obj | undefined;
  defaultHandler(lifecycle?.postStart as Obj | undefined);
  defaultHandler(lifecycle?.preStop as Obj | undefined);
  // ResourceRequirements is a struct, never omitted: `resources: {}` is always stored.
  c.resources ??= {};
  const r = c.resources;
  canonicalMap(r.limits);
  canonicalMap(r.requests);
  if (isPod && r.limits) {
    // SetDefaults_Pod: a limit without a request makes the request equal to the limit.
    for (const [name, value] of Object.entries(r.limits)) {
      r.requests ??= {};
      if (r.requests[name] === undefined) r.requests[name] = value;
    }
  }
}

function defaultVolume(v: Volume): void {
  const sources = Object.keys(v).filter((k) => k !== 'name');
  if (sources.length === 0) v.emptyDir = {};
  if (v.emptyDir?.sizeLimit !== undefined) v.emptyDir.sizeLimit = canonicalQuantity(v.emptyDir.sizeLimit) ?? v.emptyDir.sizeLimit;
  if (v.hostPath) v.hostPath.type ??= '';
  if (v.secret) v.secret.defaultMode ??= DEFAULT_MODE;
  if (v.configMap) v.configMap.defaultMode ??= DEFAULT_MODE;
  if (v.downwardAPI) {
    v.downwardAPI.defaultMode ??= DEFAULT_MODE;
    for (const item of (v.downwardAPI.items ?? []) as Obj[]) defaultFieldRef(item.fieldRef as Obj | undefined);
  }
  if (v.projected) {
    v.projected.defaultMode ??= DEFAULT_MODE;
    for (const s of (v.projected.sources ?? []) as Obj[]) {
      const token = s.serviceAccountToken as Obj | undefined;
      if (token) token.expirationSeconds ??= 3600;
      for (const item of ((s.downwardAPI as Obj | undefined)?.items ?? []) as Obj[]) defaultFieldRef(item.fieldRef as Obj | undefined);
    }
  }
}

/** SetDefaults_Pod + SetDefaults_PodSpec and everything under them. Mutates `pod`. */
export function defaultPod(pod: Pod): void {
  pod.spec ??= { containers: [] };
  const spec = pod.spec;
  spec.dnsPolicy ??= 'ClusterFirst';
  spec.restartPolicy ??= 'Always';
  spec.securityContext ??= {};
  spec.terminationGracePeriodSeconds ??= 30;
  spec.schedulerName ??= 'default-scheduler';
  spec.enableServiceLinks ??= true;
  if (spec.serviceAccountName === undefined && spec.serviceAccount) spec.serviceAccountName = spec.serviceAccount;
  const all = [...(spec.initContainers ?? []), ...(spec.containers ?? []), ...(spec.ephemeralContainers ?? [])];
  for (const c of all) {
    if (typeof c !== 'object' || c === null) continue;
    defaultContainer(c, true);
    if (spec.hostNetwork) for (const p of c.ports ?? []) p.hostPort ??= p.containerPort;
  }
  for (const v of spec.volumes ?? []) if (typeof v === 'object' && v !== null) defaultVolume(v);
  const overhead = (spec as unknown as Obj).overhead as Record<string, unknown> | undefined;
  canonicalMap(overhead);
}

/** Struct-typed fields Go always serialises, so a stored object shows them even when empty. */
export function fillPodStatusStructs(pod: Pod): void {
  for (const list of [pod.status?.containerStatuses, pod.status?.initContainerStatuses, pod.status?.ephemeralContainerStatuses]) {
    for (const s of list ?? []) {
      s.state ??= {};
      s.lastState ??= {};
    }
  }
}

/** Namespace, Secret and Node defaults that show in `-o yaml`. */
export function defaultObject(kind: string, obj: KubeObject): void {
  switch (kind) {
    case 'Pod':
      defaultPod(obj as Pod);
      break;
    case 'Namespace': {
      const spec = ((obj.spec as Obj | undefined) ?? (obj.spec = {})) as Obj;
      spec.finalizers ??= ['kubernetes'];
      break;
    }
    case 'Secret':
      obj.type ??= 'Opaque';
      break;
    case 'Node':
      obj.spec ??= {};
      break;
  }
}
