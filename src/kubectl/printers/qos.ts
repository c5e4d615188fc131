// The QoS class describe falls back to when a pod's status carries none.
// Models pkg/apis/core/v1/helper/qos/qos.go (GetPodQOS), for cpu and memory.

import type { Container, Pod } from '../../sim/api/types.ts';

export function podQOSClass(pod: Pod): 'Guaranteed' | 'Burstable' | 'BestEffort' {
  const containers: Container[] = [...(pod.spec.initContainers ?? []), ...pod.spec.containers];
  let anySet = false;
  let guaranteed = true;
  for (const c of containers) {
    const requests = c.resources?.requests ?? {};
    const limits = c.resources?.limits ?? {};
    for (const name of ['cpu', 'memory']) {
      const request = requests[name] ?? limits[name];
      const limit = limits[name];
      if (request !== undefined || limit !== undefined) anySet = true;
      if (limit === undefined || request !== limit) guaranteed = false;
    }
  }
  if (!anySet) return 'BestEffort';
  return guaranteed ? 'Guaranteed' : 'Burstable';
}
