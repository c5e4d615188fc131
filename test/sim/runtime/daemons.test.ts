import { describe, it, expect } from 'vitest';
import { Network } from '../../../src/os/net.ts';
import { makeNode, START } from './harness.ts';

describe('the other images\' programs', () => {
  it('starts redis with its banner and listens on port 6379', async () => {
    const n = makeNode();
    const sb = await n.pod('cache');
    const id = await n.run(sb.id, n.config('redis', 'redis'));
    const lines = n.text(id).split('\n');
    expect(lines[0]).toBe('1:C 05 Jan 2026 09:00:00.000 * oO0OoO0OoO0Oo Redis is starting oO0OoO0OoO0Oo');
    expect(lines.at(-1)).toBe('1:M 05 Jan 2026 09:00:00.000 * Ready to accept connections tcp');
    expect(sb.net.ports()).toEqual([6379]);
    expect(lines[1]).toBe('1:C 05 Jan 2026 09:00:00.000 * Redis version=7.4.1, bits=64, commit=00000000, modified=0, pid=1, just started');
  });

  it('serves "It works!" from httpd and logs in the common format; SIGWINCH stops it', async () => {
    const n = makeNode();
    const sb = await n.pod('web');
    const id = await n.run(sb.id, n.config('httpd', 'httpd'));
    const res = await n.client.request('10.244.1.5', 80, { method: 'GET', path: '/', headers: {} });
    expect(res).toMatchObject({ status: 200, body: '<html><body><h1>It works!</h1></body></html>\n' });
    expect(n.runtime.logs(id).at(-1)).toMatchObject({ stream: 'stdout', text: '10.244.1.1 - - [05/Jan/2026:09:00:00 +0000] "GET / HTTP/1.1" 200 45' });
    await n.runtime.stopContainer(id, 30_000);
    expect(n.runtime.containerStatus(id)).toMatchObject({ exitCode: 0, finishedAt: START });
  });

  it('runs curlimages/curl\'s options through curl, as its entrypoint does', async () => {
    const n = makeNode();
    let seen: string[] = [];
    n.registry.register('curl', async (ctx) => { seen = ctx.argv; return 0; });
    const sb = await n.pod();
    await n.run(sb.id, n.config('curl', 'curlimages/curl', { args: ['-s', 'http://10.244.1.9/'] }));
    expect(seen).toEqual(['curl', '-s', 'http://10.244.1.9/']);
  });

  it('holds the sandbox with pause until the sandbox stops', async () => {
    const n = makeNode();
    const sb = await n.pod();
    const pause = n.runtime['sandboxes'].get(sb.id)!.pause;
    expect(pause.alive).toBe(true);
    await n.runtime.removePodSandbox(sb.id);
    expect(pause.alive).toBe(false);
  });

  it('answers the kube-apiserver health check on 6443 in a hostNetwork pod', async () => {
    const n = makeNode();
    const host = n.network.namespace(['172.30.1.2'], 'controlplane');
    const { ContainerRuntime } = await import('../../../src/sim/runtime/container-runtime.ts');
    const runtime = new ContainerRuntime({ clock: n.clock, random: n.random, network: n.network, registry: n.registry, catalog: n.catalog, yieldToHost: async () => {}, hostNet: host, nodeHosts: '127.0.0.1\tlocalhost\n172.30.1.2\tcontrolplane\n' });
    const sb = await runtime.runPodSandbox({ podUid: 'u', name: 'kube-apiserver-controlplane', namespace: 'kube-system', hostname: 'controlplane', ip: '172.30.1.2', hostNetwork: true });
    if (!sb.ok) throw new Error(sb.message);
    const created = await runtime.createContainer(sb.sandbox.id, n.config('kube-apiserver', 'registry.k8s.io/kube-apiserver:v1.33.1', { command: ['kube-apiserver', '--advertise-address=172.30.1.2'] }));
    if (!created.ok) throw new Error(created.message);
    await runtime.startContainer(created.id);
    const res = await n.client.request('172.30.1.2', 6443, { method: 'GET', path: '/livez', headers: {} });
    expect(res).toMatchObject({ status: 200, body: 'ok' });
    expect(runtime.inspect(created.id)!.fs.readFile('/etc/hosts')).toBe('# Kubernetes-managed hosts file (host network).\n127.0.0.1\tlocalhost\n172.30.1.2\tcontrolplane\n');
    expect(new Network()).toBeDefined();
  });
});
