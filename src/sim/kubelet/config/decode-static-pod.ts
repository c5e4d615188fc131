// One manifest file of the static pod folder, turned into the pod the kubelet runs: decoded
// (YAML or JSON, a single v1 Pod), defaulted and validated as the API server would, then given
// what the file source adds — the node-qualified name, a UID hashed from the file, the config
// annotations and a NoExecute toleration so node problems never evict it.
// Models pkg/kubelet/config/common.go (applyDefaults, tryDecodeSinglePod, generatePodName)

import { yaml } from '../../yaml/yaml-library.ts';
import type { Pod } from '../../api/types.ts';
import { fieldErrorText } from '../../api/field-errors.ts';
import { defaultPod } from '../../apiserver/defaults.ts';
import { validatePod } from '../../apiserver/validation.ts';

export const ConfigHashAnnotationKey = 'kubernetes.io/config.hash';
export const ConfigMirrorAnnotationKey = 'kubernetes.io/config.mirror';
export const ConfigSeenAnnotationKey = 'kubernetes.io/config.seen';
export const ConfigSourceAnnotationKey = 'kubernetes.io/config.source';

export type Decoded = { ok: true; pod: Pod } | { ok: false; message: string };

/** A stable 128-bit hex digest (the role md5 plays upstream: same file, same UID). */
export function configHash(text: string): string {
  let out = '';
  for (const seed of [0x811c9dc5, 0x01000193, 0x9e3779b9, 0x7f4a7c15]) {
    let h = seed >>> 0;
    for (let i = 0; i < text.length; i++) {
      h ^= text.charCodeAt(i);
      h = Math.imul(h, 0x01000193) >>> 0;
      h = (h ^ (h >>> 13)) >>> 0;
    }
    out += h.toString(16).padStart(8, '0');
  }
  return out;
}

/** `static-web` on node `My-Node1` is `static-web-my-node1`. */
export function generatePodName(name: string, nodeName: string): string {
  return `${name}-${nodeName.toLowerCase()}`;
}

/** RFC 3339 with nanoseconds, as Go prints time.Now() in the config.seen annotation. */
export function seenTimestamp(ms: number, hash: string): string {
  const iso = new Date(ms).toISOString();
  const nanos = (parseInt(hash.slice(0, 6), 16) % 1_000_000).toString().padStart(6, '0');
  return `${iso.slice(0, 23)}${nanos}Z`;
}

export function decodeStaticPod(text: string, path: string, nodeName: string, seenAt: number): Decoded {
  const { parse } = yaml();
  let obj: unknown;
  try {
    obj = parse(text);
  } catch (e) {
    return { ok: false, message: `error converting YAML to JSON: ${(e as Error).message.split('\n')[0]}` };
  }
  if (!obj || typeof obj !== 'object' || Array.isArray(obj)) return { ok: false, message: 'Object \'Kind\' is missing in manifest' };
  const o = obj as Record<string, unknown>;
  if (o.kind !== 'Pod') return { ok: false, message: typeof o.kind === 'string' ? `invalid pod: kind "${o.kind}" is not a Pod` : 'Object \'Kind\' is missing in manifest' };
  const pod = JSON.parse(JSON.stringify(o)) as Pod;
  pod.metadata ??= {};
  pod.spec ??= { containers: [] };
  defaultPod(pod);
  const hash = configHash(`${text}host:${nodeName}file:${path}`);
  pod.metadata.uid = hash;
  pod.metadata.namespace ||= 'default';
  const errs = validatePod(pod);
  if (errs.length > 0) return { ok: false, message: `invalid pod: [${errs.map(fieldErrorText).join(', ')}]` };
  pod.metadata.name = generatePodName(pod.metadata.name!, nodeName);
  pod.spec.nodeName = nodeName;
  pod.metadata.annotations = {
    ...pod.metadata.annotations,
    [ConfigHashAnnotationKey]: hash,
    [ConfigSeenAnnotationKey]: seenTimestamp(seenAt, hash),
    [ConfigSourceAnnotationKey]: 'file',
  };
  const tolerations = pod.spec.tolerations ?? [];
  if (!tolerations.some((t) => t.operator === 'Exists' && t.effect === 'NoExecute' && !t.key)) {
    pod.spec.tolerations = [...tolerations, { operator: 'Exists', effect: 'NoExecute' }];
  }
  // Nothing schedules a static pod: it is on its node from the start.
  pod.status = { phase: 'Pending', conditions: [{ type: 'PodScheduled', status: 'True', lastProbeTime: null, lastTransitionTime: `${new Date(seenAt).toISOString().slice(0, 19)}Z` }] };
  return { ok: true, pod };
}
