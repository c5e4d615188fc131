import { describe, expect, it } from 'vitest';
import { VirtualClock } from '../../../../src/sim/clock.ts';
import { Random } from '../../../../src/sim/random.ts';
import { ApiServer } from '../../../../src/sim/apiserver/api-server.ts';
import { isStatus } from '../../../../src/sim/api/errors.ts';
import type { Event, Node, Pod } from '../../../../src/sim/api/types.ts';
import type { ContainerStats } from '../../../../src/sim/cri/types.ts';
import { EvictionManager, MONITORING_INTERVAL_MS, PRESSURE_TRANSITION_PERIOD_MS } from '../../../../src/sim/kubelet/eviction/eviction-manager.ts';
import { bytesQuantity, evictionMessage, isCriticalPod, rankMemoryPressure, type PodUsage } from '../../../../src/sim/kubelet/eviction/helpers.ts';
import type { KubeletRecorder } from '../../../../src/sim/kubelet/recorder.ts';

const Mi = 1024 * 1024;

function pod(name: string, request?: string, priority = 0, annotations?: Record<string, string>): Pod {
  return {
    apiVersion: 'v1', kind: 'Pod', metadata: { name, namespace: 'default', uid: `uid-${name}`, annotations },
    spec: { priority, containers: [{ name: 'c', image: 'x', resources: request ? { requests: { memory: request } } : {} }] },
  } as Pod;
}
const usage = (p: Pod, mi: number): PodUsage => ({ pod: p, containers: [{ name: 'c', memoryBytes: mi * Mi }] });

describe('eviction ranking and texts', () => {
  it('evicts pods over their requests first, then lower priority, then the most memory above the request', () => {
    const ranked = rankMemoryPressure([
      usage(pod('guaranteed', '200Mi'), 150),
      usage(pod('burstable', '64Mi'), 300),
      usage(pod('besteffort'), 100),
      usage(pod('important', undefined, 1000), 900),
      usage(pod('big-besteffort'), 400),
    ]);
    expect(ranked.map((u) => u.pod.metadata.name)).toEqual(['big-besteffort', 'burstable', 'besteffort', 'important', 'guaranteed']);
  });

  it.each([
    [92 * Mi, '92Mi'],
    [47542272, '46428Ki'],
    [1500 * Mi, '1500Mi'],
    [1000, '1k'],
  ])('prints %i bytes as %s', (bytes, want) => {
    expect(bytesQuantity(bytes)).toBe(want);
  });

  it('writes upstream\'s message, naming only the containers over their requests, with trailing spaces', () => {
    const p = { ...pod('web', '64Mi'), spec: { containers: [
      { name: 'stress', image: 'x', resources: {} }, { name: 'small', image: 'x', resources: { requests: { memory: '64Mi' } } },
    ] } } as Pod;
    expect(evictionMessage({ pod: p, containers: [{ name: 'stress', memoryBytes: 1500 * Mi }, { name: 'small', memoryBytes: 10 * Mi }] }, 92 * Mi))
      .toBe('The node was low on resource: memory. Threshold quantity: 100Mi, available: 92Mi. Container stress was using 1500Mi, request is 0, has larger consumption of memory. ');
  });

  it.each([
    [{}, 0, false],
    [{ 'kubernetes.io/config.source': 'file' }, 0, true],
    [{ 'kubernetes.io/config.mirror': 'abc' }, 0, true],
    [{}, 2_000_001_000, true],
  ])('annotations %j with priority %i are critical: %s', (annotations, priority, want) => {
    expect(isCriticalPod(pod('p', undefined, priority, annotations))).toBe(want);
  });
});

