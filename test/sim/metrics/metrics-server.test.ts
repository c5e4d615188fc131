import { describe, expect, it } from 'vitest';
import { MetricsServer, type MetricsNode } from '../../../src/sim/metrics/metrics-server.ts';
import type { ContainerStats } from '../../../src/sim/runtime/container-stats.ts';

const stat = (podName: string, name: string, runningMs: number, cpu: number, mem: number, namespace = 'default'): ContainerStats => ({
  id: `${podName}-${name}`, name, podUid: `uid-${podName}`, podName, namespace, runningMs, cpuMillicores: cpu, memoryBytes: mem,
});

const node = (name: string, stats: ContainerStats[]): MetricsNode => ({ name, cpus: 2, memoryBytes: 4 * 1024 ** 3, listContainerStats: () => stats });

describe('MetricsServer', () => {
  const server = new MetricsServer(() => [
    node('node01', [stat('web', 'nginx', 60_000, 1, 4_000_000), stat('web', 'sidecar', 60_000, 2, 1_000_000), stat('new', 'app', 5_000, 1, 1)]),
    node('controlplane', [stat('etcd-controlplane', 'etcd', 600_000, 20, 40_000_000, 'kube-system')]),
  ]);

  it('groups containers by pod and leaves out pods younger than one metric resolution', () => {
    expect(server.pods('default')).toEqual([
      { namespace: 'default', name: 'web', containers: [{ name: 'nginx', cpuMillicores: 1, memoryBytes: 4_000_000 }, { name: 'sidecar', cpuMillicores: 2, memoryBytes: 1_000_000 }] },
    ]);
  });

  it('lists every namespace when none is given, sorted by namespace then name', () => {
    expect(server.pods(undefined).map((p) => `${p.namespace}/${p.name}`)).toEqual(['default/web', 'kube-system/etcd-controlplane']);
  });

  it('adds the system daemons to what a node\'s containers use', () => {
    const sys = Math.round((4 * 1024 ** 3 * 0.12) / 4096) * 4096;
    expect(server.nodeMetrics()).toEqual([
      { name: 'controlplane', cpuMillicores: 100, memoryBytes: sys + 40_000_000 },
      { name: 'node01', cpuMillicores: 84, memoryBytes: sys + 5_000_001 },
    ]);
  });
});
