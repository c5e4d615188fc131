// The cluster side of kubectl completion: object names and a pod's containers, read through the
// API client as `kubectl __complete` would get them with a list or get request.

import type { ApiClient } from '../../sim/apiserver/api-client.ts';
import { isStatus } from '../../sim/api/errors.ts';
import type { Pod } from '../../sim/api/types.ts';
import { RESOURCE_TYPES } from '../../kubectl/resource-types.ts';
import type { KubectlLookups } from './kubectl.ts';

/** `namespace()` is the current context's namespace, used when the command line names none. */
export function clusterLookups(api: ApiClient, namespace: () => string = () => 'default'): Required<KubectlLookups> {
  return {
    kubectlNames(type, ns) {
      const t = RESOURCE_TYPES.find((r) => r.name === type);
      if (!t?.served) return [];
      const list = api.list({ resource: t.served, namespace: t.namespaced ? ns ?? namespace() : undefined });
      if (isStatus(list)) return [];
      return list.items.map((o) => o.metadata.name ?? '').filter((n) => n !== '');
    },
    kubectlContainers(pod, ns) {
      const got = api.get<Pod>({ resource: 'pods', namespace: ns ?? namespace(), name: pod });
      if (isStatus(got)) return [];
      const spec = got.spec;
      return [...(spec?.initContainers ?? []), ...(spec?.containers ?? [])].map((c) => c.name);
    },
  };
}
