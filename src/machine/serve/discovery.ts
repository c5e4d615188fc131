// Discovery as kube-apiserver answers it: /version, the legacy /api and /apis documents, each
// group version's APIResourceList, and the aggregated v2 documents kubectl 1.33 asks for first.
// The resource types are kubectl's own table (src/kubectl/resource-types.ts), so PodLab's kubectl
// and a real client discover the same API.
// Models staging/src/k8s.io/apiserver/pkg/endpoints/discovery (legacy, aggregated) and
// staging/src/k8s.io/api/apidiscovery/v2/types.go

import { RESOURCE_TYPES, type ResourceType } from '../../kubectl/resource-types.ts';
import { jsonResponse, type HttpResponse } from './http.ts';

export const SERVER_VERSION = {
  major: '1', minor: '33', gitVersion: 'v1.33.1', gitCommit: '8adc0f041b8e7ad1d30e29cc59c6ae7a15e19828',
  gitTreeState: 'clean', buildDate: '2025-05-15T08:19:08Z', goVersion: 'go1.24.2', compiler: 'gc', platform: 'linux/amd64',
};

const AGGREGATED = 'application/json;g=apidiscovery.k8s.io;v=v2;as=APIGroupDiscoveryList';

/** Subresources the server answers, per resource. */
const SUBRESOURCES: Record<string, { name: string; verbs: string[] }[]> = {
  pods: [
    { name: 'status', verbs: ['get', 'patch', 'update'] },
    { name: 'log', verbs: ['get'] },
    { name: 'binding', verbs: ['create'] },
    { name: 'ephemeralcontainers', verbs: ['get', 'patch', 'update'] },
  ],
  nodes: [{ name: 'status', verbs: ['get', 'patch', 'update'] }],
  namespaces: [{ name: 'status', verbs: ['get', 'patch', 'update'] }],
};

export function groupVersions(): Map<string, ResourceType[]> {
  const groups = new Map<string, ResourceType[]>();
  for (const t of RESOURCE_TYPES) {
    const key = t.group ? `${t.group}/${t.version}` : t.version;
    groups.set(key, [...(groups.get(key) ?? []), t]);
  }
  return groups;
}

/** The resource types a group version (`v1`, `apps/v1`) serves, or undefined when unknown. */
export function typesOf(groupVersion: string): ResourceType[] | undefined {
  return groupVersions().get(groupVersion);
}

function wantsAggregated(accept: string): boolean {
  return accept.includes('g=apidiscovery.k8s.io;v=v2;as=APIGroupDiscoveryList');
}

function legacyResources(types: ResourceType[]): unknown[] {
  const out: unknown[] = [];
  for (const t of types) {
    out.push({
      name: t.name, singularName: t.singular, namespaced: t.namespaced, kind: t.kind, verbs: t.verbs,
      ...(t.shortNames.length ? { shortNames: t.shortNames } : {}),
      ...(t.categories ? { categories: t.categories } : {}),
    });
    for (const s of SUBRESOURCES[t.name] ?? []) {
      out.push({ name: `${t.name}/${s.name}`, singularName: '', namespaced: t.namespaced, kind: s.name === 'binding' ? 'Binding' : t.kind, verbs: s.verbs });
    }
  }
  return out;
}

function aggregatedVersion(version: string, types: ResourceType[]): unknown {
  return {
    version,
    resources: types.map((t) => ({
      resource: t.name,
      responseKind: { group: t.group, version: t.version, kind: t.kind },
      scope: t.namespaced ? 'Namespaced' : 'Cluster',
      singularResource: t.singular,
      verbs: t.verbs,
      ...(t.shortNames.length ? { shortNames: t.shortNames } : {}),
      ...(t.categories ? { categories: t.categories } : {}),
      ...(SUBRESOURCES[t.name] ? {
        subresources: SUBRESOURCES[t.name].map((s) => ({
          subresource: s.name,
          responseKind: { group: t.group, version: t.version, kind: s.name === 'binding' ? 'Binding' : t.kind },
          verbs: s.verbs,
        })),
      } : {}),
    })),
    freshness: 'Current',
  };
}

function aggregatedList(items: unknown[]): HttpResponse {
  return jsonResponse(200, { kind: 'APIGroupDiscoveryList', apiVersion: 'apidiscovery.k8s.io/v2', metadata: {}, items }, AGGREGATED);
}

/** Answers a discovery path, or undefined when the path is not discovery. */
export function discovery(path: string, accept: string): HttpResponse | undefined {
  const groups = groupVersions();
  if (path === '/version' || path === '/version/') return jsonResponse(200, SERVER_VERSION);
  if (path === '/api' || path === '/api/') {
    if (wantsAggregated(accept)) {
      return aggregatedList([{ metadata: { creationTimestamp: null }, versions: [aggregatedVersion('v1', groups.get('v1') ?? [])] }]);
    }
    return jsonResponse(200, { kind: 'APIVersions', versions: ['v1'], serverAddressByClientCIDRs: [{ clientCIDR: '0.0.0.0/0', serverAddress: '172.30.1.2:6443' }] });
  }
  const named = [...groups.entries()].filter(([gv]) => gv.includes('/'));
  if (path === '/apis' || path === '/apis/') {
    if (wantsAggregated(accept)) {
      return aggregatedList(named.map(([gv, types]) => ({
        metadata: { name: gv.split('/')[0], creationTimestamp: null },
        versions: [aggregatedVersion(gv.split('/')[1], types)],
      })));
    }
    return jsonResponse(200, {
      kind: 'APIGroupList', apiVersion: 'v1',
      groups: named.map(([gv]) => {
        const v = { groupVersion: gv, version: gv.split('/')[1] };
        return { name: gv.split('/')[0], versions: [v], preferredVersion: v };
      }),
    });
  }
  const m = /^\/(?:api\/(v1)|apis\/([^/]+\/[^/]+))\/?$/.exec(path);
  if (m) {
    const gv = m[1] ?? m[2];
    const types = groups.get(gv);
    if (!types) return undefined;
    return jsonResponse(200, { kind: 'APIResourceList', apiVersion: 'v1', groupVersion: gv, resources: legacyResources(types) });
  }
  const g = /^\/apis\/([^/]+)\/?$/.exec(path);
  if (g) {
    const entry = named.find(([gv]) => gv.split('/')[0] === g[1]);
    if (!entry) return undefined;
    const v = { groupVersion: entry[0], version: entry[0].split('/')[1] };
    return jsonResponse(200, { kind: 'APIGroup', apiVersion: 'v1', name: g[1], versions: [v], preferredVersion: v });
  }
  return undefined;
}
