import { describe, expect, it } from 'vitest';
import { VirtualClock } from '../../../../src/sim/clock.ts';
import { Random } from '../../../../src/sim/random.ts';
import { ApiServer } from '../../../../src/sim/apiserver/api-server.ts';
import { EventRecorder } from '../../../../src/sim/apiserver/event-recorder.ts';
import { isStatus } from '../../../../src/sim/api/errors.ts';
import type { Pod } from '../../../../src/sim/api/types.ts';
import { Kubelet } from '../../../../src/sim/kubelet/kubelet.ts';
import { createNodeFs, installNodeFiles } from '../../../../src/sim/kubelet/config/node-files.ts';
import { FakeRuntime } from '../../../support/fake-runtime.ts';
import { CATALOG, START, settle } from '../support.ts';

const WEB = `apiVersion: v1
kind: Pod
metadata:
  name: static-web
  labels:
    role: myrole
spec:
  containers:
  - name: web
    image: nginx
`;
const MANIFESTS = '/etc/kubernetes/manifests';

async function node(controlPlane = false) {
  const clock = new VirtualClock(START);
  const random = new Random(7);
  const api = new ApiServer({ clock, random });
  const runtime = new FakeRuntime(clock, CATALOG, () => ({}));
  const fs = createNodeFs(() => clock.now());
  installNodeFiles(fs, { name: 'node01', ip: '172.30.2.2', controlPlane });
  const kubelet = new Kubelet({
    node: { name: 'node01', internalIP: '172.30.2.2', podCIDR: '10.244.1.0/24', capacity: { cpu: '2', memory: '4014460Ki', pods: '110' } },
    api, events: new EventRecorder(api, clock), runtime, images: runtime, clock, random, startupEvents: false, hostFs: fs,
  });
  const err = kubelet.start();
  if (err) throw new Error(err.message);
  const advance = (ms: number) => clock.runUntil(clock.now() + ms, settle);
  const get = (name: string, ns = 'default') => {
    const p = api.get<Pod>({ resource: 'pods', namespace: ns, name });
    return isStatus(p) ? undefined : p;
  };
  const names = (ns = 'default') => {
    const l = api.list<Pod>({ resource: 'pods', namespace: ns });
    return isStatus(l) ? [] : l.items.map((p) => p.metadata.name).sort();
  };
  await advance(0);
  return { clock, api, runtime, fs, kubelet, advance, get, names };
}

describe('static pods', () => {
  it('run a manifest from the folder and mirror it as <name>-<node>, controlled by the Node', async () => {
    const n = await node();
    n.fs.writeFile(`${MANIFESTS}/static-web.yaml`, WEB);
    await n.advance(5000);
    const mirror = n.get('static-web-node01')!;
    expect(mirror.metadata.annotations?.['kubernetes.io/config.mirror']).toBe(mirror.metadata.annotations?.['kubernetes.io/config.hash']);
    expect(mirror.metadata.annotations?.['kubernetes.io/config.source']).toBe('file');
    expect(mirror.metadata.ownerReferences).toEqual([expect.objectContaining({ kind: 'Node', name: 'node01', controller: true })]);
    expect(mirror.metadata.labels).toEqual({ role: 'myrole' });
    expect(mirror.spec.serviceAccountName).toBeUndefined();
    expect(mirror.spec.tolerations).toEqual([{ operator: 'Exists', effect: 'NoExecute' }]);
    expect(mirror.status?.phase).toBe('Running');
    expect(mirror.status?.containerStatuses?.[0]).toMatchObject({ name: 'web', ready: true });
  });

  it('ignore files whose names start with a dot and log manifests that do not decode', async () => {
    const n = await node();
    n.fs.writeFile(`${MANIFESTS}/.static-web.yaml.swp`, WEB);
    n.fs.writeFile(`${MANIFESTS}/broken.yaml`, 'kind: [');
    await n.advance(1000);
    expect(n.names()).toEqual([]);
    expect(n.kubelet.journal.lines().some((l) => l.includes('"Could not process manifest file"') && l.includes('path="/etc/kubernetes/manifests/broken.yaml"'))).toBe(true);
  });

  it('re-create a mirror pod deleted through the API while the pod keeps running', async () => {
    const n = await node();
    n.fs.writeFile(`${MANIFESTS}/static-web.yaml`, WEB);
    await n.advance(5000);
    const before = n.get('static-web-node01')!;
    const started = n.runtime.instances('web').length;
    n.api.delete({ resource: 'pods', namespace: 'default', name: 'static-web-node01' });
    await n.advance(1000);
    const after = n.get('static-web-node01')!;
    expect(after.metadata.uid).not.toBe(before.metadata.uid);
    expect(after.metadata.deletionTimestamp).toBeUndefined();
    expect(after.status?.phase).toBe('Running');
    expect(n.runtime.instances('web').length).toBe(started);
    expect(n.runtime.instances('web').every((c) => c.status.state === 'running')).toBe(true);
  });

  it('stop the pod and delete its mirror when the file goes, and replace it when the file changes', async () => {
    const n = await node();
    n.fs.writeFile(`${MANIFESTS}/static-web.yaml`, WEB);
    await n.advance(5000);
    const first = n.get('static-web-node01')!;
    n.fs.writeFile(`${MANIFESTS}/static-web.yaml`, WEB.replace('image: nginx', 'image: busybox:1.28'));
    await n.advance(5000);
    const second = n.get('static-web-node01')!;
    expect(second.spec.containers[0].image).toBe('busybox:1.28');
    expect(second.metadata.annotations?.['kubernetes.io/config.hash']).not.toBe(first.metadata.annotations?.['kubernetes.io/config.hash']);
    n.fs.unlink(`${MANIFESTS}/static-web.yaml`);
    await n.advance(5000);
    expect(n.names()).toEqual([]);
    expect([...n.runtime.instances('web'), ...n.runtime.instances('static-web')].filter((c) => c.status.state === 'running')).toEqual([]);
  });

  it('give a control-plane node the kubeadm control-plane pods in kube-system', async () => {
    const n = await node(true);
    await n.advance(1000);
    expect(n.names('kube-system')).toEqual(['etcd-node01', 'kube-apiserver-node01', 'kube-controller-manager-node01', 'kube-scheduler-node01']);
    expect(n.get('kube-apiserver-node01', 'kube-system')!.spec.priority).toBe(2000001000);
  });
});
