import { describe, it, expect } from 'vitest';
import type { Pod } from '../../../src/sim/api/types.ts';
import { newCluster, podBody } from './support.ts';

const init = (p: Pod | undefined) => p!.status!.initContainerStatuses!;
const app = (p: Pod | undefined) => p!.status!.containerStatuses!;

describe('kubelet: init containers', () => {
  it('runs init containers one at a time before the app containers', async () => {
    const starts: string[] = [];
    const c = await newCluster((cfg) => {
      starts.push(cfg.name);
      return cfg.name.startsWith('init') ? { exitAfterMs: 5000, exitCode: 0 } : {};
    });
    c.create(podBody('web', {
      initContainers: [{ name: 'init-a', image: 'busybox:1.28' }, { name: 'init-b', image: 'busybox:1.28' }],
      containers: [{ name: 'app', image: 'busybox:1.28' }],
    }));
    await c.advance(1000);
    let p = c.pod('web');
    expect(init(p)[0].state?.running).toBeDefined();
    expect(init(p)[1].state?.waiting?.reason).toBe('PodInitializing');
    expect(app(p)[0].state?.waiting?.reason).toBe('PodInitializing');
    expect(p!.status?.conditions?.find((x) => x.type === 'Initialized')).toMatchObject({
      status: 'False', reason: 'ContainersNotInitialized', message: 'containers with incomplete status: [init-a init-b]',
    });
    expect(p!.status?.phase).toBe('Pending');
    // init-a ends at 5.7 s; the next relist, a second later, reports init-b started.
    await c.advance(6000);
    p = c.pod('web');
    expect(init(p)[0].state?.terminated).toMatchObject({ exitCode: 0, reason: 'Completed' });
    expect(init(p)[0].ready).toBe(true);
    expect(init(p)[1].state?.running).toBeDefined();
    await c.advance(5000);
    p = c.pod('web');
    expect(starts).toEqual(['init-a', 'init-b', 'app']);
    expect(p!.status?.phase).toBe('Running');
    expect(app(p)[0].ready).toBe(true);
  });

  it('fails the pod when an init container fails under restartPolicy Never', async () => {
    const c = await newCluster((cfg) => (cfg.name === 'init' ? { exitAfterMs: 1000, exitCode: 1 } : {}));
    c.create(podBody('web', { restartPolicy: 'Never', initContainers: [{ name: 'init', image: 'busybox:1.28' }], containers: [{ name: 'app', image: 'busybox:1.28' }] }));
    await c.advance(10_000);
    const p = c.pod('web');
    expect(p!.status?.phase).toBe('Failed');
    expect(app(p)[0].state?.waiting?.reason).toBe('PodInitializing');
  });

  it('starts a sidecar (init container with restartPolicy Always) and keeps it running beside the app', async () => {
    const c = await newCluster();
    c.create(podBody('web', {
      initContainers: [{ name: 'proxy', image: 'busybox:1.28', restartPolicy: 'Always' }],
      containers: [{ name: 'app', image: 'busybox:1.28' }],
    }));
    await c.advance(5000);
    const p = c.pod('web');
    expect(init(p)[0]).toMatchObject({ ready: true, started: true });
    expect(app(p)[0].state?.running).toBeDefined();
    expect(p!.status?.phase).toBe('Running');
  });
});

describe('kubelet: deletion', () => {
  it('keeps a pod terminating for its grace period, sends SIGTERM then removes it', async () => {
    const c = await newCluster(() => ({ ignoreSigterm: true }));
    c.create(podBody('sleepy', { terminationGracePeriodSeconds: 30, containers: [{ name: 'app', image: 'busybox:1.28' }] }));
    await c.advance(3000);
    c.api.delete({ resource: 'pods', namespace: 'default', name: 'sleepy' });
    await c.advance(29_000);
    expect(c.pod('sleepy')?.metadata.deletionTimestamp).toBeDefined();
    expect(c.runtime.stopped[0].graceMs).toBe(30_000);
    expect(c.events('sleepy')).toContain('Normal Killing Stopping container app');
    await c.advance(2000);
    expect(c.pod('sleepy')).toBeUndefined();
    expect(c.runtime.containers.size).toBe(0);
  });

  it('removes a pod as soon as its containers stop on SIGTERM', async () => {
    const c = await newCluster();
    c.create(podBody('nginx', { containers: [{ name: 'nginx', image: 'nginx' }] }));
    await c.advance(3000);
    c.api.delete({ resource: 'pods', namespace: 'default', name: 'nginx' });
    await c.advance(0);
    expect(c.pod('nginx')).toBeUndefined();
  });
});
