// The resource types kubectl can name, as discovery reports them, and the RESTMapper lookup from
// what a user types (`po`, `pods`, `pod`, `Pod`, `pods.v1`, `deploy.apps`) to one of them.
// Types the simulator does not store are still discovered, as in a cluster where none exist yet.
// Models k8s.io/client-go/restmapper (shortcut.go, discovery.go) and apimachinery meta/restmapper.go.

import type { Resource } from '../sim/apiserver/api-client.ts';

export interface ResourceType {
  /** Plural resource name, e.g. `pods`. */
  name: string;
  singular: string;
  shortNames: string[];
  kind: string;
  group: string;
  version: string;
  namespaced: boolean;
  /** The API server resource behind it; unset for types this cluster holds none of. */
  served?: Resource;
  verbs: string[];
  categories?: string[];
}

const RW = ['create', 'delete', 'deletecollection', 'get', 'list', 'patch', 'update', 'watch'];

export const RESOURCE_TYPES: ResourceType[] = [
  { name: 'configmaps', singular: 'configmap', shortNames: ['cm'], kind: 'ConfigMap', group: '', version: 'v1', namespaced: true, served: 'configmaps', verbs: RW },
  { name: 'events', singular: 'event', shortNames: ['ev'], kind: 'Event', group: '', version: 'v1', namespaced: true, served: 'events', verbs: RW },
  { name: 'namespaces', singular: 'namespace', shortNames: ['ns'], kind: 'Namespace', group: '', version: 'v1', namespaced: false, served: 'namespaces', verbs: ['create', 'delete', 'get', 'list', 'patch', 'update', 'watch'] },
  { name: 'nodes', singular: 'node', shortNames: ['no'], kind: 'Node', group: '', version: 'v1', namespaced: false, served: 'nodes', verbs: RW },
  { name: 'pods', singular: 'pod', shortNames: ['po'], kind: 'Pod', group: '', version: 'v1', namespaced: true, served: 'pods', verbs: RW, categories: ['all'] },
  { name: 'secrets', singular: 'secret', shortNames: [], kind: 'Secret', group: '', version: 'v1', namespaced: true, served: 'secrets', verbs: RW },
  { name: 'serviceaccounts', singular: 'serviceaccount', shortNames: ['sa'], kind: 'ServiceAccount', group: '', version: 'v1', namespaced: true, served: 'serviceaccounts', verbs: RW },
  { name: 'services', singular: 'service', shortNames: ['svc'], kind: 'Service', group: '', version: 'v1', namespaced: true, verbs: RW, categories: ['all'] },
  { name: 'daemonsets', singular: 'daemonset', shortNames: ['ds'], kind: 'DaemonSet', group: 'apps', version: 'v1', namespaced: true, verbs: RW, categories: ['all'] },
  { name: 'deployments', singular: 'deployment', shortNames: ['deploy'], kind: 'Deployment', group: 'apps', version: 'v1', namespaced: true, verbs: RW, categories: ['all'] },
  { name: 'replicasets', singular: 'replicaset', shortNames: ['rs'], kind: 'ReplicaSet', group: 'apps', version: 'v1', namespaced: true, verbs: RW, categories: ['all'] },
  { name: 'statefulsets', singular: 'statefulset', shortNames: ['sts'], kind: 'StatefulSet', group: 'apps', version: 'v1', namespaced: true, verbs: RW, categories: ['all'] },
  { name: 'cronjobs', singular: 'cronjob', shortNames: ['cj'], kind: 'CronJob', group: 'batch', version: 'v1', namespaced: true, verbs: RW, categories: ['all'] },
  { name: 'jobs', singular: 'job', shortNames: [], kind: 'Job', group: 'batch', version: 'v1', namespaced: true, verbs: RW, categories: ['all'] },
];

/** `pods`, or `deployments.apps` for grouped types, as NotFound messages and `-o name` show them. */
export function qualifiedResource(t: ResourceType): string {
  return t.group ? `${t.name}.${t.group}` : t.name;
}

/** `pod`, or `deployment.apps`: the kind prefix of `-o name` and of rows printed for several types. */
export function kindPrefix(t: ResourceType): string {
  const kind = t.kind.toLowerCase();
  return t.group ? `${kind}.${t.group}` : kind;
}

/** Finds the type a user named; undefined means `the server doesn't have a resource type`. */
export function lookupResourceType(typed: string): ResourceType | undefined {
  const lower = typed.toLowerCase();
  // `pods.v1`, `deployments.apps`, `deployments.v1.apps`
  const dot = lower.indexOf('.');
  const base = dot >= 0 ? lower.slice(0, dot) : lower;
  const qualifier = dot >= 0 ? lower.slice(dot + 1) : undefined;
  return RESOURCE_TYPES.find((t) => {
    if (!(t.name === base || t.singular === base || t.shortNames.includes(base) || t.kind.toLowerCase() === base)) return false;
    if (qualifier === undefined) return true;
    const parts = qualifier.split('.');
    if (parts[0] === t.version) parts.shift();
    return parts.join('.') === t.group;
  });
}

export function typeForKind(kind: string, apiVersion?: string): ResourceType | undefined {
  const group = apiVersion?.includes('/') ? apiVersion.slice(0, apiVersion.indexOf('/')) : '';
  return RESOURCE_TYPES.find((t) => t.kind === kind && (apiVersion === undefined || t.group === group));
}

export function typeForResource(resource: Resource): ResourceType {
  return RESOURCE_TYPES.find((t) => t.served === resource)!;
}

/** The types in a category (`all`), in the order kubectl prints them. */
export function categoryTypes(category: string): ResourceType[] | undefined {
  if (category !== 'all') return undefined;
  const order = ['pods', 'services', 'daemonsets', 'deployments', 'replicasets', 'statefulsets', 'cronjobs', 'jobs'];
  return order.map((n) => RESOURCE_TYPES.find((t) => t.name === n)!);
}
