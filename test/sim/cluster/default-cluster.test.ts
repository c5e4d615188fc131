import { describe, it, expect } from 'vitest';
import { readFileSync } from 'node:fs';
import { VirtualClock } from '../../../src/sim/clock.ts';
import { Random } from '../../../src/sim/random.ts';
import { ApiServer } from '../../../src/sim/apiserver/api-server.ts';
import { isStatus } from '../../../src/sim/api/errors.ts';
import { DEFAULT_CLUSTER } from '../../../src/sim/cluster/default-cluster.ts';
import { allocatableFor, nodeFromDescription } from '../../../src/sim/cluster/node-description.ts';

// Real kubectl v1.33.1 `describe node controlplane` (see test/fixtures/kubectl-1.33/README.md).
const DESCRIBE = readFileSync(new URL('../../fixtures/kubectl-1.33/describe-node-controlplane.txt', import.meta.url), 'utf8');

/** The `key=value` or `key: value` lines of one describe block (Labels:, Annotations:). */
function block(title: string, sep: string): Record<string, string> {
  const lines = DESCRIBE.split('\n');
  const start = lines.findIndex((l) => l.startsWith(title));
  const out: Record<string, string> = {};
  for (let i = start; i < lines.length; i++) {
    const l = i === start ? lines[i].slice(title.length) : lines[i];
    if (i > start && !/^\s/.test(l)) break;
    const t = l.trim();
    const at = t.indexOf(sep);
    out[t.slice(0, at)] = t.slice(at + sep.length);
  }
  return out;
}

const NOW = Date.UTC(2026, 10, 21, 0, 53, 51);
const build = (seed = 1) => {
  const random = new Random(seed);
  return DEFAULT_CLUSTER.nodes.map((d) => nodeFromDescription(d, { now: NOW, random }));
};

describe('the default cluster', () => {
  const [cp, worker] = build();

  it('has a control plane and one worker with the lab addresses and pod ranges', () => {
    expect([cp.metadata.name, worker.metadata.name]).toEqual(['controlplane', 'node01']);
    expect(cp.status.addresses).toEqual([{ type: 'InternalIP', address: '172.30.1.2' }, { type: 'Hostname', address: 'controlplane' }]);
    expect(worker.status.addresses?.[0]).toEqual({ type: 'InternalIP', address: '172.30.2.2' });
    expect([cp.spec.podCIDR, cp.spec.podCIDRs, worker.spec.podCIDR]).toEqual(['10.244.0.0/24', ['10.244.0.0/24'], '10.244.1.0/24']);
  });

  it('labels and annotates the control plane as kubeadm does', () => {
    expect(cp.metadata.labels).toEqual(block('Labels:', '='));
    expect(cp.metadata.annotations).toEqual(block('Annotations:', ': '));
  });

  it('labels the worker without the control-plane role', () => {
    expect(worker.metadata.labels).toEqual({
      'beta.kubernetes.io/arch': 'amd64', 'beta.kubernetes.io/os': 'linux', 'kubernetes.io/arch': 'amd64',
      'kubernetes.io/hostname': 'node01', 'kubernetes.io/os': 'linux',
    });
  });

  it('taints only the control plane', () => {
    expect(cp.spec.taints).toEqual([{ key: 'node-role.kubernetes.io/control-plane', effect: 'NoSchedule' }]);
    expect(worker.spec.taints).toBeUndefined();
  });

  it('reports the conditions with the kubelet reasons and messages', () => {
    const rows = DESCRIBE.split('\n').filter((l) => /^ {2}(MemoryPressure|DiskPressure|PIDPressure|Ready) /.test(l))
      .map((l) => l.trim().split(/\s{2,}/)).map((c) => [c[0], c[1], c[4], c[5]]);
    expect(cp.status.conditions?.map((c) => [c.type, c.status, c.reason, c.message])).toEqual(rows);
  });

  it('is a 2-CPU, 2 GiB-ish lab VM for 110 pods', () => {
    expect(worker.status.capacity).toMatchObject({ cpu: '2', memory: '2030940Ki', pods: '110', 'ephemeral-storage': '19221248Ki' });
    expect(worker.status.allocatable).toMatchObject({ cpu: '2', memory: '1928540Ki', pods: '110', 'ephemeral-storage': '18698430040' });
  });

  it('runs Ubuntu 24.04 with containerd 1.7 and a v1.33 kubelet', () => {
    expect(cp.status.nodeInfo).toMatchObject({
      osImage: 'Ubuntu 24.04.1 LTS', kernelVersion: '6.8.0-1021-gcp', containerRuntimeVersion: 'containerd://1.7.24',
      kubeletVersion: 'v1.33.1', kubeProxyVersion: '', operatingSystem: 'linux', architecture: 'amd64',
    });
    expect(cp.status.nodeInfo?.machineID).toMatch(/^[0-9a-f]{32}$/);
    expect(cp.status.nodeInfo?.systemUUID).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(cp.status.nodeInfo?.bootID).not.toBe(worker.status.nodeInfo?.bootID);
  });

  it('gives the same nodes for the same seed', () => {
    expect(build(7)).toEqual(build(7));
    expect(build(7)[0].status.nodeInfo?.machineID).not.toBe(build(8)[0].status.nodeInfo?.machineID);
  });

  it('is accepted by the API server as it is', () => {
    const clock = new VirtualClock(NOW);
    const api = new ApiServer({ clock, random: new Random(3) });
    for (const n of build()) {
      const created = api.create({ resource: 'nodes', body: n, options: { fieldManager: 'kubelet' } });
      expect(isStatus(created) ? created.message : created.status).toEqual(n.status);
    }
  });
});

