import { describe, it, expect } from 'vitest';
import type { Pod } from '../../../src/sim/api/types.ts';
import { isStatus } from '../../../src/sim/api/errors.ts';
import type { Reader } from '../../../src/os/pipe.ts';
import { newCluster, podBody } from './support.ts';

const waiting = (p: Pod | undefined) => p!.status!.containerStatuses![0].state?.waiting;

describe('kubelet: container config', () => {
  it('reports a missing ConfigMap as CreateContainerConfigError and starts once it exists', async () => {
    const c = await newCluster();
    c.create(podBody('env', { containers: [{ name: 'app', image: 'busybox:1.28', env: [{ name: 'A', valueFrom: { configMapKeyRef: { name: 'cfg', key: 'a' } } }] }] }));
    await c.advance(2000);
    expect(waiting(c.pod('env'))).toEqual({ reason: 'CreateContainerConfigError', message: 'configmap "cfg" not found' });
    expect(c.events('env')).toContain('Warning Failed Error: configmap "cfg" not found');
    c.api.create({ resource: 'configmaps', namespace: 'default', body: { apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'cfg' }, data: { b: '1' } } });
    await c.advance(10_000);
    expect(waiting(c.pod('env'))?.message).toBe("couldn't find key a in ConfigMap default/cfg");
    c.api.update({ resource: 'configmaps', namespace: 'default', name: 'cfg', body: { apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'cfg' }, data: { a: 'hello' } } });
    await c.advance(10_000);
    expect(c.pod('env')!.status?.phase).toBe('Running');
    const env = [...c.runtime.containers.values()][0].config.env;
    expect(env).toMatchObject({ A: 'hello', KUBERNETES_SERVICE_HOST: '10.96.0.1' });
  });

  it('resolves secrets, field refs and $(VAR) references', async () => {
    const c = await newCluster();
    c.api.create({ resource: 'secrets', namespace: 'default', body: { apiVersion: 'v1', kind: 'Secret', metadata: { name: 's' }, data: { pw: 'czNjcjN0' } } });
    c.create(podBody('env', { containers: [{ name: 'app', image: 'busybox:1.28', args: ['echo', '$(GREETING)'], env: [
      { name: 'PW', valueFrom: { secretKeyRef: { name: 's', key: 'pw' } } },
      { name: 'POD', valueFrom: { fieldRef: { fieldPath: 'metadata.name' } } },
      { name: 'GREETING', value: 'hi $(POD)' },
    ] }] }));
    await c.advance(3000);
    const cfg = [...c.runtime.containers.values()][0].config;
    expect(cfg.env).toMatchObject({ PW: 's3cr3t', POD: 'env', GREETING: 'hi env' });
    expect(cfg.args).toEqual(['echo', 'hi env']);
  });

  it('refuses runAsNonRoot when the image runs as root', async () => {
    const c = await newCluster();
    const pod = c.create(podBody('secure', { securityContext: { runAsNonRoot: true }, containers: [{ name: 'app', image: 'busybox:1.28' }] }));
    await c.advance(3000);
    expect(waiting(c.pod('secure'))).toEqual({
      reason: 'CreateContainerConfigError',
      message: `container has runAsNonRoot and image will run as root (pod: "secure_default(${pod.metadata.uid})", container: app)`,
    });
  });

  it('mounts one emptyDir tree into every container that names it, and the token volume', async () => {
    const c = await newCluster();
    c.create({ apiVersion: 'v1', kind: 'Pod', metadata: { name: 'shared' }, spec: { nodeName: 'node01', volumes: [{ name: 'data', emptyDir: {} }], containers: [
      { name: 'a', image: 'busybox:1.28', volumeMounts: [{ name: 'data', mountPath: '/data' }] },
      { name: 'b', image: 'busybox:1.28', volumeMounts: [{ name: 'data', mountPath: '/in' }] },
    ] } });
    await c.advance(3000);
    const [a, b] = [...c.runtime.containers.values()].map((x) => x.config);
    const mount = (cfg: typeof a, path: string) => cfg.mounts.find((m) => m.containerPath === path);
    expect(mount(a, '/data')!.source).toBe(mount(b, '/in')!.source);
    expect(mount(a, '/var/run/secrets/kubernetes.io/serviceaccount')).toMatchObject({ readOnly: true });
  });
});

async function readAll(r: Reader): Promise<string> {
  let out = '';
  for (let chunk = await r.read(); chunk !== null; chunk = await r.read()) out += chunk;
  return out;
}

describe('kubelet server: logs', () => {
  it('serves the current and the previous instance, with timestamps', async () => {
    const c = await newCluster(() => ({ exitAfterMs: 5000, exitCode: 1, logs: ['hello'] }));
    c.create(podBody('web', { containers: [{ name: 'app', image: 'busybox:1.28' }] }));
    await c.advance(1000);
    const none = c.kubelet.server.logs('default', 'web', 'app', { previous: true });
    expect(isStatus(none) && none.message).toBe('previous terminated container "app" in pod "web" not found');
    // The restart shows once the kubelet's next relist reports it.
    await c.advance(6000);
    const cur = c.kubelet.server.logs('default', 'web', 'app', { timestamps: true });
    expect(await readAll(cur as Reader)).toBe('2026-11-22T02:51:09.7Z hello\n');
    const prev = c.kubelet.server.logs('default', 'web', 'app', { previous: true });
    expect(await readAll(prev as Reader)).toBe('hello\n');
  });

  it('explains why a waiting container has no logs', async () => {
    const c = await newCluster();
    c.create(podBody('bad', { containers: [{ name: 'bad', image: 'nginx:bad' }] }));
    await c.advance(1000);
    const r = c.kubelet.server.logs('default', 'bad', 'bad');
    expect(isStatus(r) && r.message).toBe('container "bad" in pod "bad" is waiting to start: image can\'t be pulled');
    await c.advance(1000);
    const r2 = c.kubelet.server.logs('default', 'bad', 'bad');
    expect(isStatus(r2) && r2.message).toBe('container "bad" in pod "bad" is waiting to start: trying and failing to pull image');
    const r3 = c.kubelet.server.logs('default', 'bad', 'nope');
    expect(isStatus(r3) && r3.message).toBe('container nope is not valid for pod bad');
  });

  it('follows a running container until it exits', async () => {
    const c = await newCluster(() => ({ exitAfterMs: 3000, logs: ['one'] }));
    c.create(podBody('web', { restartPolicy: 'Never', containers: [{ name: 'app', image: 'busybox:1.28' }] }));
    await c.advance(1000);
    const r = c.kubelet.server.logs('default', 'web', 'app', { follow: true }) as Reader;
    const id = [...c.runtime.containers.keys()][0];
    c.runtime.emit(id, 'two');
    const text = readAll(r);
    await c.advance(5000);
    expect(await text).toBe('one\ntwo\n');
  });
});
