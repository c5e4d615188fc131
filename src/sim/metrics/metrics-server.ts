// metrics.k8s.io as metrics-server serves it to `kubectl top`: per pod and per node usage,
// scraped from each node's container stats. A container shows up once it has run for one
// metric resolution (15 s), as metrics-server needs two scrapes to compute a rate; a node adds
// what its system daemons (kubelet, containerd, the OS) use to its pods' usage.
// Models sigs.k8s.io/metrics-server pkg/storage (pod and node metrics) over the kubelet's
// /metrics/resource endpoint.

import type { ContainerStats } from '../runtime/container-stats.ts';
import { systemUsage } from '../kubelet/cm/system-usage.ts';

/** metrics-server's default --metric-resolution. */
export const METRIC_RESOLUTION_MS = 15_000;

export interface MetricsNode {
  name: string;
  cpus: number;
  memoryBytes: number;
  listContainerStats(): ContainerStats[];
}

export interface PodMetrics {
  namespace: string;
  name: string;
  containers: { name: string; cpuMillicores: number; memoryBytes: number }[];
}

export interface NodeMetrics {
  name: string;
  cpuMillicores: number;
  memoryBytes: number;
}

export class MetricsServer {
  private readonly nodes: () => Iterable<MetricsNode>;

  constructor(nodes: () => Iterable<MetricsNode>) {
    this.nodes = nodes;
  }

  /** Pods with metrics, in one namespace or all; sorted by namespace and name. */
  pods(namespace: string | undefined): PodMetrics[] {
    const byPod = new Map<string, PodMetrics>();
    for (const node of this.nodes()) {
      for (const s of node.listContainerStats()) {
        if (namespace !== undefined && s.namespace !== namespace) continue;
        if (s.runningMs < METRIC_RESOLUTION_MS) continue;
        const key = `${s.namespace}/${s.podName}/${s.podUid}`;
        let pod = byPod.get(key);
        if (!pod) byPod.set(key, (pod = { namespace: s.namespace, name: s.podName, containers: [] }));
        pod.containers.push({ name: s.name, cpuMillicores: s.cpuMillicores, memoryBytes: s.memoryBytes });
      }
    }
    return [...byPod.values()].sort((a, b) => a.namespace.localeCompare(b.namespace) || a.name.localeCompare(b.name));
  }

  /** Every node: its system usage plus all its running containers. */
  nodeMetrics(): NodeMetrics[] {
    const out: NodeMetrics[] = [];
    for (const node of this.nodes()) {
      const sys = systemUsage(node);
      let cpu = sys.cpuMillicores;
      let mem = sys.memoryBytes;
      for (const s of node.listContainerStats()) {
        cpu += s.cpuMillicores;
        mem += s.memoryBytes;
      }
      out.push({ name: node.name, cpuMillicores: Math.min(cpu, node.cpus * 1000), memoryBytes: mem });
    }
    return out.sort((a, b) => a.name.localeCompare(b.name));
  }
}
