import { describe, it, expect } from 'vitest';
import { isStatus } from '../../../src/sim/api/errors.ts';
import type { KubeObject, List, Pod, Status } from '../../../src/sim/api/types.ts';
import type { WatchEvent } from '../../../src/sim/apiserver/watch.ts';
import { kubectlRunNginx, newServer } from './support.ts';

const status = (x: unknown): Status => {
  if (!isStatus(x)) throw new Error('expected a Status, got ' + JSON.stringify(x));
  return x;
};
const ok = <T,>(x: T | Status): T => {
  if (isStatus(x)) throw new Error(x.message);
  return x;
};
function podBody(name: string, extra: Partial<Pod['spec']> = {}, labels?: Record<string, string>): Record<string, unknown> {
  return { apiVersion: 'v1', kind: 'Pod', metadata: { name, labels }, spec: { containers: [{ name: 'c', image: 'busybox' }], ...extra } };
}

describe('ApiServer', () => {
  it('starts with the system namespaces, each with its root CA configmap and default service account', () => {
    const { api } = newServer();
    const names = ok(api.list({ resource: 'namespaces' })).items.map((n) => n.metadata.name);
    expect(names).toEqual(['default', 'kube-node-lease', 'kube-public', 'kube-system']);
    for (const ns of names) {
      expect(isStatus(api.get({ resource: 'configmaps', namespace: ns, name: 'kube-root-ca.crt' }))).toBe(false);
      expect(isStatus(api.get({ resource: 'serviceaccounts', namespace: ns, name: 'default' }))).toBe(false);
    }
    expect(ok(api.get({ resource: 'namespaces', name: 'default' })).status).toEqual({ phase: 'Active' });
  });

  it('rejects unknown fields with the strict decoding error text', () => {
    const { api } = newServer();
    const body = podBody('x');
    (body.spec as Record<string, unknown>).foo = 1;
    ((body.spec as Pod['spec']).containers[0] as unknown as Record<string, unknown>).imagee = 'nginx';
    const s = status(api.create({ resource: 'pods', body }));
    expect(s.code).toBe(400);
    expect(s.reason).toBe('BadRequest');
    expect(s.message).toBe('Pod in version "v1" cannot be handled as a Pod: strict decoding error: unknown field "spec.containers[0].imagee", unknown field "spec.foo"');
  });

  it('drops unknown fields when validation is ignored, and reports them as warnings under Warn', () => {
    const { api } = newServer();
    const body = podBody('x');
    (body.spec as Record<string, unknown>).foo = 1;
    const warnings: string[] = [];
    const pod = ok(api.create<Pod>({ resource: 'pods', body, options: { fieldValidation: 'Warn', warnings } }));
    expect(warnings).toEqual(['unknown field "spec.foo"']);
    expect((pod.spec as unknown as Record<string, unknown>).foo).toBeUndefined();
  });

  it('reports a type error as encoding/json does', () => {
    const { api } = newServer();
    const s = status(api.create({ resource: 'pods', body: podBody('x', { containers: [{ name: 'c', image: 'i', ports: [{ containerPort: '80' as unknown as number }] }] }) }));
    expect(s.message).toBe('Pod in version "v1" cannot be handled as a Pod: json: cannot unmarshal string into Go struct field ContainerPort.spec.containers.ports.containerPort of type int32');
  });

  it('reports a bad quantity with the apimachinery regex message', () => {
    const { api } = newServer();
    const s = status(api.create({ resource: 'pods', body: podBody('x', { containers: [{ name: 'c', image: 'i', resources: { limits: { memory: 'lots' } } }] }) }));
    expect(s.message).toBe("Pod in version \"v1\" cannot be handled as a Pod: quantities must match the regular expression '^([+-]?[0-9.]+)([eEinumkKMGTP]*[-+]?[0-9]*)$'");
  });

  it('rejects a missing image and missing containers as Invalid with causes', () => {
    const { api } = newServer();
    const s = status(api.create({ resource: 'pods', body: podBody('x', { containers: [{ name: 'c' }] }) }));
    expect(s).toMatchObject({ code: 422, reason: 'Invalid', message: 'Pod "x" is invalid: spec.containers[0].image: Required value' });
    expect(s.details).toEqual({ name: 'x', kind: 'Pod', causes: [{ reason: 'FieldValueRequired', message: 'Required value', field: 'spec.containers[0].image' }] });
    const none = status(api.create({ resource: 'pods', body: { metadata: { name: 'y' }, spec: {} } }));
    expect(none.message).toBe('Pod "y" is invalid: spec.containers: Required value');
  });

  it('rejects invalid names with the DNS-1123 subdomain text', () => {
    const { api } = newServer();
    const s = status(api.create({ resource: 'pods', body: podBody('My_Pod') }));
    expect(s.message).toBe("Pod \"My_Pod\" is invalid: metadata.name: Invalid value: \"My_Pod\": a lowercase RFC 1123 subdomain must consist of lower case alphanumeric characters, '-' or '.', and must start and end with an alphanumeric character (e.g. 'example.com', regex used for validation is '[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*')");
  });

  it('rejects a nameless object and duplicate container names', () => {
    const { api } = newServer();
    expect(status(api.create({ resource: 'pods', body: { spec: { containers: [{ name: 'c', image: 'i' }] } } })).message)
      .toBe('Pod "" is invalid: metadata.name: Required value: name or generateName is required');
    const dup = status(api.create({ resource: 'pods', body: podBody('d', { containers: [{ name: 'c', image: 'i' }, { name: 'c', image: 'j' }] }) }));
    expect(dup.message).toBe('Pod "d" is invalid: spec.containers[1].name: Duplicate value: "c"');
    expect(status(api.get({ resource: 'pods', name: '' })).message).toBe('resource name may not be empty');
  });

  it('says AlreadyExists and NotFound with the plural resource', () => {
    const { api } = newServer();
    ok(api.create({ resource: 'pods', body: podBody('a') }));
    expect(status(api.create({ resource: 'pods', body: podBody('a') })).message).toBe('pods "a" already exists');
    expect(status(api.get({ resource: 'pods', name: 'nope' }))).toMatchObject({ code: 404, reason: 'NotFound', message: 'pods "nope" not found', details: { name: 'nope', kind: 'pods' } });
    expect(status(api.create({ resource: 'pods', namespace: 'ghost', body: podBody('a') })).message).toBe('namespaces "ghost" not found');
  });

  it('names objects from generateName with a random suffix', () => {
    const { api } = newServer();
    const pod = ok(api.create<Pod>({ resource: 'pods', body: { metadata: { generateName: 'web-' }, spec: { containers: [{ name: 'c', image: 'i' }] } } }));
    expect(pod.metadata.name).toMatch(/^web-[bcdfghjklmnpqrstvwxz2456789]{5}$/);
  });

  it('refuses a stale update with the optimistic-lock conflict text', () => {
    const { api } = newServer();
    const pod = ok(api.create<Pod>({ resource: 'pods', body: podBody('a') }));
    const first = ok(api.update<Pod>({ resource: 'pods', name: 'a', body: { ...pod, metadata: { ...pod.metadata, labels: { v: '1' } } } }));
    expect(Number(first.metadata.resourceVersion)).toBeGreaterThan(Number(pod.metadata.resourceVersion));
    const s = status(api.update({ resource: 'pods', name: 'a', body: { ...pod, metadata: { ...pod.metadata, labels: { v: '2' } } } }));
    expect(s).toMatchObject({ code: 409, reason: 'Conflict' });
    expect(s.message).toBe('Operation cannot be fulfilled on pods "a": the object has been modified; please apply your changes to the latest version and try again');
  });

  it('allows an image change but forbids other pod spec changes', () => {
    const { api } = newServer();
    const pod = ok(api.create<Pod>({ resource: 'pods', body: podBody('a') }));
    const img = ok(api.patch<Pod>({ resource: 'pods', name: 'a', patchType: 'strategic', body: { spec: { containers: [{ name: 'c', image: 'busybox:1.36' }] } } }));
    expect(img.spec.containers[0].image).toBe('busybox:1.36');
    expect(img.spec.containers[0].imagePullPolicy).toBe('Always');
    const s = status(api.patch({ resource: 'pods', name: 'a', patchType: 'merge', body: { spec: { restartPolicy: 'Never' } } }));
    expect(s.code).toBe(422);
    expect(s.message.startsWith('Pod "a" is invalid: spec: Forbidden: pod updates may not change fields other than `spec.containers[*].image`,')).toBe(true);
    expect(pod.metadata.uid).toBe(img.metadata.uid);
  });

  it('forbids even image changes on a mirror pod', () => {
    const { api } = newServer();
    ok(api.create({ resource: 'pods', namespace: 'kube-system', body: { ...podBody('etcd-cp'), metadata: { name: 'etcd-cp', annotations: { 'kubernetes.io/config.mirror': 'h' } } } }));
    const s = status(api.patch({ resource: 'pods', namespace: 'kube-system', name: 'etcd-cp', patchType: 'json', body: [{ op: 'replace', path: '/spec/containers/0/image', value: 'etcd:2' }] }));
    expect(s.message).toContain('spec: Forbidden: pod updates may not change fields other than');
  });

  it('ignores status on create and update; only updateStatus writes it', () => {
    const { api } = newServer();
    const pod = ok(api.create<Pod>({ resource: 'pods', body: { ...podBody('a'), status: { phase: 'Running' } } }));
    expect(pod.status?.phase).toBe('Pending');
    const upd = ok(api.update<Pod>({ resource: 'pods', name: 'a', body: { ...pod, metadata: { ...pod.metadata, labels: { x: 'y' } }, status: { phase: 'Failed' } } }));
    expect(upd.status?.phase).toBe('Pending');
    const st = ok(api.updateStatus<Pod>({ resource: 'pods', name: 'a', body: { ...upd, status: { ...upd.status, phase: 'Running', containerStatuses: [{ name: 'c', ready: true, restartCount: 0, image: 'busybox', imageID: '' }] } }, options: { fieldManager: 'kubelet' } }));
    expect(st.status?.phase).toBe('Running');
    expect(st.status?.containerStatuses?.[0].lastState).toEqual({});
    expect(st.metadata.labels).toEqual({ x: 'y' });
    expect(st.metadata.managedFields?.at(-1)).toMatchObject({ manager: 'kubelet', operation: 'Update', subresource: 'status' });
  });

  it('lists with label (set-based) and field selectors', () => {
    const { api } = newServer();
    ok(api.create({ resource: 'pods', body: podBody('a', {}, { app: 'web', tier: 'fe' }) }));
    ok(api.create({ resource: 'pods', body: podBody('b', {}, { app: 'db' }) }));
    ok(api.create({ resource: 'pods', body: podBody('c', { nodeName: 'n1' }) }));
    const names = (labelSelector?: string, fieldSelector?: string) =>
      ok(api.list({ resource: 'pods', namespace: 'default', options: { labelSelector, fieldSelector } })).items.map((p) => p.metadata.name);
    expect(names('app=web')).toEqual(['a']);
    expect(names('app in (web,db)')).toEqual(['a', 'b']);
    expect(names('app notin (web)')).toEqual(['b', 'c']);
    expect(names('!app')).toEqual(['c']);
    expect(names('app,tier!=fe')).toEqual(['b']);
    expect(names(undefined, 'spec.nodeName=n1')).toEqual(['c']);
    expect(names(undefined, 'status.phase=Pending,metadata.name!=a')).toEqual(['b', 'c']);
    expect(status(api.list({ resource: 'pods', options: { fieldSelector: 'spec.image=x' } })).message).toBe('field label not supported: spec.image');
    expect((api.list({ resource: 'pods' }) as List).kind).toBe('PodList');
  });

  it('delivers watch events in commit order and resumes from a resourceVersion', () => {
    const { api } = newServer();
    const seen: string[] = [];
    const w = api.watch({ resource: 'pods', namespace: 'default' }, (e: WatchEvent) => {
      seen.push(`${e.type} ${e.object.metadata.name}`);
      // A write from inside a handler is delivered after the event being handled.
      if (e.type === 'ADDED' && e.object.metadata.name === 'a') api.create({ resource: 'pods', body: podBody('b') });
    });
    if (isStatus(w)) throw new Error(w.message);
    const a = ok(api.create<Pod>({ resource: 'pods', body: podBody('a') }));
    ok(api.patch({ resource: 'pods', name: 'a', patchType: 'merge', body: { metadata: { labels: { x: '1' } } } }));
    ok(api.delete({ resource: 'pods', name: 'a' }));
    w.stop();
    ok(api.create({ resource: 'pods', body: podBody('c') }));
    expect(seen).toEqual(['ADDED a', 'ADDED b', 'MODIFIED a', 'DELETED a']);
    const replay: string[] = [];
    const w2 = api.watch({ resource: 'pods', options: { resourceVersion: a.metadata.resourceVersion } }, (e) => replay.push(`${e.type} ${e.object.metadata.name}`));
    expect(replay).toEqual(['ADDED b', 'MODIFIED a', 'DELETED a', 'ADDED c']);
    if (!isStatus(w2)) w2.stop();
  });

  it('turns label changes into ADDED/DELETED for a selector watch', () => {
    const { api } = newServer();
    ok(api.create({ resource: 'pods', body: podBody('a') }));
    const seen: string[] = [];
    api.watch({ resource: 'pods', options: { labelSelector: 'app=web' } }, (e) => seen.push(e.type));
    ok(api.patch({ resource: 'pods', name: 'a', patchType: 'merge', body: { metadata: { labels: { app: 'web' } } } }));
    ok(api.patch({ resource: 'pods', name: 'a', patchType: 'merge', body: { metadata: { labels: { app: null } } } }));
    expect(seen).toEqual(['ADDED', 'DELETED']);
  });

  it('deletes a scheduled pod gracefully and an unscheduled one at once', () => {
    const { api } = newServer();
    ok(api.create({ resource: 'pods', body: podBody('pending') }));
    ok(api.delete({ resource: 'pods', name: 'pending' }));
    expect(status(api.get({ resource: 'pods', name: 'pending' })).code).toBe(404);

    ok(api.create({ resource: 'pods', body: podBody('running', { terminationGracePeriodSeconds: 20 }) }));
    expect(api.bind({ namespace: 'default', name: 'running', node: 'n1' }).status).toBe('Success');
    const marked = ok(api.delete<Pod>({ resource: 'pods', name: 'running' }));
    expect(marked.metadata.deletionTimestamp).toBe('2026-11-22T02:51:24Z');
    expect(marked.metadata.deletionGracePeriodSeconds).toBe(20);
    expect(ok(api.get({ resource: 'pods', name: 'running' })).metadata.deletionTimestamp).toBeDefined();
    ok(api.delete({ resource: 'pods', name: 'running', options: { gracePeriodSeconds: 0 } }));
    expect(status(api.get({ resource: 'pods', name: 'running' })).code).toBe(404);
  });

  it('binds a pod once and sets its PodScheduled condition', () => {
    const { api } = newServer();
    ok(api.create({ resource: 'pods', body: podBody('a') }));
    api.bind({ namespace: 'default', name: 'a', node: 'n1' });
    const pod = ok(api.get<Pod>({ resource: 'pods', name: 'a' }));
    expect(pod.spec.nodeName).toBe('n1');
    expect(pod.status?.conditions).toEqual([{ type: 'PodScheduled', status: 'True', lastProbeTime: null, lastTransitionTime: '2026-11-22T02:51:04Z' }]);
    expect(api.bind({ namespace: 'default', name: 'a', node: 'n2' }).message).toBe('Operation cannot be fulfilled on pods/binding "a": pod a is already assigned to node "n1"');
  });

  it('snapshots and loads every object exactly as given', () => {
    const { api } = newServer();
    ok(api.create({ resource: 'pods', body: podBody('a') }));
    const snap = api.snapshot();
    const other = newServer(99).api;
    expect(other.load(snap)).toBeUndefined();
    expect(other.snapshot()).toEqual(snap);
    const loaded: KubeObject[] = [{ apiVersion: 'v1', kind: 'Pod', metadata: { name: 'z', namespace: 'default', resourceVersion: '900' }, spec: { containers: [] }, status: { phase: 'Running' } }];
    other.load(loaded);
    expect(ok(other.get({ resource: 'pods', name: 'z' }))).toEqual(loaded[0]);
    const next = ok(other.create({ resource: 'namespaces', body: { metadata: { name: 'lab' } } }));
    expect(Number(next.metadata.resourceVersion)).toBeGreaterThan(900);
  });
});
