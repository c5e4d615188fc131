import { describe, it, expect } from 'vitest';
import type { Pod } from '../../../src/sim/api/types.ts';
import { bind, newCluster, podBody } from './support.ts';

const waiting = (p: Pod | undefined, i = 0) => p?.status?.containerStatuses?.[i].state?.waiting;

describe('kubelet: starting a pod', () => {
  it('runs an nginx pod: ContainerCreating, then Running 1/1 with Pulling, Pulled, Created, Started', async () => {
    const c = await newCluster();
    c.create({ apiVersion: 'v1', kind: 'Pod', metadata: { name: 'nginx' }, spec: { containers: [{ name: 'nginx', image: 'nginx' }] } });
    await c.advance(0);
    expect(c.pod('nginx')!.status?.phase).toBe('Pending');
    expect(c.pod('nginx')!.status?.containerStatuses).toBeUndefined();
    bind(c, 'nginx');
    await c.advance(0);
    expect(waiting(c.pod('nginx'))?.reason).toBe('ContainerCreating');
    await c.advance(5000);
    const pod = c.pod('nginx')!;
    expect(pod.status?.phase).toBe('Running');
    expect(pod.status?.conditions?.map((x) => `${x.type}=${x.status}`)).toEqual([
      'PodReadyToStartContainers=True', 'Initialized=True', 'Ready=True', 'ContainersReady=True', 'PodScheduled=True',
    ]);
    const cs = pod.status!.containerStatuses![0];
    expect(cs).toMatchObject({ name: 'nginx', ready: true, started: true, restartCount: 0, image: 'docker.io/library/nginx:latest' });
    expect(cs.containerID).toMatch(/^containerd:\/\/[0-9a-f]{64}$/);
    expect(cs.imageID).toMatch(/^docker\.io\/library\/nginx@sha256:[0-9a-f]{64}$/);
    expect(pod.status).toMatchObject({ hostIP: '172.30.2.2', podIP: '10.244.1.2', podIPs: [{ ip: '10.244.1.2' }], startTime: '2026-11-22T02:51:04Z' });
    expect(c.events('nginx')).toEqual([
      'Normal Pulling Pulling image "nginx"',
      'Normal Pulled Successfully pulled image "nginx" in 1.209s (1.209s including waiting). Image size: 72099501 bytes.',
      'Normal Created Created container: nginx',
      'Normal Started Started container nginx',
    ]);
  });

  it('gives pods consecutive IPs from the node pod CIDR and says an image is already present', async () => {
    const c = await newCluster();
    c.create(podBody('a', { containers: [{ name: 'a', image: 'busybox:1.28', command: ['sleep', '3600'] }] }));
    await c.advance(3000);
    c.create(podBody('b', { containers: [{ name: 'b', image: 'busybox:1.28' }] }));
    await c.advance(3000);
    expect(c.pod('a')!.status?.podIP).toBe('10.244.1.2');
    expect(c.pod('b')!.status?.podIP).toBe('10.244.1.3');
    expect(c.events('b')[0]).toBe('Normal Pulled Container image "busybox:1.28" already present on machine');
  });

  it('registers its Node with capacity, ready conditions and the pulled images', async () => {
    const c = await newCluster();
    c.create(podBody('nginx', { containers: [{ name: 'nginx', image: 'nginx' }] }));
    await c.advance(5000);
    const node = c.api.get({ resource: 'nodes', name: 'node01' }) as import('../../../src/sim/api/types.ts').Node;
    expect(node.status.conditions?.map((x) => [x.type, x.status, x.reason, x.message])).toEqual([
      ['MemoryPressure', 'False', 'KubeletHasSufficientMemory', 'kubelet has sufficient memory available'],
      ['DiskPressure', 'False', 'KubeletHasNoDiskPressure', 'kubelet has no disk pressure'],
      ['PIDPressure', 'False', 'KubeletHasSufficientPID', 'kubelet has sufficient PID available'],
      ['Ready', 'True', 'KubeletReady', 'kubelet is posting ready status'],
    ]);
    expect(node.spec.podCIDR).toBe('10.244.1.0/24');
    expect(node.status.nodeInfo?.kubeletVersion).toBe('v1.33.1');
    expect(node.status.images?.[0].names[1]).toBe('docker.io/library/nginx:latest');
  });
});
