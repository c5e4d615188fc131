import { describe, expect, it } from 'vitest';
import { VirtualClock } from '../../../../src/sim/clock.ts';
import type { Container, Pod } from '../../../../src/sim/api/types.ts';
import { Manager } from '../../../../src/sim/kubelet/prober/manager.ts';
import type { KubeletRecorder } from '../../../../src/sim/kubelet/recorder.ts';

const settle = () => new Promise<void>((r) => setImmediate(r));

function setup(container: Partial<Container>) {
  const clock = new VirtualClock(Date.UTC(2026, 0, 5, 9));
  let healthy = true;
  const running = new Set<string>();
  const events: string[] = [];
  const execs: number[] = [];
  const recorder: KubeletRecorder = {
    podEvent: () => {},
    nodeEvent: () => {},
    containerEvent: (_p, _c, type, reason, message) => { events.push(`${type} ${reason} ${message}`); },
  };
  const m = new Manager({
    clock, recorder, sandbox: () => undefined,
    runtime: {
      containerStatus: (id) => (running.has(id) ? { id, name: 'app', attempt: 0, state: 'running', createdAt: 0, imageRef: '' } : undefined),
      execSync: async () => {
        execs.push(clock.now());
        return { ok: true, exitCode: healthy ? 0 : 1, output: healthy ? '' : "cat: can't open '/tmp/healthy': No such file or directory\n" };
      },
    },
  });
  const resyncs: string[] = [];
  m.setResyncHandler((uid) => resyncs.push(uid));
  const pod = { metadata: { name: 'p', namespace: 'default', uid: 'u1' }, spec: { containers: [{ name: 'app', image: 'busybox', ...container }] } } as Pod;
  m.addPod(pod);
  const start = (id: string) => { running.add(id); m.containerStarted(pod, 'app', id); };
  return {
    clock, m, events, execs, resyncs, start, pod,
    setHealthy: (v: boolean) => { healthy = v; },
    advance: (ms: number) => clock.runUntil(clock.now() + ms, settle),
  };
}

const exec = { exec: { command: ['cat', '/tmp/healthy'] } };

describe('prober manager', () => {
  it('waits initialDelaySeconds, then probes every periodSeconds', async () => {
    const t = setup({ livenessProbe: { ...exec, initialDelaySeconds: 5, periodSeconds: 5 } });
    t.start('c1');
    await t.advance(16_000);
    const t0 = Date.UTC(2026, 0, 5, 9);
    expect(t.execs.map((at) => (at - t0) / 1000)).toEqual([5, 10, 15]);
  });

  it('reports liveness failure after failureThreshold failures in a row, with an Unhealthy event for each, then holds', async () => {
    const t = setup({ livenessProbe: { ...exec, periodSeconds: 1 } });
    t.start('c1');
    await t.advance(1500);
    expect(t.m.failed('app', 'c1')).toBeUndefined();
    t.setHealthy(false);
    await t.advance(2000);
    expect(t.m.failed('app', 'c1')).toBeUndefined();
    await t.advance(1000);
    expect(t.m.failed('app', 'c1')).toEqual({ reason: 'liveness' });
    expect(t.resyncs).toContain('u1');
    expect(t.events).toEqual(Array(3).fill("Warning Unhealthy Liveness probe failed: cat: can't open '/tmp/healthy': No such file or directory\n"));
    const probes = t.execs.length;
    await t.advance(5000);
    expect(t.execs.length).toBe(probes);
  });

  it('probes a new container instance afresh', async () => {
    const t = setup({ livenessProbe: { ...exec, periodSeconds: 1, failureThreshold: 1 } });
    t.setHealthy(false);
    t.start('c1');
    await t.advance(1000);
    expect(t.m.failed('app', 'c1')).toEqual({ reason: 'liveness' });
    t.setHealthy(true);
    t.start('c2');
    await t.advance(1000);
    expect(t.m.failed('app', 'c2')).toBeUndefined();
  });

  it('keeps a container unready until its readiness probe succeeds, probing it as soon as it starts', async () => {
    const t = setup({ readinessProbe: { ...exec, periodSeconds: 10 } });
    t.setHealthy(false);
    t.start('c1');
    expect(t.m.ready('app', 'c1')).toBe(false);
    await t.advance(0);
    expect(t.execs.length).toBe(1);
    t.setHealthy(true);
    await t.advance(10_000);
    expect(t.m.ready('app', 'c1')).toBe(true);
  });

  it('holds liveness and readiness back until the startup probe succeeds', async () => {
    const t = setup({ startupProbe: { ...exec, periodSeconds: 1, failureThreshold: 30 }, livenessProbe: { ...exec, periodSeconds: 1, failureThreshold: 1 }, readinessProbe: { ...exec, periodSeconds: 1 } });
    t.setHealthy(false);
    t.start('c1');
    await t.advance(5000);
    expect(t.m.started('app', 'c1')).toBe(false);
    expect(t.m.ready('app', 'c1')).toBe(false);
    expect(t.m.failed('app', 'c1')).toBeUndefined();
    expect(t.events.every((e) => e.includes('Startup probe failed'))).toBe(true);
    t.setHealthy(true);
    await t.advance(2000);
    expect(t.m.started('app', 'c1')).toBe(true);
    expect(t.m.ready('app', 'c1')).toBe(true);
  });

  it('kills on startup failure after failureThreshold', async () => {
    const t = setup({ startupProbe: { ...exec, periodSeconds: 1, failureThreshold: 2 } });
    t.setHealthy(false);
    t.start('c1');
    await t.advance(2000);
    expect(t.m.failed('app', 'c1')).toEqual({ reason: 'startup' });
  });

  it('stops liveness probes once the pod is being deleted, so a failure cannot restart a stopping container', async () => {
    const t = setup({ livenessProbe: { ...exec, periodSeconds: 1 } });
    t.start('c1');
    t.setHealthy(false);
    await t.advance(2000);
    t.m.addPod({ ...t.pod, metadata: { ...t.pod.metadata, deletionTimestamp: '2026-01-05T09:00:02Z' } });
    await t.advance(5000);
    expect(t.events.length).toBe(2);
    expect(t.m.failed('app', 'c1')).toBeUndefined();
  });

  it('keeps probing readiness while the pod is being deleted', async () => {
    const t = setup({ readinessProbe: { ...exec, periodSeconds: 1 } });
    t.start('c1');
    await t.advance(1000);
    t.m.addPod({ ...t.pod, metadata: { ...t.pod.metadata, deletionTimestamp: '2026-01-05T09:00:01Z' } });
    t.setHealthy(false);
    await t.advance(3000);
    expect(t.m.ready('app', 'c1')).toBe(false);
  });

  it('treats containers without probes as started, ready and alive', () => {
    const t = setup({});
    t.start('c1');
    expect([t.m.started('app', 'c1'), t.m.ready('app', 'c1'), t.m.failed('app', 'c1')]).toEqual([true, true, undefined]);
  });
});
