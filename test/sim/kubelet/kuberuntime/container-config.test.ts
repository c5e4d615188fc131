import { describe, it, expect } from 'vitest';
import { generateContainerConfig } from '../../../../src/sim/kubelet/kuberuntime/container-config.ts';
import type { Pod, PodSecurityContext, SecurityContext } from '../../../../src/sim/api/types.ts';
import type { ImageInfo } from '../../../../src/sim/cri/types.ts';

const image = { ref: 'docker.io/library/busybox:latest', id: 'sha256:1', repoDigest: 'x', sizeBytes: 1, user: '' } as ImageInfo;

function config(psc: PodSecurityContext | undefined, sc: SecurityContext | undefined) {
  const pod = {
    apiVersion: 'v1', kind: 'Pod', metadata: { name: 'p', namespace: 'default', uid: 'u' },
    spec: { securityContext: psc, containers: [{ name: 'app', image: 'busybox', securityContext: sc }] },
  } as Pod;
  const result = generateContainerConfig({
    pod, container: pod.spec.containers[0], image, attempt: 0, mounts: [],
    envSource: { configMap: () => { throw new Error('unused'); }, secret: () => { throw new Error('unused'); } },
    envContext: { hostIP: '192.168.1.2', podIP: '10.244.1.2', kubernetesServiceIP: '10.96.0.1', nodeAllocatable: {} },
  });
  if (!result.ok) throw new Error(result.message);
  return result.config;
}

describe('the container config the kubelet hands the runtime', () => {
  it.each([
    [undefined, undefined],
    [true, undefined],
    [false, true],
  ])('sets no_new_privs for allowPrivilegeEscalation %s: %s', (allow, want) => {
    expect(config(undefined, { allowPrivilegeEscalation: allow }).noNewPrivileges).toBe(want);
  });

  it.each([
    [{ runAsUser: 1000 }, { runAsUser: 2000 }, 2000],
    [{ runAsUser: 1000 }, {}, 1000],
    [undefined, { runAsUser: 3000 }, 3000],
  ])('takes runAsUser from the container over the pod (%j, %j → %d)', (psc, sc, uid) => {
    expect(config(psc, sc).uid).toBe(uid);
  });

  it.each([
    [{ seccompProfile: { type: 'RuntimeDefault' } }, undefined, 'RuntimeDefault'],
    [{ seccompProfile: { type: 'RuntimeDefault' } }, { seccompProfile: { type: 'Unconfined' } }, 'Unconfined'],
    [undefined, undefined, undefined],
  ])('takes the seccomp profile from the container over the pod (%j, %j → %s)', (psc, sc, want) => {
    expect(config(psc, sc).seccompProfile).toBe(want);
  });
});
