// Reading one object the way checks name it: `pods`, `pod` or `Pod` all mean pods.

import type { KubeObject, Status } from '../../sim/api/types.ts';
import type { Resource } from '../../sim/apiserver/api-client.ts';
import type { CheckContext } from './check-result.ts';

const ALIASES: Record<string, string> = {
  po: 'pods', cm: 'configmaps', sa: 'serviceaccounts', ns: 'namespaces', no: 'nodes', ev: 'events',
};

/** `Pod`, `pod`, `po`, `pods` → `pods`. */
export function normalizeResource(resource: string): string {
  const r = resource.toLowerCase();
  if (ALIASES[r]) return ALIASES[r];
  return r.endsWith('s') ? r : `${r}s`;
}

/** `pods` → `pod`, as messages name one object. */
export function resourceNoun(resource: string): string {
  const r = normalizeResource(resource);
  return r === 'serviceaccounts' ? 'service account' : r === 'configmaps' ? 'config map' : r.replace(/s$/, '');
}

const CLUSTER_SCOPED = new Set(['nodes', 'namespaces']);

export function fetchObject(ctx: CheckContext, resource: string, name: string, namespace?: string): KubeObject | Status {
  const r = normalizeResource(resource);
  return ctx.world.api.get({ resource: r as Resource, name, namespace: CLUSTER_SCOPED.has(r) ? undefined : namespace ?? ctx.namespace });
}
