import { describe, it, expect } from 'vitest';
import { VirtualClock } from '../../../src/sim/clock.ts';
import { Backoff } from '../../../src/sim/kubelet/backoff.ts';
import { goDuration } from '../../../src/sim/kubelet/format.ts';
import { parseImageReference } from '../../../src/sim/kubelet/images/reference.ts';
import { computePodActions } from '../../../src/sim/kubelet/kuberuntime/compute-pod-actions.ts';
import { emptyPodStatus } from '../../../src/sim/kubelet/kuberuntime/runtime-pod.ts';
import { getPhase } from '../../../src/sim/kubelet/status/generate.ts';
import { PodIPAllocator } from '../../../src/sim/kubelet/pod-ip.ts';
import type { ContainerRuntimeStatus } from '../../../src/sim/cri/types.ts';
import type { ContainerStatus, PodSpec } from '../../../src/sim/api/types.ts';

const noProbes = { ready: () => true, started: () => true, failed: () => undefined };
const rt = (name: string, state: ContainerRuntimeStatus['state'], exitCode?: number): ContainerRuntimeStatus =>
  ({ id: `id-${name}`, name, attempt: 0, state, exitCode, createdAt: 0, finishedAt: state === 'exited' ? 1 : undefined, imageRef: 'x' });

describe('computePodActions', () => {
  const spec = (restartPolicy: string, inits: string[] = []): PodSpec => ({
    restartPolicy, containers: [{ name: 'app' }], initContainers: inits.map((n) => ({ name: n, restartPolicy: n.startsWith('side') ? 'Always' : undefined })),
  });
  const cases: { name: string; spec: PodSpec; running: Record<string, [ContainerRuntimeStatus['state'], number?]>; sandbox?: boolean; want: Partial<ReturnType<typeof computePodActions>> }[] = [
    { name: 'new pod: sandbox and app', spec: spec('Always'), running: {}, sandbox: false, want: { createSandbox: true, containersToStart: ['app'] } },
    { name: 'running app: nothing to do', spec: spec('Always'), running: { app: ['running'] }, want: { containersToStart: [], containersToKill: [] } },
    { name: 'Always restarts exit 0', spec: spec('Always'), running: { app: ['exited', 0] }, want: { containersToStart: ['app'] } },
    { name: 'OnFailure restarts exit 1', spec: spec('OnFailure'), running: { app: ['exited', 1] }, want: { containersToStart: ['app'] } },
    { name: 'OnFailure keeps exit 0', spec: spec('OnFailure'), running: { app: ['exited', 0] }, want: { containersToStart: [] } },
    { name: 'Never keeps exit 1', spec: spec('Never'), running: { app: ['exited', 1] }, want: { containersToStart: [] } },
    { name: 'first init container first', spec: spec('Always', ['a', 'b']), running: {}, want: { initContainersToStart: ['a'], containersToStart: [], initDone: false } },
    { name: 'second init after the first succeeded', spec: spec('Always', ['a', 'b']), running: { a: ['exited', 0] }, want: { initContainersToStart: ['b'] } },
    { name: 'waits for a running init container', spec: spec('Always', ['a', 'b']), running: { a: ['running'] }, want: { initContainersToStart: [], containersToStart: [] } },
    { name: 'failed init restarts under Always', spec: spec('Always', ['a']), running: { a: ['exited', 1] }, want: { initContainersToStart: ['a'], initFailed: false } },
    { name: 'failed init fails the pod under Never', spec: spec('Never', ['a']), running: { a: ['exited', 1] }, want: { initContainersToStart: [], initFailed: true } },
    { name: 'app after init done', spec: spec('Always', ['a']), running: { a: ['exited', 0] }, want: { initDone: true, containersToStart: ['app'] } },
    { name: 'sidecar started, then app', spec: spec('Always', ['side']), running: { side: ['running'] }, want: { initDone: true, containersToStart: ['app'] } },
    { name: 'sidecar stops when the app finished for good', spec: spec('Never', ['side']), running: { side: ['running'], app: ['exited', 0] }, want: { containersToKill: [{ name: 'side', reason: 'completed' }] } },
  ];
  for (const tc of cases) {
    it(tc.name, () => {
      const st = emptyPodStatus();
      if (tc.sandbox !== false) st.sandbox = { id: 's', ip: '10.0.0.2' };
      for (const [n, [state, code]] of Object.entries(tc.running)) st.containers.set(n, { current: rt(n, state, code) });
      expect(computePodActions(tc.spec, st, noProbes)).toMatchObject(tc.want);
    });
  }
});

