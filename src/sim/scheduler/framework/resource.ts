// Resource amounts the scheduler adds up and compares: cpu in millicores, memory and
// ephemeral-storage in bytes, other (extended, hugepages) resources in their own units.
// Models pkg/scheduler/framework/types.go (Resource) and
// staging/src/k8s.io/component-helpers/resource/helpers.go (PodRequests)

import type { Container, Pod, Quantity } from '../../api/types.ts';
import { toBytes, toMillis } from '../../api/quantity.ts';

export interface Resource {
  milliCPU: number;
  memory: number;
  ephemeralStorage: number;
  /** Extended and hugepages resources, by name. */
  scalar: Record<string, number>;
}

export function emptyResource(): Resource {
  return { milliCPU: 0, memory: 0, ephemeralStorage: 0, scalar: {} };
}

/** A ResourceList (`{cpu: "500m", memory: "64Mi"}`) as amounts; `pods` is counted elsewhere. */
export function fromResourceList(list: Record<string, Quantity> | undefined): Resource {
  const r = emptyResource();
  for (const [name, q] of Object.entries(list ?? {})) {
    if (name === 'cpu') r.milliCPU = toMillis(q);
    else if (name === 'memory') r.memory = toBytes(q);
    else if (name === 'ephemeral-storage') r.ephemeralStorage = toBytes(q);
    else if (name !== 'pods') r.scalar[name] = toBytes(q);
  }
  return r;
}

export function add(a: Resource, b: Resource): Resource {
  const scalar = { ...a.scalar };
  for (const [k, v] of Object.entries(b.scalar)) scalar[k] = (scalar[k] ?? 0) + v;
  return { milliCPU: a.milliCPU + b.milliCPU, memory: a.memory + b.memory, ephemeralStorage: a.ephemeralStorage + b.ephemeralStorage, scalar };
}

export function max(a: Resource, b: Resource): Resource {
  const scalar = { ...a.scalar };
  for (const [k, v] of Object.entries(b.scalar)) scalar[k] = Math.max(scalar[k] ?? 0, v);
  return {
    milliCPU: Math.max(a.milliCPU, b.milliCPU), memory: Math.max(a.memory, b.memory),
    ephemeralStorage: Math.max(a.ephemeralStorage, b.ephemeralStorage), scalar,
  };
}

const isSidecar = (c: Container) => c.restartPolicy === 'Always';

/**
 * The pod's effective request: the sum over app containers and native sidecars, or, if larger,
 * what the init phase needs at its peak — each init container runs alone next to the sidecars
 * started before it.
 */
export function podRequests(pod: Pod, requestsOf: (c: Container) => Resource = containerRequests): Resource {
  let reqs = emptyResource();
  for (const c of pod.spec.containers ?? []) reqs = add(reqs, requestsOf(c));
  let sidecars = emptyResource();
  let initPeak = emptyResource();
  for (const c of pod.spec.initContainers ?? []) {
    let need: Resource;
    if (isSidecar(c)) {
      reqs = add(reqs, requestsOf(c));
      sidecars = add(sidecars, requestsOf(c));
      need = sidecars;
    } else {
      need = add(requestsOf(c), sidecars);
    }
    initPeak = max(initPeak, need);
  }
  return max(reqs, initPeak);
}

export function containerRequests(c: Container): Resource {
  return fromResourceList(c.resources?.requests);
}

// Models pkg/scheduler/util/pod_resources.go: scoring treats a container without a request as
// asking for a little, so empty pods still spread across nodes.
export const DEFAULT_MILLI_CPU_REQUEST = 100;
export const DEFAULT_MEMORY_REQUEST = 200 * 1024 * 1024;

export function nonZeroContainerRequests(c: Container): Resource {
  const r = containerRequests(c);
  const req = c.resources?.requests ?? {};
  if (req.cpu === undefined) r.milliCPU = DEFAULT_MILLI_CPU_REQUEST;
  if (req.memory === undefined) r.memory = DEFAULT_MEMORY_REQUEST;
  return r;
}

export function nonZeroPodRequests(pod: Pod): Resource {
  return podRequests(pod, nonZeroContainerRequests);
}
