// What the files of a configMap, secret, downwardAPI or projected volume hold: one file per key
// (or per `items` entry, at its path, with its mode), downward API fields rendered as the kubelet
// renders them. Failures are the texts the FailedMount event carries after `MountVolume.SetUp
// failed for volume "<name>" : `.
// Models pkg/volume/configmap/configmap.go, pkg/volume/secret/secret.go,
// pkg/volume/downwardapi/downwardapi.go and pkg/volume/projected/projected.go (MakePayload, CollectData)

import type { ConfigMap, KeyToPath, Pod, Secret, Status } from '../../api/types.ts';
import { isStatus } from '../../api/errors.ts';
import { extractFieldPathAsString } from '../../fieldpath/fieldpath.ts';
import { resourceFieldValue } from '../../fieldpath/resource-field.ts';
import { decodeBase64Text } from '../../../os/base64.ts';
import type { Payload } from './atomic-writer.ts';

export interface PayloadSources {
  configMap(namespace: string, name: string): ConfigMap | Status;
  secret(namespace: string, name: string): Secret | Status;
  /** A signed-looking service account token for the pod. */
  token(pod: Pod, audience: string, expirationSeconds: number): string;
  /** Node allocatable, for resourceFieldRef on a container without a limit. */
  nodeAllocatable: { cpu?: string; memory?: string };
}

export interface DownwardAPIFile {
  path: string;
  fieldRef?: { fieldPath: string };
  resourceFieldRef?: { containerName?: string; resource: string; divisor?: string };
  mode?: number;
}

export interface ProjectedSource {
  serviceAccountToken?: { path: string; expirationSeconds?: number; audience?: string };
  configMap?: { name: string; items?: KeyToPath[]; optional?: boolean };
  secret?: { name: string; items?: KeyToPath[]; optional?: boolean };
  downwardAPI?: { items?: DownwardAPIFile[] };
}

export type PayloadResult = { ok: true; payload: Payload } | { ok: false; message: string };

/** Keys to files: every key, or only `items` — each of which must exist unless optional. */
function keyedPayload(kind: 'configmap' | 'secret', data: Record<string, string>, items: KeyToPath[] | undefined, mode: number, optional: boolean): PayloadResult {
  const payload: Payload = new Map();
  if (!items?.length) {
    for (const [k, v] of Object.entries(data)) payload.set(k, { data: v, mode });
    return { ok: true, payload };
  }
  for (const it of items) {
    if (!Object.hasOwn(data, it.key)) {
      if (optional) continue;
      return { ok: false, message: kind === 'configmap' ? `configmap references non-existent config key: ${it.key}` : `secret references non-existent secret key: ${it.key}` };
    }
    payload.set(it.path, { data: data[it.key], mode: it.mode ?? mode });
  }
  return { ok: true, payload };
}

export function configMapPayload(src: PayloadSources, pod: Pod, ref: { name: string; items?: KeyToPath[]; optional?: boolean }, mode: number): PayloadResult {
  const cm = src.configMap(pod.metadata.namespace ?? 'default', ref.name);
  if (isStatus(cm)) return ref.optional ? { ok: true, payload: new Map() } : { ok: false, message: `configmap "${ref.name}" not found` };
  const data = { ...(cm.data ?? {}), ...Object.fromEntries(Object.entries(cm.binaryData ?? {}).map(([k, v]) => [k, decodeBase64Text(v)])) };
  return keyedPayload('configmap', data, ref.items, mode, ref.optional ?? false);
}

export function secretPayload(src: PayloadSources, pod: Pod, ref: { name: string; items?: KeyToPath[]; optional?: boolean }, mode: number): PayloadResult {
  const s = src.secret(pod.metadata.namespace ?? 'default', ref.name);
  if (isStatus(s)) return ref.optional ? { ok: true, payload: new Map() } : { ok: false, message: `secret "${ref.name}" not found` };
  const data = Object.fromEntries(Object.entries(s.data ?? {}).map(([k, v]) => [k, decodeBase64Text(v)]));
  return keyedPayload('secret', data, ref.items, mode, ref.optional ?? false);
}

export function downwardAPIPayload(src: PayloadSources, pod: Pod, items: DownwardAPIFile[], mode: number): PayloadResult {
  const payload: Payload = new Map();
  for (const it of items) {
    let data: string | undefined;
    if (it.fieldRef) {
      data = extractFieldPathAsString(pod, it.fieldRef.fieldPath);
      if (data === undefined) return { ok: false, message: `unsupported fieldPath: ${it.fieldRef.fieldPath}` };
    } else if (it.resourceFieldRef) {
      data = resourceFieldValue(pod.spec.containers.find((c) => c.name === it.resourceFieldRef!.containerName), it.resourceFieldRef, src.nodeAllocatable);
    }
    payload.set(it.path, { data: data ?? '', mode: it.mode ?? mode });
  }
  return { ok: true, payload };
}

export function projectedPayload(src: PayloadSources, pod: Pod, sources: ProjectedSource[], mode: number): PayloadResult {
  const payload: Payload = new Map();
  for (const s of sources) {
    let part: PayloadResult = { ok: true, payload: new Map() };
    if (s.serviceAccountToken) {
      const t = s.serviceAccountToken;
      const token = src.token(pod, t.audience ?? 'https://kubernetes.default.svc.cluster.local', t.expirationSeconds ?? 3600);
      part = { ok: true, payload: new Map([[t.path, { data: token, mode }]]) };
    } else if (s.configMap) part = configMapPayload(src, pod, s.configMap, mode);
    else if (s.secret) part = secretPayload(src, pod, s.secret, mode);
    else if (s.downwardAPI) part = downwardAPIPayload(src, pod, s.downwardAPI.items ?? [], mode);
    if (!part.ok) return part;
    for (const [k, v] of part.payload) payload.set(k, v);
  }
  return { ok: true, payload };
}