describe('getPhase', () => {
  const s = (name: string, state: ContainerStatus['state'], last?: ContainerStatus['lastState']): ContainerStatus =>
    ({ name, state, lastState: last ?? {}, ready: false, restartCount: 0, image: '', imageID: '' });
  const term = (exitCode: number) => ({ terminated: { exitCode } });
  const cases: [string, string, ContainerStatus[], ContainerStatus[], string][] = [
    ['waiting app', 'Always', [], [s('app', { waiting: { reason: 'ContainerCreating' } })], 'Pending'],
    ['running app', 'Always', [], [s('app', { running: {} })], 'Running'],
    ['exited 0 under Always', 'Always', [], [s('app', term(0))], 'Running'],
    ['exited 0 under Never', 'Never', [], [s('app', term(0))], 'Succeeded'],
    ['exited 1 under Never', 'Never', [], [s('app', term(1))], 'Failed'],
    ['exited 1 under OnFailure', 'OnFailure', [], [s('app', term(1))], 'Running'],
    ['crash-looping', 'Always', [], [s('app', { waiting: { reason: 'CrashLoopBackOff' } }, term(1))], 'Running'],
  ];
  for (const [name, policy, init, app, want] of cases) {
    it(`${name} → ${want}`, () => expect(getPhase({ restartPolicy: policy, containers: [{ name: 'app' }] }, init, app)).toBe(want));
  }
  it('a failed init container under Never fails the pod', () => {
    expect(getPhase({ restartPolicy: 'Never', initContainers: [{ name: 'i' }], containers: [{ name: 'app' }] },
      [s('i', term(1))], [s('app', { waiting: { reason: 'PodInitializing' } })])).toBe('Failed');
  });
});

describe('Backoff', () => {
  it('doubles from 10s to a 300s cap and starts over after 10 idle minutes', () => {
    const clock = new VirtualClock(0);
    const b = new Backoff(clock, 10_000, 300_000);
    const seen: number[] = [];
    for (let i = 0; i < 7; i++) { b.next('k', clock.now()); seen.push(b.get('k') / 1000); }
    expect(seen).toEqual([10, 20, 40, 80, 160, 300, 300]);
    clock.set(600_001);
    b.next('k', clock.now());
    expect(b.get('k')).toBe(10_000);
  });
});

describe('goDuration', () => {
  for (const [ms, want] of [[10_000, '10s'], [80_000, '1m20s'], [160_000, '2m40s'], [300_000, '5m0s'], [1209, '1.209s'], [1200, '1.2s'], [700, '700ms'], [3_600_000, '1h0m0s']] as const) {
    it(`${ms}ms → ${want}`, () => expect(goDuration(ms)).toBe(want));
  }
});

describe('parseImageReference', () => {
  for (const [image, want] of [
    ['nginx', 'docker.io/library/nginx:latest'], ['nginx:1.25', 'docker.io/library/nginx:1.25'],
    ['polinux/stress', 'docker.io/polinux/stress:latest'], ['registry.k8s.io/pause:3.10', 'registry.k8s.io/pause:3.10'],
    ['curlimages/curl:8.5.0', 'docker.io/curlimages/curl:8.5.0'], ['localhost:5000/app', 'localhost:5000/app:latest'],
  ]) {
    it(`${image} → ${want}`, () => expect(parseImageReference(image)).toMatchObject({ normalized: want }));
  }
  it('rejects an invalid reference with the parser text', () => {
    expect(parseImageReference('nginx:')).toEqual({ error: 'couldn\'t parse image name "nginx:": invalid reference format' });
  });
});

describe('PodIPAllocator', () => {
  it('hands out .2, .3 … and reuses addresses only after wrapping', () => {
    const a = new PodIPAllocator('10.244.1.0/24');
    expect([a.allocate('p1'), a.allocate('p2'), a.allocate('p1')]).toEqual(['10.244.1.2', '10.244.1.3', '10.244.1.2']);
    a.release('p1');
    expect(a.allocate('p3')).toBe('10.244.1.4');
  });
});
