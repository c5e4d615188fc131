import { describe, expect, it } from 'vitest';
import type { Pod, Status } from '../../../src/sim/api/types.ts';
import { kubectlRunNginx, newServer } from './support.ts';

function withPod() {
  const s = newServer();
  s.api.create({ resource: 'pods', namespace: 'default', body: kubectlRunNginx() });
  return s;
}

const debugger1 = { name: 'debugger-abcde', image: 'busybox', stdin: true, tty: true, targetContainerName: 'nginx', terminationMessagePolicy: 'File' };

function add(api: ReturnType<typeof newServer>['api'], containers: unknown[]): Pod | Status {
  return api.patch<Pod>({
    resource: 'pods', namespace: 'default', name: 'nginx', patchType: 'strategic', subresource: 'ephemeralcontainers',
    body: { spec: { ephemeralContainers: containers } },
  });
}

describe('pods/ephemeralcontainers', () => {
  it('adds an ephemeral container with container defaults and leaves the rest of the pod alone', () => {
    const { api } = withPod();
    const pod = add(api, [debugger1]) as Pod;
    expect(pod.spec.ephemeralContainers).toEqual([{
      name: 'debugger-abcde', image: 'busybox', resources: {}, terminationMessagePath: '/dev/termination-log', terminationMessagePolicy: 'File',
      imagePullPolicy: 'Always', stdin: true, tty: true, targetContainerName: 'nginx',
    }].map((c) => expect.objectContaining(c)));
    expect(pod.metadata.managedFields?.at(-1)?.subresource).toBe('ephemeralcontainers');
  });

  it('refuses ports, probes and resources with the upstream field errors', () => {
    const { api } = withPod();
    const res = add(api, [{ ...debugger1, ports: [{ containerPort: 80 }], readinessProbe: { exec: { command: ['true'] } }, resources: { limits: { cpu: '1' } } }]) as Status;
    expect(res.code).toBe(422);
    expect(res.message).toBe('Pod "nginx" is invalid: [spec.ephemeralContainers[0].ports: Forbidden: cannot be set for an Ephemeral Container, '
      + 'spec.ephemeralContainers[0].resources: Forbidden: cannot be set for an Ephemeral Container, '
      + 'spec.ephemeralContainers[0].readinessProbe: Forbidden: cannot be set for an Ephemeral Container]');
  });

  it('refuses a name already used by any container, and a target that is not a regular container', () => {
    const { api } = withPod();
    expect((add(api, [{ ...debugger1, name: 'nginx' }]) as Status).message).toBe('Pod "nginx" is invalid: spec.ephemeralContainers[0].name: Duplicate value: "nginx"');
    expect((add(api, [{ ...debugger1, targetContainerName: 'app' }]) as Status).message).toBe('Pod "nginx" is invalid: spec.ephemeralContainers[0].targetContainerName: Not found: "app"');
  });

  it('keeps existing ephemeral containers immutable: they may be neither changed nor removed', () => {
    const { api } = withPod();
    add(api, [debugger1]);
    const changed = api.updateEphemeralContainers<Pod>({ resource: 'pods', namespace: 'default', name: 'nginx', body: { ...(api.get<Pod>({ resource: 'pods', namespace: 'default', name: 'nginx' }) as Pod), spec: { containers: [], ephemeralContainers: [{ ...debugger1, image: 'alpine' }] } } }) as Status;
    expect(changed.message).toMatch(/^Pod "nginx" is invalid: spec.ephemeralContainers\[debugger-abcde\]: Forbidden: existing ephemeral containers "debugger-abcde" may not be changed/);
    const removed = api.updateEphemeralContainers<Pod>({ resource: 'pods', namespace: 'default', name: 'nginx', body: { apiVersion: 'v1', kind: 'Pod', metadata: { name: 'nginx' }, spec: { containers: [] } } }) as Status;
    expect(removed.message).toMatch(/^Pod "nginx" is invalid: spec.ephemeralContainers: Forbidden: existing ephemeral containers "debugger-abcde" may not be removed/);
  });

  it('cannot be set on create, and a plain update keeps the ones the pod has', () => {
    const { api } = newServer();
    const body = kubectlRunNginx() as { spec: Record<string, unknown> };
    body.spec.ephemeralContainers = [debugger1];
    expect((api.create({ resource: 'pods', namespace: 'default', body }) as Status).message).toBe('Pod "nginx" is invalid: spec.ephemeralContainers: Forbidden: cannot be set on create');
    const s = withPod();
    add(s.api, [debugger1]);
    const labelled = s.api.patch<Pod>({ resource: 'pods', namespace: 'default', name: 'nginx', patchType: 'merge', body: { metadata: { labels: { x: 'y' } }, spec: { ephemeralContainers: null } } }) as Pod;
    expect(labelled.spec.ephemeralContainers?.map((c) => c.name)).toEqual(['debugger-abcde']);
  });
});
