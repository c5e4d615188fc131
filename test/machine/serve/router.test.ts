import { describe, it, expect } from 'vitest';
import { Machine } from '../../../src/machine/machine.ts';
import { createRouter } from '../../../src/machine/serve/router.ts';
import { machineBackend } from '../../../src/machine/serve/machine-backend.ts';
import type { HttpRequest } from '../../../src/machine/serve/http.ts';

const settle = () => new Promise<void>((r) => setImmediate(r));

async function served() {
  const machine = new Machine({ host: { settle } });
  await machine.ready;
  const router = createRouter(() => machineBackend(machine));
  const call = async (method: string, path: string, init: Partial<HttpRequest> = {}) => {
    const res = await router({ method, path, query: {}, headers: {}, body: '', ...init });
    return { ...res, json: res.body ? JSON.parse(res.body) : undefined };
  };
  return { machine, call };
}

describe('podlab serve router', () => {
  it('answers discovery with the aggregated v2 document when kubectl asks for it', async () => {
    const { call } = await served();
    const res = await call('GET', '/api', { headers: { accept: 'application/json;g=apidiscovery.k8s.io;v=v2;as=APIGroupDiscoveryList,application/json' } });
    expect(res.headers['content-type']).toBe('application/json;g=apidiscovery.k8s.io;v=v2;as=APIGroupDiscoveryList');
    const pods = res.json.items[0].versions[0].resources.find((r: { resource: string }) => r.resource === 'pods');
    expect(pods.shortNames).toEqual(['po']);
  });

  it('lists nodes as a server-side Table from the node printer', async () => {
    const { call } = await served();
    const res = await call('GET', '/api/v1/nodes', { headers: { accept: 'application/json;as=Table;v=v1;g=meta.k8s.io' } });
    expect(res.json.kind).toBe('Table');
    expect(res.json.columnDefinitions[0]).toMatchObject({ name: 'Name', format: 'name' });
    expect(res.json.rows.map((r: { cells: string[] }) => r.cells[0])).toEqual(['controlplane', 'node01']);
    expect(res.json.rows[0].object.kind).toBe('PartialObjectMetadata');
  });

  it('answers a missing pod with a NotFound Status and code 404', async () => {
    const { call } = await served();
    const res = await call('GET', '/api/v1/namespaces/default/pods/nope');
    expect(res.status).toBe(404);
    expect(res.json).toMatchObject({ kind: 'Status', reason: 'NotFound', message: 'pods "nope" not found' });
  });

  it('creates a pod, patches its labels with a strategic merge patch and streams its log', async () => {
    const { call, machine } = await served();
    const body = JSON.stringify({ apiVersion: 'v1', kind: 'Pod', metadata: { name: 'hello' }, spec: { containers: [{ name: 'c', image: 'busybox', command: ['sh', '-c', 'echo hi; sleep 3600'] }] } });
    expect((await call('POST', '/api/v1/namespaces/default/pods', { body })).status).toBe(201);
    const patched = await call('PATCH', '/api/v1/namespaces/default/pods/hello', {
      headers: { 'content-type': 'application/strategic-merge-patch+json' }, body: JSON.stringify({ metadata: { labels: { a: 'b' } } }),
    });
    expect(patched.json.metadata.labels).toEqual({ a: 'b' });
    await call('POST', '/podlab/advance', { query: { seconds: '20' } });
    const log = await call('GET', '/api/v1/namespaces/default/pods/hello/log', { query: { container: 'c' } });
    let text = '';
    await new Promise<void>((resolve) => log.stream!.start((c) => { text += c; }, resolve));
    expect(text).toBe('hi\n');
    expect(machine.clock.now()).toBeGreaterThan(0);
  });

  it('serves kinds the cluster stores none of as empty lists', async () => {
    const { call } = await served();
    const res = await call('GET', '/apis/apps/v1/namespaces/default/deployments');
    expect(res.json).toMatchObject({ kind: 'DeploymentList', apiVersion: 'apps/v1', items: [] });
  });
});
