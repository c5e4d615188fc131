// Reads a saved cluster state (`podlab run --state FILE`): {"now": RFC 3339, "objects": [...],
// "logs": {"ns/pod/container": {"current": "...", "previous": "..."}}}. A bad file is refused
// with a message that says what is wrong, never loaded half-way.

import type { ClusterState } from '../sim/cluster/cluster.ts';
import type { KubeObject } from '../sim/api/types.ts';

export function parseState(text: string): ClusterState | string {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (e) {
    return `not valid JSON: ${(e as Error).message}`;
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return 'expected a JSON object with "now", "objects" and "logs"';
  const { now, objects, logs } = data as Record<string, unknown>;
  if (typeof now !== 'string' || Number.isNaN(Date.parse(now))) return '"now" must be an RFC 3339 time such as "2026-01-05T09:00:00Z"';
  if (!Array.isArray(objects)) return '"objects" must be an array of Kubernetes objects';
  for (const [i, o] of objects.entries()) {
    const obj = o as Partial<KubeObject> | null;
    if (typeof obj !== 'object' || obj === null || typeof obj.kind !== 'string' || typeof obj.metadata !== 'object') {
      return `objects[${i}] must be a Kubernetes object with kind and metadata`;
    }
  }
  if (logs !== undefined) {
    if (typeof logs !== 'object' || logs === null || Array.isArray(logs)) return '"logs" must map "namespace/pod/container" to {"current", "previous"}';
    for (const [key, value] of Object.entries(logs)) {
      if (key.split('/').length !== 3) return `logs key "${key}" must be "namespace/pod/container"`;
      const v = value as Record<string, unknown>;
      for (const field of ['current', 'previous']) {
        if (v?.[field] !== undefined && typeof v[field] !== 'string') return `logs["${key}"].${field} must be a string`;
      }
    }
  }
  return { now, objects: objects as KubeObject[], logs: logs as ClusterState['logs'] };
}
