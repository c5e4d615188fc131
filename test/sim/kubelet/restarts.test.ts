import { describe, it, expect } from 'vitest';
import type { Pod } from '../../../src/sim/api/types.ts';
import { newCluster, podBody, type Cluster } from './support.ts';

const cs = (p: Pod | undefined, i = 0) => p!.status!.containerStatuses![i];

/** Samples the crashing container every second and records when each new instance started. */
async function restartTimes(c: Cluster, name: string, seconds: number): Promise<{ at: number; count: number; waiting: string[] }[]> {
  const out: { at: number; count: number; waiting: string[] }[] = [];
  const t0 = c.clock.now();
  let last = -1;
  const waits: string[] = [];
  for (let s = 0; s <= seconds; s++) {
    const st = cs(c.pod(name));
    if (st.state?.waiting?.message) waits.push(st.state.waiting.message);
    if (st.restartCount !== last) {
      out.push({ at: (c.clock.now() - t0) / 1000, count: st.restartCount, waiting: [...new Set(waits)] });
      waits.length = 0;
      last = st.restartCount;
    }
    await c.advance(1000);
  }
  return out;
}

describe('kubelet: restart back-off', () => {
  it('restarts a container that exits 1 after 10s, 20s, 40s … capped at 5m0s, in CrashLoopBackOff between', async () => {
    const starts: number[] = [];
    let c: Cluster;
    c = await newCluster(() => { starts.push(c.clock.now()); return { exitAfterMs: 0, exitCode: 1 }; });
    const pod = c.create(podBody('crash', { containers: [{ name: 'app', image: 'busybox:1.28' }] }));
    await c.advance(1000);
    const times = await restartTimes(c, 'crash', 1300);
    // The first restart is immediate (no back-off yet); each later one waits the doubled delay.
    const gaps = starts.slice(1).map((t, i) => (t - starts[i]) / 1000);
    expect(gaps.slice(0, 9)).toEqual([0, 10, 20, 40, 80, 160, 300, 300, 300]);
    const suffix = `restarting failed container=app pod=crash_default(${pod.metadata.uid})`;
    const seen = [...new Set(times.flatMap((t) => t.waiting))];
    expect(seen).toEqual(['10s', '20s', '40s', '1m20s', '2m40s', '5m0s'].map((d) => `back-off ${d} ${suffix}`));
    const st = cs(c.pod('crash'));
    expect(st.lastState?.terminated).toMatchObject({ exitCode: 1, reason: 'Error' });
    expect(c.events("crash")).toContain(`Warning BackOff Back-off restarting failed container app in pod crash_default(${pod.metadata.uid}) (x9)`);
    expect(c.pod('crash')!.status?.phase).toBe('Running');
  });

  it('shows CrashLoopBackOff as the waiting reason with the previous instance in lastState', async () => {
    const c = await newCluster(() => ({ exitAfterMs: 1000, exitCode: 2 }));
    c.create(podBody('crash', { containers: [{ name: 'app', image: 'busybox:1.28' }] }));
    await c.advance(5000);
    const st = cs(c.pod('crash'));
    expect(st.state?.waiting?.reason).toBe('CrashLoopBackOff');
    expect(st.restartCount).toBe(1);
    expect(st.lastState?.terminated?.exitCode).toBe(2);
    expect(st.ready).toBe(false);
  });

  it('resets the back-off after the container ran 10 minutes', async () => {
    const starts: number[] = [];
    let c: Cluster;
    c = await newCluster(() => { starts.push(c.clock.now()); return { exitAfterMs: starts.length === 4 ? 700_000 : 0, exitCode: 1 }; });
    c.create(podBody('crash', { containers: [{ name: 'app', image: 'busybox:1.28' }] }));
    await c.advance(800_000);
    // Instances 0..2 crash at once (restarts after 0, 10, 20 s); instance 3 runs 700 s and is then
    // restarted at once, as if it had never crashed; instance 4 crashes and waits 10 s again.
    const gaps = starts.slice(1).map((t, i) => (t - starts[i]) / 1000);
    expect(gaps.slice(0, 5)).toEqual([0, 10, 20, 700, 10]);
  });

  it('reports OOMKilled with exit code 137', async () => {
    const c = await newCluster(() => ({ exitAfterMs: 3000, oom: true }));
    c.create(podBody('hog', { containers: [{ name: 'hog', image: 'busybox:1.28' }] }));
    await c.advance(5000);
    expect(cs(c.pod('hog')).lastState?.terminated).toMatchObject({ reason: 'OOMKilled', exitCode: 137 });
  });

  it('ends in Succeeded under restartPolicy Never when the container exits 0', async () => {
    const c = await newCluster(() => ({ exitAfterMs: 2000, exitCode: 0 }));
    c.create(podBody('job', { restartPolicy: 'Never', containers: [{ name: 'job', image: 'busybox:1.28' }] }));
    await c.advance(10_000);
    const p = c.pod('job')!;
    expect(p.status?.phase).toBe('Succeeded');
    expect(cs(p).state?.terminated).toMatchObject({ exitCode: 0, reason: 'Completed' });
    expect(p.status?.conditions?.find((x) => x.type === 'Ready')).toMatchObject({ status: 'False', reason: 'PodCompleted' });
  });

  it('ends in Failed under restartPolicy Never when the container exits 1, with its termination message', async () => {
    const c = await newCluster(() => ({ exitAfterMs: 2000, exitCode: 1, terminationMessage: 'boom' }));
    c.create(podBody('job', { restartPolicy: 'Never', containers: [{ name: 'job', image: 'busybox:1.28' }] }));
    await c.advance(10_000);
    const p = c.pod('job')!;
    expect(p.status?.phase).toBe('Failed');
    expect(cs(p).state?.terminated).toMatchObject({ exitCode: 1, reason: 'Error', message: 'boom' });
    expect(cs(p).restartCount).toBe(0);
  });

  it('under OnFailure restarts a failing container but lets a succeeding one finish', async () => {
    let n = 0;
    const c = await newCluster(() => ({ exitAfterMs: 1000, exitCode: n++ < 2 ? 1 : 0 }));
    c.create(podBody('job', { restartPolicy: 'OnFailure', containers: [{ name: 'job', image: 'busybox:1.28' }] }));
    await c.advance(60_000);
    const p = c.pod('job')!;
    expect(p.status?.phase).toBe('Succeeded');
    expect(cs(p).restartCount).toBe(2);
  });

  it('falls back to the log tail for the termination message when asked to', async () => {
    const c = await newCluster(() => ({ exitAfterMs: 1000, exitCode: 3, logs: ['starting', 'fatal: no config'] }));
    c.create(podBody('job', { restartPolicy: 'Never', containers: [{ name: 'job', image: 'busybox:1.28', terminationMessagePolicy: 'FallbackToLogsOnError' }] }));
    await c.advance(10_000);
    expect(cs(c.pod('job')).state?.terminated?.message).toBe('starting\nfatal: no config\n');
  });
});
