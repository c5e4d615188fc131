// The downward API's resource fields: a container's request or limit in units of the divisor,
// rounded up; an unset limit is the node's allocatable, as the kubelet merges it in.
// Models pkg/api/v1/resource/helpers.go (ExtractContainerResourceValue) and
// pkg/kubelet/kubelet_resources.go (containerResourceRuntimeValue's allocatable defaults)

import type { Container } from '../api/types.ts';
import { toBytes, toMillis } from '../api/quantity.ts';

export interface ResourceFieldRef {
  /** `limits.cpu`, `requests.memory`, … */
  resource: string;
  divisor?: string;
}

/** What `ref` reads from `container` (undefined: a container the Pod does not have). */
export function resourceFieldValue(
  container: Pick<Container, 'resources'> | undefined,
  ref: ResourceFieldRef,
  allocatable: { cpu?: string; memory?: string },
): string {
  const [kind, res] = ref.resource.split('.') as ['limits' | 'requests', string];
  const q = container?.resources?.[kind]?.[res] ?? (kind === 'limits' ? allocatable[res as 'cpu' | 'memory'] : undefined) ?? '0';
  if (res === 'cpu') return String(Math.ceil(toMillis(q) / (toMillis(ref.divisor ?? '1') || 1000)));
  return String(Math.ceil(toBytes(q) / (toBytes(ref.divisor ?? '1') || 1)));
}
