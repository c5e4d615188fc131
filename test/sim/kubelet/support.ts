import { VirtualClock } from '../../../src/sim/clock.ts';
import { Random } from '../../../src/sim/random.ts';
import { ApiServer } from '../../../src/sim/apiserver/api-server.ts';
import { EventRecorder } from '../../../src/sim/apiserver/event-recorder.ts';
import { isStatus } from '../../../src/sim/api/errors.ts';
import type { Event, Pod } from '../../../src/sim/api/types.ts';
import { Kubelet } from '../../../src/sim/kubelet/kubelet.ts';
import { FakeRuntime, type Behaviour, type CatalogImage } from '../../support/fake-runtime.ts';
import type { ContainerConfig } from '../../../src/sim/cri/types.ts';

export const START = Date.UTC(2026, 10, 22, 2, 51, 4);
export const settle = () => new Promise<void>((r) => setImmediate(r));

export const CATALOG: Record<string, CatalogImage> = {
  'docker.io/library/nginx:latest': { sizeBytes: 72099501, pullMs: 1209 },
  'docker.io/library/busybox:latest': { sizeBytes: 2156519, pullMs: 800 },
  'docker.io/library/busybox:1.28': { sizeBytes: 727869, pullMs: 700 },
};

export interface Cluster {
  clock: VirtualClock;
  api: ApiServer;
  runtime: FakeRuntime;
  kubelet: Kubelet;
  /** Advances virtual time by `ms`, settling between timers. */
  advance(ms: number): Promise<void>;
  pod(name: string, ns?: string): Pod | undefined;
  events(name: string): string[];
  create(pod: unknown): Pod;
}

export async function newCluster(behaviour: (c: ContainerConfig) => Behaviour = () => ({}), catalog = CATALOG): Promise<Cluster> {
  const clock = new VirtualClock(START);
  const random = new Random(42);
  const api = new ApiServer({ clock, random });
  const runtime = new FakeRuntime(clock, catalog, behaviour);
  const kubelet = new Kubelet({
    node: { name: 'node01', internalIP: '172.30.2.2', podCIDR: '10.244.1.0/24', capacity: { cpu: '2', memory: '4014460Ki', pods: '110' } },
    api, events: new EventRecorder(api, clock), runtime, images: runtime, clock, random, startupEvents: false,
  });
  const err = kubelet.start();
  if (err) throw new Error(err.message);
  const c: Cluster = {
    clock, api, runtime, kubelet,
    async advance(ms) { await clock.runUntil(clock.now() + ms, settle); },
    pod(name, ns = 'default') {
      const p = api.get<Pod>({ resource: 'pods', namespace: ns, name });
      return isStatus(p) ? undefined : p;
    },
    events(name) {
      const list = api.list<Event>({ resource: 'events', namespace: 'default' });
      if (isStatus(list)) return [];
      return list.items.filter((e) => e.involvedObject.name === name)
        .map((e) => `${e.type} ${e.reason} ${e.message}${(e.count ?? 1) > 1 ? ` (x${e.count})` : ''}`);
    },
    create(body) {
      const p = api.create<Pod>({ resource: 'pods', namespace: 'default', body });
      if (isStatus(p)) throw new Error(p.message);
      return p;
    },
  };
  await settle();
  return c;
}

/** A pod already bound to node01, as the scheduler leaves it. */
export function podBody(name: string, spec: Record<string, unknown>): Record<string, unknown> {
  return { apiVersion: 'v1', kind: 'Pod', metadata: { name }, spec: { nodeName: 'node01', ...spec } };
}

/** Binds through the API as the scheduler does (PodScheduled condition, `Scheduled` event is the scheduler's). */
export function bind(c: Cluster, name: string): void {
  const s = c.api.bind({ namespace: 'default', name, node: 'node01' });
  if (s.status === 'Failure') throw new Error(s.message);
}
