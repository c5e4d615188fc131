// The kubectl.kubernetes.io/last-applied-configuration annotation: the configuration as given,
// with an empty annotations map, the namespace filled in, serialised as Go's json.Marshal would
// (sorted keys, HTML-safe escapes) plus a newline.
// Models staging/src/k8s.io/kubectl/pkg/util/apply.go (GetModifiedConfiguration).

import type { KubeObject } from '../../sim/api/types.ts';

export const LAST_APPLIED = 'kubectl.kubernetes.io/last-applied-configuration';

export function goJsonMarshal(value: unknown): string {
  const sorted = (v: unknown): unknown => {
    if (Array.isArray(v)) return v.map(sorted);
    if (v && typeof v === 'object') {
      const out: Record<string, unknown> = {};
      for (const k of Object.keys(v).sort()) out[k] = sorted((v as Record<string, unknown>)[k]);
      return out;
    }
    return v;
  };
  return JSON.stringify(sorted(value)).replace(/[<>&\u2028\u2029]/g, (c) => '\\u' + c.charCodeAt(0).toString(16).padStart(4, '0'));
}

/** The configuration with the annotation set, as apply sends it. */
export function withLastApplied(config: KubeObject): KubeObject {
  const annotations = { ...(config.metadata.annotations ?? {}) };
  delete annotations[LAST_APPLIED];
  const recorded = { ...config, metadata: { ...config.metadata, annotations } };
  return {
    ...config,
    metadata: { ...config.metadata, annotations: { ...annotations, [LAST_APPLIED]: goJsonMarshal(recorded) + '\n' } },
  };
}

export function lastApplied(object: KubeObject): KubeObject | undefined {
  const text = object.metadata.annotations?.[LAST_APPLIED];
  if (!text) return undefined;
  try {
    return JSON.parse(text) as KubeObject;
  } catch {
    return undefined;
  }
}
