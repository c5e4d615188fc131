// One node as the scheduler sees it: the Node, the pods bound to it, and the sums filters and
// scores need. Built by the cache for a scheduling cycle (a snapshot) and kept while the node and
// its pods stay the same, so plugins must not change it.
// Models pkg/scheduler/framework/types.go (NodeInfo)

import type { Node, Pod } from '../../api/types.ts';
import { toBytes } from '../../api/quantity.ts';
import { add, emptyResource, fromResourceList, nonZeroPodRequests, podRequests, type Resource } from './resource.ts';

export interface HostPort {
  hostIP: string;
  protocol: string;
  port: number;
}

export interface NodeInfo {
  node: Node;
  name: string;
  pods: Pod[];
  /** Sum of the requests of the pods on the node. */
  requested: Resource;
  /** The same with defaults for containers that request nothing (for scoring). */
  nonZeroRequested: Resource;
  allocatable: Resource;
  allowedPodNumber: number;
  usedPorts: HostPort[];
}

const allocatables = new WeakMap<Node, { allocatable: Resource; allowedPodNumber: number }>();

function allocatableOf(node: Node): { allocatable: Resource; allowedPodNumber: number } {
  let a = allocatables.get(node);
  if (!a) {
    a = { allocatable: fromResourceList(node.status?.allocatable), allowedPodNumber: toBytes(node.status?.allocatable?.pods ?? '0') };
    allocatables.set(node, a);
  }
  return a;
}

export function newNodeInfo(node: Node, pods: readonly Pod[] = []): NodeInfo {
  const info: NodeInfo = {
    node, name: node.metadata.name ?? '', pods: [],
    requested: emptyResource(), nonZeroRequested: emptyResource(),
    ...allocatableOf(node),
    usedPorts: [],
  };
  for (const p of pods) addPod(info, p);
  return info;
}

interface PodSums {
  requested: Resource;
  nonZero: Resource;
  ports: HostPort[];
}

/** Per pod object, computed once: snapshots are rebuilt every cycle, pods rarely change. */
const sums = new WeakMap<Pod, PodSums>();

function sumsOf(pod: Pod): PodSums {
  let s = sums.get(pod);
  if (!s) {
    s = { requested: podRequests(pod), nonZero: nonZeroPodRequests(pod), ports: podHostPorts(pod) };
    sums.set(pod, s);
  }
  return s;
}

export function addPod(info: NodeInfo, pod: Pod): void {
  const s = sumsOf(pod);
  info.pods.push(pod);
  info.requested = add(info.requested, s.requested);
  info.nonZeroRequested = add(info.nonZeroRequested, s.nonZero);
  info.usedPorts.push(...s.ports);
}

/** The host ports a pod's containers and sidecars claim; hostIP defaults to every address. */
export function podHostPorts(pod: Pod): HostPort[] {
  const out: HostPort[] = [];
  const sidecars = (pod.spec.initContainers ?? []).filter((c) => c.restartPolicy === 'Always');
  for (const c of [...sidecars, ...(pod.spec.containers ?? [])]) {
    for (const p of c.ports ?? []) {
      if (!p.hostPort) continue;
      out.push({ hostIP: p.hostIP || '0.0.0.0', protocol: p.protocol || 'TCP', port: p.hostPort });
    }
  }
  return out;
}
