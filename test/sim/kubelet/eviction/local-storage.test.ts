import { describe, expect, it } from 'vitest';
import { VirtualClock } from '../../../../src/sim/clock.ts';
import { Random } from '../../../../src/sim/random.ts';
import { ApiServer } from '../../../../src/sim/apiserver/api-server.ts';
import type { Pod, PodCondition } from '../../../../src/sim/api/types.ts';
import { EvictionManager, MONITORING_INTERVAL_MS } from '../../../../src/sim/kubelet/eviction/eviction-manager.ts';
import { emptyDirLimitMessage } from '../../../../src/sim/kubelet/eviction/helpers.ts';
import type { KubeletRecorder } from '../../../../src/sim/kubelet/recorder.ts';

const Mi = 1024 * 1024;

function pod(name: string, volumes: Pod['spec']['volumes'], annotations?: Record<string, string>): Pod {
  return {
    apiVersion: 'v1', kind: 'Pod', metadata: { name, namespace: 'default', uid: `uid-${name}`, annotations },
    spec: { containers: [{ name: 'c', image: 'x' }], volumes },
  } as Pod;
}

describe('emptyDirLimitMessage', () => {
  const cache = (emptyDir: object) => pod('p', [{ name: 'cache', emptyDir }]);
  it.each([
    ['usage above the sizeLimit', cache({ sizeLimit: '1Ki' }), 1025, 'Usage of EmptyDir volume "cache" exceeds the limit "1Ki". '],
    ['usage exactly at the sizeLimit', cache({ sizeLimit: '1Ki' }), 1024, undefined],
    ['no sizeLimit', cache({}), 50 * Mi, undefined],
    ['a zero sizeLimit, which upstream ignores', cache({ sizeLimit: '0' }), 10, undefined],
    ['a decimal sizeLimit as the API stores it', cache({ sizeLimit: '10M' }), 10_000_001, 'Usage of EmptyDir volume "cache" exceeds the limit "10M". '],
  ])('%s', (_, p, used, want) => {
    expect(emptyDirLimitMessage(p, new Map([['cache', used]]))).toBe(want);
  });
});

describe('EvictionManager and emptyDir sizeLimits', () => {
  function setup(pods: Pod[], usage: Map<string, Map<string, number>>) {
    const clock = new VirtualClock(Date.UTC(2026, 0, 5, 9));
    const api = new ApiServer({ clock, random: new Random(1) });
    api.create({ resource: 'nodes', body: { apiVersion: 'v1', kind: 'Node', metadata: { name: 'node01' }, status: { conditions: [] } } });
    const events: string[] = [];
    const recorder = {
      podEvent: (p: Pod, type: string, reason: string, message: string) => events.push(`${p.metadata.name} ${type} ${reason} ${message}`),
      nodeEvent: () => {},
    } as unknown as KubeletRecorder;
    let changed = () => {};
    const evicted: { name: string; reason: string; message: string; condition?: PodCondition }[] = [];
    const m = new EvictionManager({
      api, clock, recorder, nodeName: 'node01', capacityBytes: 2000 * Mi, systemBytes: 240 * Mi,
      stats: () => [], onMemoryChange: () => () => {}, pods: () => pods,
      evict: (p, reason, message, condition) => evicted.push({ name: p.metadata.name!, reason, message, condition }),
      emptyDirUsage: (p) => usage.get(p.metadata.name!) ?? new Map(),
      onEmptyDirChange: (l) => { changed = l; return () => {}; },
    });
    return { clock, m, events, evicted, change: () => changed() };
  }

  it('evicts a pod whose emptyDir outgrew its sizeLimit on the next monitoring turn, without memory pressure and without a DisruptionTarget', async () => {
    const s = setup(
      [pod('fine', [{ name: 'v', emptyDir: { sizeLimit: '1Mi' } }]), pod('full', [{ name: 'cache', emptyDir: { sizeLimit: '1Ki' } }])],
      new Map([['fine', new Map([['v', 10]])], ['full', new Map([['cache', 3893]])]]),
    );
    s.m.start();
    s.change();
    expect(s.evicted).toEqual([]);
    await s.clock.runUntil(s.clock.now() + MONITORING_INTERVAL_MS, async () => {});
    expect(s.evicted).toEqual([{ name: 'full', reason: 'Evicted', message: 'Usage of EmptyDir volume "cache" exceeds the limit "1Ki". ', condition: undefined }]);
    expect(s.events).toEqual(['full Warning Evicted Usage of EmptyDir volume "cache" exceeds the limit "1Ki". ']);
    expect(s.clock.nextAt()).toBeUndefined();
  });

  it('never evicts a static pod for its emptyDir', async () => {
    const s = setup(
      [pod('static', [{ name: 'cache', emptyDir: { sizeLimit: '1Ki' } }], { 'kubernetes.io/config.source': 'file' })],
      new Map([['static', new Map([['cache', 4096]])]]),
    );
    s.m.start();
    s.change();
    await s.clock.runUntil(s.clock.now() + MONITORING_INTERVAL_MS, async () => {});
    expect(s.evicted).toEqual([]);
  });
});
