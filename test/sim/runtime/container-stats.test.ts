import { describe, expect, it } from 'vitest';
import { cpuMillicores } from '../../../src/sim/runtime/container-stats.ts';
import { makeNode } from './harness.ts';

describe('container CPU usage', () => {
  it.each([
    // busy, idle, limit, node cpus → millicores
    [0, 0, undefined, 2, 0],
    [0, 3, undefined, 2, 1],
    [1, 0, undefined, 2, 1000],
    [2, 1, undefined, 2, 2000],
    [2, 0, 1000, 2, 1000],
    [1, 0, 500, 2, 500],
    [4, 0, undefined, 2, 2000],
  ])('%i busy and %i idle processes under limit %s on %i cores use %im', (busy, idle, limit, cpus, want) => {
    expect(cpuMillicores(busy, idle, limit, cpus)).toBe(want);
  });
});

describe('ContainerRuntime.listContainerStats', () => {
  it('reports memory from the cgroup and CPU throttled to limits.cpu for stress --cpu', async () => {
    const n = makeNode();
    const sb = await n.pod('cpu-demo');
    await n.run(sb.id, n.config('hog', 'polinux/stress', { command: ['stress'], args: ['--cpu', '2'], cpuLimitMillis: 1000 }));
    await n.run(sb.id, n.config('mem', 'polinux/stress', { command: ['stress'], args: ['--vm', '1', '--vm-bytes', '20M', '--vm-hang', '0'] }));
    await n.advance(20_000);
    const stats = n.runtime.listContainerStats().map((s) => [s.name, s.cpuMillicores, s.memoryBytes, s.runningMs, s.podName]);
    expect(stats).toEqual([['hog', 1000, 0, 20_000, 'cpu-demo'], ['mem', 1, 20 * 1024 * 1024, 20_000, 'cpu-demo']]);
  });
});
