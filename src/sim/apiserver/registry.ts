// What the API server knows about each resource it serves: names, scope, and the strategy hooks
// that differ per kind (what create resets, what an update may touch).
// Models pkg/registry/core/*/strategy.go

import type { KubeObject, Pod } from '../api/types.ts';
import { computePodQOS } from '../api/qos.ts';

export type Resource = 'pods' | 'nodes' | 'events' | 'namespaces' | 'configmaps' | 'secrets' | 'serviceaccounts';

export interface ResourceInfo {
  resource: Resource;
  kind: string;
  namespaced: boolean;
  /** Whether status is a subresource: ignored on create/update, written only by updateStatus. */
  statusSubresource: boolean;
  /** Strategy PrepareForCreate: server-set fields on a new object. */
  prepareForCreate?(obj: KubeObject): void;
}

export const RESOURCES: Record<Resource, ResourceInfo> = {
  pods: {
    resource: 'pods', kind: 'Pod', namespaced: true, statusSubresource: true,
    prepareForCreate(obj) {
      const pod = obj as Pod;
      pod.status = { phase: 'Pending', qosClass: computePodQOS(pod) };
    },
  },
  nodes: { resource: 'nodes', kind: 'Node', namespaced: false, statusSubresource: true },
  events: { resource: 'events', kind: 'Event', namespaced: true, statusSubresource: false },
  namespaces: {
    resource: 'namespaces', kind: 'Namespace', namespaced: false, statusSubresource: true,
    prepareForCreate(obj) { obj.status = { phase: 'Active' }; },
  },
  configmaps: { resource: 'configmaps', kind: 'ConfigMap', namespaced: true, statusSubresource: false },
  secrets: { resource: 'secrets', kind: 'Secret', namespaced: true, statusSubresource: false },
  serviceaccounts: { resource: 'serviceaccounts', kind: 'ServiceAccount', namespaced: true, statusSubresource: false },
};

export function resourceInfo(resource: string): ResourceInfo | undefined {
  return (RESOURCES as Record<string, ResourceInfo>)[resource];
}

export function resourceForKind(kind: string): ResourceInfo | undefined {
  return Object.values(RESOURCES).find((r) => r.kind === kind);
}
