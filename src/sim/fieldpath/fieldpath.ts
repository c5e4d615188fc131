// The downward API's object fields: the Pod metadata a fieldRef names, as a string. Environment
// variables add the runtime fields (node name, pod and host IPs) on top; volumes use these alone.
// Models pkg/fieldpath/fieldpath.go (ExtractFieldPathAsString, FormatMap)

import type { Pod } from '../api/types.ts';

/** `key="value"` lines, sorted, as fieldpath.FormatMap writes labels and annotations. */
export function formatMap(m: Record<string, string> | undefined): string {
  return Object.keys(m ?? {}).sort().map((k) => `${k}=${JSON.stringify(m![k])}`).join('\n');
}

/** The value of a `metadata.…` field path, or undefined for a path this does not support. */
export function extractFieldPathAsString(pod: Pod, path: string): string | undefined {
  const m = /^metadata\.(labels|annotations)\['(.*)'\]$/.exec(path);
  if (m) return (m[1] === 'labels' ? pod.metadata.labels : pod.metadata.annotations)?.[m[2]] ?? '';
  switch (path) {
    case 'metadata.name': return pod.metadata.name ?? '';
    case 'metadata.namespace': return pod.metadata.namespace ?? '';
    case 'metadata.uid': return pod.metadata.uid ?? '';
    case 'metadata.labels': return formatMap(pod.metadata.labels);
    case 'metadata.annotations': return formatMap(pod.metadata.annotations);
    default: return undefined;
  }
}
