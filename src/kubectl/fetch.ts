// Reads through the API client by resource type. Types the simulated server does not store
// answer as an empty collection would: nothing listed, every name NotFound.

import type { KubeObject, Status } from '../sim/api/types.ts';
import type { ApiClient } from '../sim/apiserver/api-client.ts';
import { isStatus } from '../sim/api/errors.ts';
import { qualifiedResource, type ResourceType } from './resource-types.ts';

export interface Selectors {
  labelSelector?: string;
  fieldSelector?: string;
}

export function notFound(type: ResourceType, name: string): Status {
  return {
    apiVersion: 'v1', kind: 'Status', metadata: {}, status: 'Failure', reason: 'NotFound', code: 404,
    message: `${qualifiedResource(type)} "${name}" not found`,
    details: { name, group: type.group || undefined, kind: type.name },
  };
}

export function getObject(api: ApiClient, type: ResourceType, namespace: string, name: string): KubeObject | Status {
  if (!type.served) return notFound(type, name);
  return api.get({ resource: type.served, namespace: type.namespaced ? namespace : undefined, name });
}

/** `namespace` undefined lists across all namespaces. */
export function listObjects(api: ApiClient, type: ResourceType, namespace: string | undefined, selectors: Selectors = {}): KubeObject[] | Status {
  if (!type.served) return [];
  const options = { labelSelector: selectors.labelSelector || undefined, fieldSelector: selectors.fieldSelector || undefined };
  const list = api.list({ resource: type.served, namespace: type.namespaced ? namespace : undefined, options });
  if (isStatus(list)) return list;
  return list.items;
}

export { isStatus };