describe('allocatable', () => {
  it('holds back 100Mi of memory and 5% of the disk, as the real controlplane reports', () => {
    const capacity = { cpu: '2', 'ephemeral-storage': '19221248Ki', 'hugepages-2Mi': '0', memory: '4014460Ki', pods: '110' };
    expect(allocatableFor(capacity)).toEqual({ ...capacity, 'ephemeral-storage': '18698430040', memory: '3912060Ki' });
  });

  it('keeps the unit a lab wrote', () => {
    expect(allocatableFor({ memory: '8Gi' }).memory).toBe('8092Mi');
  });
});

describe('a lab-described node', () => {
  it('takes its own size, labels, taints and system info', () => {
    const n = nodeFromDescription({
      name: 'gpu-1', role: 'worker', ip: '172.30.2.9', podCIDR: '10.244.9.0/24',
      capacity: { cpu: '8', memory: '32Gi' }, labels: { accelerator: 'nvidia' },
      taints: [{ key: 'dedicated', value: 'gpu', effect: 'NoSchedule' }], unschedulable: true, system: { kubeletVersion: 'v1.33.0' },
    }, { now: NOW, random: new Random(1) });
    expect(n.status.capacity).toMatchObject({ cpu: '8', memory: '32Gi', pods: '110' });
    expect(n.metadata.labels).toMatchObject({ accelerator: 'nvidia', 'kubernetes.io/hostname': 'gpu-1' });
    expect(n.spec).toEqual({ podCIDR: '10.244.9.0/24', podCIDRs: ['10.244.9.0/24'], unschedulable: true, taints: [{ key: 'dedicated', value: 'gpu', effect: 'NoSchedule' }] });
    expect(n.status.nodeInfo?.kubeletVersion).toBe('v1.33.0');
  });

  it('can describe a node whose kubelet stopped posting status', () => {
    const n = nodeFromDescription({ name: 'n', role: 'worker', ip: '172.30.2.9', podCIDR: '10.244.9.0/24', notReady: true }, { now: NOW, random: new Random(1) });
    expect(n.status.conditions?.at(-1)).toMatchObject({ type: 'Ready', status: 'Unknown', reason: 'NodeStatusUnknown', message: 'Kubelet stopped posting node status.' });
    expect(n.spec.taints?.map((t) => `${t.key}:${t.effect}`)).toEqual(['node.kubernetes.io/unreachable:NoSchedule', 'node.kubernetes.io/unreachable:NoExecute']);
  });
});