describe('EvictionManager', () => {
  function setup() {
    const clock = new VirtualClock(Date.UTC(2026, 0, 5, 9));
    const api = new ApiServer({ clock, random: new Random(1) });
    api.create({ resource: 'nodes', body: { apiVersion: 'v1', kind: 'Node', metadata: { name: 'node01' }, status: { conditions: [
      { type: 'MemoryPressure', status: 'False', reason: 'KubeletHasSufficientMemory', message: 'kubelet has sufficient memory available' },
    ] } } });
    const events: string[] = [];
    const recorder = {
      podEvent: (p: Pod, type: string, reason: string, message: string) => events.push(`${p.metadata.name} ${type} ${reason} ${message}`),
      nodeEvent: (n: { metadata: { name?: string } }, type: string, reason: string, message: string) => events.push(`${n.metadata.name} ${type} ${reason} ${message}`),
    } as unknown as KubeletRecorder;
    const pods = [pod('besteffort'), pod('burstable', '64Mi')];
    let stats: ContainerStats[] = [
      { id: '1', name: 'c', podUid: 'uid-besteffort', podName: 'besteffort', namespace: 'default', runningMs: 1, cpuMillicores: 0, memoryBytes: 1400 * Mi },
      { id: '2', name: 'c', podUid: 'uid-burstable', podName: 'burstable', namespace: 'default', runningMs: 1, cpuMillicores: 0, memoryBytes: 300 * Mi },
    ];
    let listener = () => {};
    const evicted: string[] = [];
    const m = new EvictionManager({
      api, clock, recorder, nodeName: 'node01', capacityBytes: 2000 * Mi, systemBytes: 240 * Mi,
      stats: () => stats, onMemoryChange: (l) => { listener = l; return () => {}; }, pods: () => pods,
      evict: (p, reason, message) => {
        evicted.push(`${p.metadata.name} ${reason} ${message}`);
        stats = stats.filter((s) => s.podUid !== p.metadata.uid);
        listener();
      },
    });
    const node = () => { const n = api.get<Node>({ resource: 'nodes', name: 'node01' }); if (isStatus(n)) throw new Error(); return n; };
    return { clock, api, m, events, evicted, node, change: () => listener() };
  }

  it('does nothing until memory runs low, then evicts BestEffort first on the next monitoring turn', async () => {
    const s = setup();
    s.m.start();
    s.change();
    expect(s.clock.nextAt()).toBe(Date.UTC(2026, 0, 5, 9) + MONITORING_INTERVAL_MS);
    await s.clock.runUntil(s.clock.now() + MONITORING_INTERVAL_MS, async () => {});
    expect(s.evicted).toEqual(['besteffort Evicted The node was low on resource: memory. Threshold quantity: 100Mi, available: 60Mi. Container c was using 1400Mi, request is 0, has larger consumption of memory. ']);
    expect(s.events).toContain('node01 Normal NodeHasInsufficientMemory Node node01 status is now: NodeHasInsufficientMemory');
    expect(s.events.some((e) => e.startsWith('besteffort Warning Evicted The node was low on resource: memory.'))).toBe(true);
    expect(s.node().spec?.taints).toEqual([{ key: 'node.kubernetes.io/memory-pressure', effect: 'NoSchedule' }]);
    expect(s.node().status?.conditions?.[0]).toMatchObject({ status: 'True', reason: 'KubeletHasInsufficientMemory' });
  });

  it('keeps MemoryPressure for the transition period after the last pressure, then clears it and the taint', async () => {
    const s = setup();
    s.m.start();
    s.change();
    await s.clock.runUntil(s.clock.now() + MONITORING_INTERVAL_MS + PRESSURE_TRANSITION_PERIOD_MS - 1000, async () => {});
    expect(s.node().status?.conditions?.[0].status).toBe('True');
    await s.clock.runUntil(s.clock.now() + 2 * MONITORING_INTERVAL_MS, async () => {});
    expect(s.node().status?.conditions?.[0]).toMatchObject({ status: 'False', reason: 'KubeletHasSufficientMemory' });
    expect(s.node().spec?.taints).toBeUndefined();
    expect(s.evicted).toHaveLength(1);
    expect(s.clock.nextAt()).toBeUndefined();
  });
});
