import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Machine } from '../../../src/machine/machine.ts';
import { createRouter } from '../../../src/machine/serve/router.ts';
import { machineBackend } from '../../../src/machine/serve/machine-backend.ts';
import { listen, type RunningServer } from '../../../bin/http-host.ts';
import { findRealKubectl, realKubectl } from '../../diff/real-kubectl.ts';
import { podlabKubectl } from '../../diff/podlab-kubectl.ts';

const settle = () => new Promise<void>((r) => setImmediate(r));

async function served() {
  const machine = new Machine({ host: { settle } });
  await machine.ready;
  const router = createRouter(() => machineBackend(machine));
  const get = async (path: string, accept = 'application/json') => {
    const [p, q = ''] = path.split('?');
    const res = await router({ method: 'GET', path: p, query: Object.fromEntries(new URLSearchParams(q)), headers: { accept }, body: '' });
    return { ...res, json: res.status === 200 ? JSON.parse(res.body ?? '') : undefined };
  };
  return { machine, router, get };
}

describe('podlab serve OpenAPI', () => {
  it('lists a v3 document per group version, core/v1 under api/v1', async () => {
    const { get } = await served();
    const root = (await get('/openapi/v3')).json;
    expect(root.paths['api/v1'].serverRelativeURL).toMatch(/^\/openapi\/v3\/api\/v1\?hash=[0-9A-F]+$/);
    expect(Object.keys(root.paths)).toContain('apis/apps/v1');
  });

  it('has a PATCH per kind taking fieldValidation, which is how kubectl learns to validate on the server', async () => {
    const { get } = await served();
    const doc = (await get('/openapi/v3/api/v1')).json;
    const patch = doc.paths['/api/v1/namespaces/{namespace}/pods/{name}'].patch;
    expect(patch['x-kubernetes-group-version-kind']).toEqual({ group: '', kind: 'Pod', version: 'v1' });
    expect(patch.parameters.map((p: { name: string; in: string }) => `${p.in}:${p.name}`)).toEqual(['query:fieldValidation']);
    expect(doc.paths['/api/v1/nodes/{name}'].patch['x-kubernetes-group-version-kind'].kind).toBe('Node');
  });

  it('describes core/v1 types with references, descriptions, required fields and enums', async () => {
    const { get } = await served();
    const schemas = (await get('/openapi/v3/api/v1')).json.components.schemas;
    const pod = schemas['io.k8s.api.core.v1.Pod'];
    expect(pod['x-kubernetes-group-version-kind']).toEqual([{ group: '', kind: 'Pod', version: 'v1' }]);
    expect(pod.properties.metadata.allOf).toEqual([{ $ref: '#/components/schemas/io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta' }]);
    const spec = schemas['io.k8s.api.core.v1.PodSpec'];
    expect(spec.required).toEqual(['containers']);
    expect(spec.properties.restartPolicy.enum).toEqual(['Always', 'Never', 'OnFailure']);
    expect(spec.properties.containers.items.$ref).toBe('#/components/schemas/io.k8s.api.core.v1.Container');
    expect(schemas['io.k8s.api.core.v1.ResourceRequirements'].properties.limits.additionalProperties.$ref).toBe('#/components/schemas/io.k8s.apimachinery.pkg.api.resource.Quantity');
  });

  it('serves v2 as JSON to clients that take JSON, and declines protobuf', async () => {
    const { get } = await served();
    const v2 = await get('/openapi/v2');
    expect(v2.json.swagger).toBe('2.0');
    expect(v2.json.definitions['io.k8s.api.core.v1.Probe'].properties.exec.$ref).toBe('#/definitions/io.k8s.api.core.v1.ExecAction');
    expect((await get('/openapi/v2', 'application/com.github.proto-openapi.spec.v2@v1.0+protobuf')).status).toBe(406);
  });
});

const binary = findRealKubectl();

describe.skipIf(!binary)('real kubectl v1.33.1 against podlab serve, using its OpenAPI', () => {
  let server: RunningServer;
  let machine: Machine;
  beforeAll(async () => {
    const s = await served();
    machine = s.machine;
    server = await listen(s.router, 0);
  });
  afterAll(async () => server?.close());
  const real = () => realKubectl(binary!);

  it('validates create and apply on the server instead of failing to download openapi', async () => {
    const kubectl = real();
    const file = `${process.env.TMPDIR ?? '/tmp'}/podlab-openapi-${process.pid}.yaml`;
    const { writeFileSync } = await import('node:fs');
    writeFileSync(file, 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: checked\nspec:\n  containers:\n  - name: a\n    image: nginx\n    imagee: typo\n');
    const bad = await kubectl(server.url, ['apply', '-f', file]);
    expect(bad.stderr).toBe(`Error from server (BadRequest): error when creating "${file}": Pod in version "v1" cannot be handled as a Pod: strict decoding error: unknown field "spec.containers[0].imagee"\n`);
    writeFileSync(file, 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: checked\nspec:\n  containers:\n  - name: a\n    image: nginx\n');
    expect(await kubectl(server.url, ['create', '-f', file, '--dry-run=server'])).toEqual({ stdout: 'pod/checked created (server dry run)\n', stderr: '', status: 0 });
  });

  it.each([
    ['pod.spec.containers.livenessProbe', ''], ['pod.spec.restartPolicy', ''], ['pods', ''], ['pod.spec.containers.resources', ''], ['node.status.conditions', ''],
    ['pod.spec.containers.securityContext.capabilities', '--recursive'],
  ])('kubectl explain %s %s prints what PodLab\'s explain prints', async (...argv) => {
    const args = ['explain', ...argv.filter(Boolean)];
    const theirs = await real()(server.url, args);
    const ours = await podlabKubectl(machine, args);
    expect(theirs).toEqual(ours);
  });
});
