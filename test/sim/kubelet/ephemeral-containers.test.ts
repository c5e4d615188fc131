import { describe, expect, it } from 'vitest';
import { Machine } from '../../../src/machine/machine.ts';
import { Pipe } from '../../../src/os/pipe.ts';
import type { Pod } from '../../../src/sim/api/types.ts';
import { computePodActions } from '../../../src/sim/kubelet/kuberuntime/compute-pod-actions.ts';
import { emptyPodStatus } from '../../../src/sim/kubelet/kuberuntime/runtime-pod.ts';
import { nodeSettle } from '../../support/screen.ts';

async function podWithDebugger(ec: Record<string, unknown>): Promise<Machine> {
  const m = new Machine({ host: { settle: nodeSettle } });
  await m.ready;
  m.api.create({ resource: 'pods', namespace: 'default', body: { apiVersion: 'v1', kind: 'Pod', metadata: { name: 'web' }, spec: { containers: [{ name: 'web', image: 'nginx' }] } } });
  await m.advance(20_000);
  m.api.patch({
    resource: 'pods', namespace: 'default', name: 'web', patchType: 'strategic', subresource: 'ephemeralcontainers',
    body: { spec: { ephemeralContainers: [{ image: 'busybox', terminationMessagePolicy: 'File', ...ec }] } },
  });
  await m.advance(10_000);
  return m;
}

const pod = (m: Machine) => m.api.get<Pod>({ resource: 'pods', namespace: 'default', name: 'web' }) as Pod;

async function exec(m: Machine, container: string, command: string[]): Promise<string> {
  const out = new Pipe();
  const res = await m.cluster.proxy.kubelet(pod(m).spec.nodeName!)!.exec('default', 'web', container, command, { stdout: out, stderr: out });
  expect(res).toEqual({ exitCode: 0 });
  out.close();
  return out.drain();
}

describe('ephemeral containers on the kubelet', () => {
  it('plans to start an ephemeral container once, into an existing sandbox, before initialization is done', () => {
    const spec = { containers: [{ name: 'app', image: 'nginx' }], initContainers: [{ name: 'wait', image: 'busybox' }], ephemeralContainers: [{ name: 'dbg', image: 'busybox' }] };
    const sandboxed = { ...emptyPodStatus(), sandbox: { id: 's', ip: '10.0.0.1' } };
    expect(computePodActions(spec, sandboxed, { ready: () => true, started: () => true, failed: () => undefined }).ephemeralContainersToStart).toEqual(['dbg']);
    expect(computePodActions(spec, emptyPodStatus(), { ready: () => true, started: () => true, failed: () => undefined }).ephemeralContainersToStart).toEqual([]);
  });

  it('runs it in the pod\'s sandbox and reports it in ephemeralContainerStatuses: never ready, no started field', async () => {
    const m = await podWithDebugger({ name: 'dbg', command: ['sleep', '3600'] });
    const st = pod(m).status!;
    expect(st.ephemeralContainerStatuses).toEqual([{
      name: 'dbg', state: { running: { startedAt: expect.any(String) } }, lastState: {}, ready: false, restartCount: 0,
      image: 'docker.io/library/busybox:latest', imageID: expect.stringMatching(/^docker.io\/library\/busybox@sha256:/), containerID: expect.stringMatching(/^containerd:\/\//),
    }]);
    expect(st.phase).toBe('Running');
    // Same network namespace: the pod's IP and nginx on localhost.
    expect(await exec(m, 'dbg', ['hostname', '-i'])).toBe(`${st.podIP}\n`);
    expect(await exec(m, 'dbg', ['wget', '-qO-', 'http://localhost/'])).toContain('Welcome to nginx!');
  });

  it('with a target, sees the target container\'s processes; without one, only its own', async () => {
    const targeted = await podWithDebugger({ name: 'dbg', command: ['sleep', '3600'], targetContainerName: 'web' });
    expect(await exec(targeted, 'dbg', ['ps'])).toContain('nginx: master process');
    const alone = await podWithDebugger({ name: 'dbg', command: ['sleep', '3600'] });
    expect(await exec(alone, 'dbg', ['ps'])).not.toContain('nginx');
  });

  it('is not restarted once it has exited, whatever the pod\'s restartPolicy', async () => {
    const m = await podWithDebugger({ name: 'dbg', command: ['sh', '-c', 'exit 3'] });
    await m.advance(60_000);
    const s = pod(m).status!.ephemeralContainerStatuses![0];
    expect(s.state?.terminated).toMatchObject({ exitCode: 3, reason: 'Error' });
    expect(s.restartCount).toBe(0);
    expect(pod(m).status!.containerStatuses![0].ready).toBe(true);
  });
});
