// pods/log: the API server checks the container against the pod, then proxies to the kubelet
// of the pod's node; a follow streams until the container stops or the client goes away.
// Models pkg/registry/core/pod/strategy.go (LogLocation) and pkg/registry/core/pod/rest/log.go

import type { Pod, Status } from '../../sim/api/types.ts';
import type { ApiClient } from '../../sim/apiserver/api-client.ts';
import { isStatus, newBadRequest } from '../../sim/api/errors.ts';
import type { KubeletEndpoints, LogOptions } from '../../kubectl/cluster.ts';
import type { HttpResponse } from './http.ts';

function int(v: string | undefined): number | undefined {
  if (v === undefined || v === '') return undefined;
  const n = Number(v);
  return Number.isInteger(n) ? n : undefined;
}

const bool = (v: string | undefined) => v === 'true' || v === '1';

export function podLog(
  api: ApiClient, kubelet: (node: string) => KubeletEndpoints | undefined,
  namespace: string, name: string, query: Record<string, string>,
): HttpResponse | Status {
  const pod = api.get<Pod>({ resource: 'pods', namespace, name });
  if (isStatus(pod)) return pod;
  const all = [...pod.spec.containers, ...(pod.spec.initContainers ?? []), ...(pod.spec.ephemeralContainers ?? [])];
  let container = query.container ?? '';
  if (!container) {
    if (pod.spec.containers.length === 1) container = pod.spec.containers[0].name;
    else {
      const names = pod.spec.containers.map((c) => c.name).join(' ');
      const init = (pod.spec.initContainers ?? []).map((c) => c.name).join(' ');
      return newBadRequest(`a container name must be specified for pod ${name}, choose one of: [${names}]${init ? ` or one of the init containers: [${init}]` : ''}`);
    }
  }
  if (!all.some((c) => c.name === container)) return newBadRequest(`container ${container} is not valid for pod ${name}`);
  const endpoints = kubelet(pod.spec.nodeName ?? '');
  if (!endpoints) return newBadRequest(`container "${container}" in pod "${name}" is waiting to start: ContainerCreating`);
  const options: LogOptions = {
    previous: bool(query.previous), timestamps: bool(query.timestamps), follow: bool(query.follow),
    tailLines: int(query.tailLines), sinceSeconds: int(query.sinceSeconds),
  };
  const reader = endpoints.logs(namespace, name, container, options);
  if (isStatus(reader)) return reader;
  return {
    status: 200,
    headers: { 'content-type': 'text/plain' },
    stream: {
      start(write, end) {
        let stopped = false;
        void (async () => {
          for (let chunk = await reader.read(); chunk !== null && !stopped; chunk = await reader.read()) write(chunk);
          if (!stopped) end();
        })();
        return () => {
          stopped = true;
          reader.closeRead();
        };
      },
    },
  };
}
