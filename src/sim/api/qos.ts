// The QoS class of a pod, computed from container requests and limits.
// Models pkg/apis/core/helper/qos/qos.go (ComputePodQOS)

import type { Pod, Quantity, ResourceRequirements } from './types.ts';
import { addQuantity, compareQuantity, isZeroQuantity } from './quantity.ts';

export type QOSClass = 'Guaranteed' | 'Burstable' | 'BestEffort';

const SUPPORTED = ['cpu', 'memory'];

type Sums = Map<string, Quantity>;

function addTo(sums: Sums, list: Record<string, Quantity> | undefined): void {
  for (const [name, value] of Object.entries(list ?? {})) {
    if (!SUPPORTED.includes(name) || isZeroQuantity(value)) continue;
    const prev = sums.get(name);
    sums.set(name, prev === undefined ? String(value) : addQuantity(prev, value));
  }
}

/** Limits that count for QoS: supported, non-zero. */
function qosLimits(list: Record<string, Quantity> | undefined): string[] {
  return Object.entries(list ?? {})
    .filter(([name, value]) => SUPPORTED.includes(name) && !isZeroQuantity(value))
    .map(([name]) => name);
}

export function computePodQOS(pod: Pick<Pod, 'spec'>): QOSClass {
  const requests: Sums = new Map();
  const limits: Sums = new Map();
  let isGuaranteed = true;
  const podLevel = (pod.spec as { resources?: ResourceRequirements }).resources;
  if (podLevel && (podLevel.requests || podLevel.limits)) {
    // PodLevelResources: when the pod states its own resources, only they decide.
    addTo(requests, podLevel.requests);
    addTo(limits, podLevel.limits);
    const l = qosLimits(podLevel.limits);
    if (!(l.includes('cpu') && l.includes('memory'))) isGuaranteed = false;
  } else {
    const containers = [...(pod.spec.containers ?? []), ...(pod.spec.initContainers ?? [])];
    for (const c of containers) {
      addTo(requests, c.resources?.requests);
      addTo(limits, c.resources?.limits);
      const l = qosLimits(c.resources?.limits);
      if (!(l.includes('cpu') && l.includes('memory'))) isGuaranteed = false;
    }
  }
  if (requests.size === 0 && limits.size === 0) return 'BestEffort';
  if (isGuaranteed) {
    for (const [name, req] of requests) {
      const lim = limits.get(name);
      if (lim === undefined || compareQuantity(req, lim) !== 0) {
        isGuaranteed = false;
        break;
      }
    }
  }
  if (isGuaranteed && requests.size === limits.size) return 'Guaranteed';
  return 'Burstable';
}
