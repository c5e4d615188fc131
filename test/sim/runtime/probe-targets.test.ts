import { describe, it, expect } from 'vitest';
import { makeNode } from './harness.ts';

describe('the images of the probe examples', () => {
  it('answers agnhost liveness\'s /healthz with 200 for ten seconds, then 500', async () => {
    const n = makeNode();
    const sb = await n.pod('liveness-http');
    await n.run(sb.id, n.config('liveness', 'registry.k8s.io/e2e-test-images/agnhost:2.40', { args: ['liveness'] }));
    const get = () => n.client.request('10.244.1.5', 8080, { method: 'GET', path: '/healthz', headers: {} });
    await n.advance(10_000);
    expect(await get()).toMatchObject({ status: 200, body: 'ok' });
    await n.advance(1_000);
    expect(await get()).toMatchObject({ status: 500, body: 'error: 11' });
  });

  it('listens on 8080 with goproxy for tcpSocket probes', async () => {
    const n = makeNode();
    const sb = await n.pod('goproxy');
    await n.run(sb.id, n.config('goproxy', 'registry.k8s.io/goproxy:0.1'));
    expect(sb.net.ports()).toEqual([8080]);
  });
});
