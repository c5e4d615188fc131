// Pure decisions of the eviction manager: the memory.available signal, whether the hard
// threshold is crossed, which pod goes first, and the texts the evicted pod and its event carry.
// Models pkg/kubelet/eviction/helpers.go (rankMemoryPressure, exceedMemoryRequests, priority,
// memory, evictionMessage) and api.go (the default memory.available<100Mi hard threshold)

import type { Pod } from '../../api/types.ts';
import { formatQuantity, toBytes } from '../../api/quantity.ts';

/** --eviction-hard memory.available<100Mi (the kubelet's default). */
export const MEMORY_AVAILABLE_THRESHOLD_BYTES = 100 * 1024 * 1024;
export const MEMORY_THRESHOLD_TEXT = '100Mi';

/** Pod reason and event reason of an eviction. */
export const Evicted = 'Evicted';

/** The condition a node-pressure eviction adds to its pod (PodDisruptionConditions, GA since v1.31). */
export const DisruptionTarget = 'DisruptionTarget';
export const TerminationByKubelet = 'TerminationByKubelet';

/** One pod's memory use, container by container. */
export interface PodUsage {
  pod: Pod;
  containers: { name: string; memoryBytes: number }[];
}

/** A byte count as resource.NewQuantity(n, BinarySI).String() prints it: 92Mi, 96468Ki, 1500Mi. */
export function bytesQuantity(bytes: number): string {
  return formatQuantity({ nanos: BigInt(Math.max(0, Math.round(bytes))) * 1_000_000_000n, format: 'BinarySI' });
}

function memoryRequest(pod: Pod, name: string): number {
  const c = pod.spec.containers.find((x) => x.name === name);
  const q = c?.resources?.requests?.memory;
  return q === undefined ? 0 : toBytes(q);
}

function podRequest(pod: Pod): number {
  return pod.spec.containers.reduce((n, c) => n + memoryRequest(pod, c.name), 0);
}

function podUsage(u: PodUsage): number {
  return u.containers.reduce((n, c) => n + c.memoryBytes, 0);
}

/**
 * Eviction order under memory pressure: pods using more than they requested first (every
 * BestEffort pod that uses anything), then lower priority, then the most memory above the request.
 */
export function rankMemoryPressure(pods: PodUsage[]): PodUsage[] {
  const exceeds = (u: PodUsage) => (podUsage(u) > podRequest(u.pod) ? 1 : 0);
  return [...pods].sort((a, b) =>
    exceeds(b) - exceeds(a) ||
    (a.pod.spec.priority ?? 0) - (b.pod.spec.priority ?? 0) ||
    (podUsage(b) - podRequest(b.pod)) - (podUsage(a) - podRequest(a.pod)));
}

/** Pods the kubelet never evicts: static and mirror pods and those of the system-*-critical classes. */
export function isCriticalPod(pod: Pod): boolean {
  const source = pod.metadata.annotations?.['kubernetes.io/config.source'];
  if (source && source !== 'api') return true;
  if (pod.metadata.annotations?.['kubernetes.io/config.mirror'] !== undefined) return true;
  return (pod.spec.priority ?? 0) >= 2_000_000_000;
}

/**
 * `The node was low on resource: memory. Threshold quantity: 100Mi, available: 92Mi. Container
 * stress was using 1500Mi, request is 0, has larger consumption of memory. ` — with the trailing
 * space the kubelet leaves after each sentence.
 */
export function evictionMessage(u: PodUsage, availableBytes: number): string {
  let message = `The node was low on resource: memory. Threshold quantity: ${MEMORY_THRESHOLD_TEXT}, available: ${bytesQuantity(availableBytes)}. `;
  for (const c of u.containers) {
    const request = memoryRequest(u.pod, c.name);
    if (c.memoryBytes > request) {
      const req = u.pod.spec.containers.find((x) => x.name === c.name)?.resources?.requests?.memory ?? '0';
      message += `Container ${c.name} was using ${bytesQuantity(c.memoryBytes)}, request is ${req}, has larger consumption of memory. `;
    }
  }
  return message;
}

/**
 * The eviction message for the first emptyDir of the pod whose usage is above its sizeLimit
 * (the limit as the API stores it), or undefined when every volume is within its limit.
 * Models pkg/kubelet/eviction/eviction_manager.go (emptyDirLimitEviction) and emptyDirMessageFmt.
 */
export function emptyDirLimitMessage(pod: Pod, usedBytes: ReadonlyMap<string, number>): string | undefined {
  for (const v of pod.spec.volumes ?? []) {
    const size = v.emptyDir?.sizeLimit;
    const used = usedBytes.get(v.name);
    if (size === undefined || used === undefined || !(toBytes(size) > 0) || used <= toBytes(size)) continue;
    return `Usage of EmptyDir volume "${v.name}" exceeds the limit "${size}". `;
  }
  return undefined;
}
