import { describe, it, expect } from 'vitest';
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { defaultPullPolicy } from '../../../src/sim/apiserver/defaults.ts';
import { isStatus } from '../../../src/sim/api/errors.ts';
import type { Pod } from '../../../src/sim/api/types.ts';
import { kubectlRunNginx, newServer } from './support.ts';

const golden = parse(readFileSync(new URL('../../fixtures/kubectl-1.33/get-pod-nginx-yaml-managed-fields.txt', import.meta.url), 'utf8')) as Pod;

describe('pod defaults', () => {
  it.each([
    ['nginx', 'Always'], ['nginx:latest', 'Always'], ['nginx:1.27', 'IfNotPresent'],
    ['registry:5000/app', 'Always'], ['registry:5000/app:v1', 'IfNotPresent'],
    ['nginx@sha256:abcd', 'IfNotPresent'], ['nginx:latest@sha256:abcd', 'Always'],
  ])('pulls %s with policy %s', (image, want) => {
    expect(defaultPullPolicy(image)).toBe(want);
  });

  it('stores a kubectl-run pod exactly as the real API server does', () => {
    const { api } = newServer();
    const pod = api.create<Pod>({ resource: 'pods', namespace: 'default', body: kubectlRunNginx(), options: { fieldManager: 'kubectl-run' } });
    if (isStatus(pod)) throw new Error(pod.message);
    const volume = pod.spec.volumes![0].name;
    expect(volume).toMatch(/^kube-api-access-[bcdfghjklmnpqrstvwxz2456789]{5}$/);
    const want = structuredClone(golden);
    const rename = (s: Pod) => JSON.parse(JSON.stringify(s).replaceAll('kube-api-access-7xk2p', volume));
    delete want.spec.nodeName;
    expect(pod.spec).toEqual(rename(want).spec);
    expect(pod.metadata.managedFields).toEqual(want.metadata.managedFields);
    expect(pod.metadata.creationTimestamp).toBe('2026-11-22T02:51:04Z');
    expect(pod.metadata.labels).toEqual({ run: 'nginx' });
    expect(pod.status).toEqual({ phase: 'Pending', qosClass: 'BestEffort' });
  });

  it('copies limits into missing requests and canonicalises quantities', () => {
    const { api } = newServer();
    const body = kubectlRunNginx();
    (body.spec as Pod['spec']).containers[0].resources = { limits: { cpu: '0.5', memory: '128Mi' }, requests: { cpu: 0.25 as unknown as string } };
    const pod = api.create<Pod>({ resource: 'pods', body });
    if (isStatus(pod)) throw new Error(pod.message);
    expect(pod.spec.containers[0].resources).toEqual({ limits: { cpu: '500m', memory: '128Mi' }, requests: { cpu: '250m', memory: '128Mi' } });
    expect(pod.status?.qosClass).toBe('Burstable');
  });

  it('fills probe, port and volume defaults', () => {
    const { api } = newServer();
    const body = kubectlRunNginx();
    const spec = body.spec as Pod['spec'];
    spec.containers[0].ports = [{ containerPort: 80 }];
    spec.containers[0].livenessProbe = { httpGet: { port: 80 } };
    spec.containers[0].volumeMounts = [{ name: 'cfg', mountPath: '/etc/cfg' }];
    spec.volumes = [{ name: 'cfg', configMap: { name: 'app' } }, { name: 'scratch' }];
    const pod = api.create<Pod>({ resource: 'pods', body });
    if (isStatus(pod)) throw new Error(pod.message);
    const c = pod.spec.containers[0];
    expect(c.ports).toEqual([{ containerPort: 80, protocol: 'TCP' }]);
    expect(c.livenessProbe).toEqual({
      httpGet: { path: '/', port: 80, scheme: 'HTTP' }, timeoutSeconds: 1, periodSeconds: 10, successThreshold: 1, failureThreshold: 3,
    });
    expect(pod.spec.volumes?.slice(0, 2)).toEqual([{ name: 'cfg', configMap: { name: 'app', defaultMode: 420 } }, { name: 'scratch', emptyDir: {} }]);
    expect(c.volumeMounts?.map((m) => m.mountPath)).toEqual(['/etc/cfg', '/var/run/secrets/kubernetes.io/serviceaccount']);
  });

  it('mounts the token in init containers too', () => {
    const { api } = newServer();
    const body = kubectlRunNginx();
    (body.spec as Pod['spec']).initContainers = [{ name: 'init', image: 'busybox' }];
    const pod = api.create<Pod>({ resource: 'pods', body });
    if (isStatus(pod)) throw new Error(pod.message);
    expect(pod.spec.initContainers![0].volumeMounts).toEqual([{ mountPath: '/var/run/secrets/kubernetes.io/serviceaccount', name: pod.spec.volumes![0].name, readOnly: true }]);
  });

  it('gives a mirror pod no service account and no token volume', () => {
    const { api } = newServer();
    const body = kubectlRunNginx();
    (body.metadata as Pod['metadata']).annotations = { 'kubernetes.io/config.mirror': 'abc' };
    const pod = api.create<Pod>({ resource: 'pods', body });
    if (isStatus(pod)) throw new Error(pod.message);
    expect(pod.spec.serviceAccountName).toBeUndefined();
    expect(pod.spec.volumes).toBeUndefined();
    expect(pod.spec.containers[0].volumeMounts).toBeUndefined();
    expect(pod.spec.tolerations).toHaveLength(2);
    expect(pod.spec.priority).toBe(0);
  });
});
