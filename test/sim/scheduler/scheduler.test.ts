import { describe, it, expect } from 'vitest';
import { VirtualClock } from '../../../src/sim/clock.ts';
import { Random } from '../../../src/sim/random.ts';
import { ApiServer } from '../../../src/sim/apiserver/api-server.ts';
import { EventRecorder } from '../../../src/sim/apiserver/event-recorder.ts';
import { isStatus } from '../../../src/sim/api/errors.ts';
import type { Event, Node, Pod } from '../../../src/sim/api/types.ts';
import { Scheduler } from '../../../src/sim/scheduler/scheduler.ts';
import { DEFAULT_CLUSTER } from '../../../src/sim/cluster/default-cluster.ts';
import { nodeFromDescription, type NodeDescription } from '../../../src/sim/cluster/node-description.ts';

const settle = () => new Promise<void>((r) => setImmediate(r));
const START = Date.UTC(2026, 10, 22, 2, 51, 4);

const TOO_BIG = '0/2 nodes are available: 1 Insufficient memory, 1 node(s) had untolerated taint {node-role.kubernetes.io/control-plane: }. '
  + 'preemption: 0/2 nodes are available: 1 No preemption victims found for incoming pod, 1 Preemption is not helpful for scheduling.';

function cluster(nodes: NodeDescription[] = DEFAULT_CLUSTER.nodes) {
  const clock = new VirtualClock(START);
  const random = new Random(42);
  const api = new ApiServer({ clock, random });
  for (const d of nodes) addNode(api, clock, random, d);
  const scheduler = new Scheduler({ api, clock, random, recorder: new EventRecorder(api, clock) });
  expect(scheduler.start()).toBeUndefined();
  const advance = (ms: number) => clock.runUntil(clock.now() + ms, settle);
  return { api, clock, random, scheduler, advance };
}

function addNode(api: ApiServer, clock: VirtualClock, random: Random, d: NodeDescription): void {
  const created = api.create({ resource: 'nodes', body: nodeFromDescription(d, { now: clock.now(), random }), options: { fieldManager: 'kubelet' } });
  if (isStatus(created)) throw new Error(created.message);
}

function createPod(api: ApiServer, name: string, spec: Record<string, unknown> = {}, labels?: Record<string, string>): void {
  const body = { apiVersion: 'v1', kind: 'Pod', metadata: { name, ...(labels ? { labels } : {}) }, spec: { containers: [{ name: 'c', image: 'nginx' }], ...spec } };
  const created = api.create({ resource: 'pods', namespace: 'default', body, options: { fieldManager: 'kubectl-create' } });
  if (isStatus(created)) throw new Error(created.message);
}

const getPod = (api: ApiServer, name: string) => api.get<Pod>({ resource: 'pods', namespace: 'default', name }) as Pod;
const events = (api: ApiServer, name: string) => {
  const list = api.list<Event>({ resource: 'events', namespace: 'default' });
  if (isStatus(list)) throw new Error(list.message);
  return list.items.filter((e) => e.involvedObject.name === name);
};
const withMemory = (memory: string) => ({ containers: [{ name: 'c', image: 'nginx', resources: { requests: { memory } } }] });

describe('the default scheduler', () => {
  it('binds a pod to node01, not the tainted control plane, and says so from default-scheduler', async () => {
    const { api, advance } = cluster();
    createPod(api, 'nginx');
    await advance(1000);
    const pod = getPod(api, 'nginx');
    expect(pod.spec.nodeName).toBe('node01');
    expect(pod.status?.conditions?.find((c) => c.type === 'PodScheduled')?.status).toBe('True');
    const [ev] = events(api, 'nginx');
    expect(ev).toMatchObject({ type: 'Normal', reason: 'Scheduled', message: 'Successfully assigned default/nginx to node01', source: { component: 'default-scheduler' } });
  });

  it('takes a few virtual milliseconds, not zero and not seconds', async () => {
    const { api, clock, advance } = cluster();
    createPod(api, 'nginx');
    await advance(1);
    expect(getPod(api, 'nginx').spec.nodeName).toBeUndefined();
    await clock.runUntil(clock.now() + 9, settle);
    expect(getPod(api, 'nginx').spec.nodeName).toBe('node01');
  });

  it('leaves a pod bigger than every node Pending with the exact FailedScheduling message', async () => {
    const { api, advance } = cluster();
    createPod(api, 'memory-demo-3', withMemory('1000Gi'));
    await advance(5000);
    const pod = getPod(api, 'memory-demo-3');
    expect(pod.spec.nodeName).toBeUndefined();
    expect(pod.status?.phase).toBe('Pending');
    expect(pod.status?.conditions).toEqual([
      { type: 'PodScheduled', status: 'False', lastProbeTime: null, lastTransitionTime: '2026-11-22T02:51:04Z', reason: 'Unschedulable', message: TOO_BIG },
    ]);
    const evs = events(api, 'memory-demo-3');
    expect(evs).toHaveLength(1);
    expect(evs[0]).toMatchObject({ type: 'Warning', reason: 'FailedScheduling', message: TOO_BIG, count: 1, source: { component: 'default-scheduler' } });
  });

  it('tries such a pod again only after five minutes when nothing changes', async () => {
    const { api, advance } = cluster();
    createPod(api, 'big', withMemory('1000Gi'));
    await advance(299_000);
    expect(events(api, 'big')[0].count).toBe(1);
    await advance(40_000);
    expect(events(api, 'big')[0].count).toBe(2);
  });

  it('schedules the pending pod once a big enough node joins', async () => {
    const { api, clock, random, advance } = cluster();
    createPod(api, 'big', withMemory('6Gi'));
    await advance(60_000);
    expect(getPod(api, 'big').spec.nodeName).toBeUndefined();
    addNode(api, clock, random, { name: 'node02', role: 'worker', ip: '172.30.2.3', podCIDR: '10.244.2.0/24', capacity: { memory: '8Gi' } });
    await advance(1000);
    const pod = getPod(api, 'big');
    expect(pod.spec.nodeName).toBe('node02');
    expect(pod.status?.conditions?.find((c) => c.type === 'PodScheduled')).toMatchObject({ status: 'True' });
    expect(events(api, 'big').map((e) => e.reason)).toEqual(['FailedScheduling', 'Scheduled']);
  });

  it('schedules a pending pod once a pod on node01 is deleted and frees the memory', async () => {
    const { api, advance } = cluster();
    createPod(api, 'first', withMemory('1Gi'));
    await advance(1000);
    createPod(api, 'second', withMemory('1Gi'));
    await advance(10_000);
    expect(getPod(api, 'second').spec.nodeName).toBeUndefined();
    api.delete({ resource: 'pods', namespace: 'default', name: 'first', options: { gracePeriodSeconds: 0, force: true } });
    await advance(1000);
    expect(getPod(api, 'second').spec.nodeName).toBe('node01');
  });

  it('follows a nodeSelector, and waits when no node has the label', async () => {
    const { api, advance } = cluster([
      ...DEFAULT_CLUSTER.nodes,
      { name: 'node02', role: 'worker', ip: '172.30.2.3', podCIDR: '10.244.2.0/24', labels: { disktype: 'ssd' } },
    ]);
    createPod(api, 'ssd', { nodeSelector: { disktype: 'ssd' } });
    createPod(api, 'gpu', { nodeSelector: { gpu: 'true' } });
    await advance(1000);
    expect(getPod(api, 'ssd').spec.nodeName).toBe('node02');
    expect(getPod(api, 'gpu').status?.conditions?.[0].message).toBe(
      "0/3 nodes are available: 1 node(s) had untolerated taint {node-role.kubernetes.io/control-plane: }, 2 node(s) didn't match Pod's node affinity/selector. "
      + 'preemption: 0/3 nodes are available: 3 Preemption is not helpful for scheduling.');
  });

  it('lets a pod that tolerates the taint and selects the control plane run there', async () => {
    const { api, advance } = cluster();
    createPod(api, 'on-cp', {
      nodeSelector: { 'node-role.kubernetes.io/control-plane': '' },
      tolerations: [{ key: 'node-role.kubernetes.io/control-plane', operator: 'Exists', effect: 'NoSchedule' }],
    });
    await advance(1000);
    expect(getPod(api, 'on-cp').spec.nodeName).toBe('controlplane');
  });

  it('spreads two pods with required anti-affinity over two workers, and holds back a third', async () => {
    const { api, advance } = cluster([
      ...DEFAULT_CLUSTER.nodes,
      { name: 'node02', role: 'worker', ip: '172.30.2.3', podCIDR: '10.244.2.0/24' },
    ]);
    const anti = { podAntiAffinity: { requiredDuringSchedulingIgnoredDuringExecution: [{ labelSelector: { matchLabels: { app: 'web' } }, topologyKey: 'kubernetes.io/hostname' }] } };
    for (const n of ['web-1', 'web-2', 'web-3']) createPod(api, n, { affinity: anti }, { app: 'web' });
    await advance(1000);
    const nodes = ['web-1', 'web-2'].map((n) => getPod(api, n).spec.nodeName);
    expect(new Set(nodes)).toEqual(new Set(['node01', 'node02']));
    expect(getPod(api, 'web-3').status?.conditions?.[0].message).toBe(
      "0/3 nodes are available: 1 node(s) had untolerated taint {node-role.kubernetes.io/control-plane: }, 2 node(s) didn't match pod anti-affinity rules. "
      + 'preemption: 0/3 nodes are available: 1 Preemption is not helpful for scheduling, 2 No preemption victims found for incoming pod.');
  });

  it('ignores pods for another scheduler and pods that already name a node', async () => {
    const { api, advance } = cluster();
    createPod(api, 'custom', { schedulerName: 'my-scheduler' });
    createPod(api, 'pinned', { nodeName: 'controlplane' });
    await advance(1000);
    expect(getPod(api, 'custom').spec.nodeName).toBeUndefined();
    expect(events(api, 'custom')).toEqual([]);
    expect(events(api, 'pinned')).toEqual([]);
  });

  it('schedules a cordoned node\'s pod elsewhere and reports a fully cordoned cluster', async () => {
    const { api, advance } = cluster();
    const n = api.get<Node>({ resource: 'nodes', name: 'node01' }) as Node;
    api.update({ resource: 'nodes', name: 'node01', body: { ...n, spec: { ...n.spec, unschedulable: true } } });
    createPod(api, 'p');
    await advance(1000);
    expect(getPod(api, 'p').status?.conditions?.[0].message).toBe(
      '0/2 nodes are available: 1 node(s) had untolerated taint {node-role.kubernetes.io/control-plane: }, 1 node(s) were unschedulable. '
      + 'preemption: 0/2 nodes are available: 2 Preemption is not helpful for scheduling.');
    const cordoned = api.get<Node>({ resource: 'nodes', name: 'node01' }) as Node;
    api.update({ resource: 'nodes', name: 'node01', body: { ...cordoned, spec: { ...cordoned.spec, unschedulable: false } } });
    await advance(1000);
    expect(getPod(api, 'p').spec.nodeName).toBe('node01');
  });

  it('leaves nothing queued and no timer of its own once every pod is placed', async () => {
    const { api, clock, scheduler, advance } = cluster();
    createPod(api, 'nginx');
    await advance(1000);
    expect(scheduler.pending()).toEqual({ active: 0, backoff: 0, unschedulable: 0 });
    // Only the API server's one-hour event TTL is left on the clock.
    expect(clock.nextAt()).toBeGreaterThan(clock.now() + 59 * 60_000);
  });
});

describe('preemption by the default scheduler', () => {
  it('evicts a lower-priority pod for a system-node-critical one, which then takes its place', async () => {
    const { api, advance } = cluster();
    createPod(api, 'low', withMemory('1500Mi'));
    await advance(1000);
    createPod(api, 'critical', { ...withMemory('1Gi'), priorityClassName: 'system-node-critical' });
    await advance(1000);
    const critical = getPod(api, 'critical');
    expect(critical.status?.nominatedNodeName).toBe('node01');
    expect(critical.status?.conditions?.[0].message).toBe('0/2 nodes are available: 1 Insufficient memory, 1 node(s) had untolerated taint {node-role.kubernetes.io/control-plane: }.');
    const low = getPod(api, 'low');
    expect(low.metadata.deletionTimestamp).toBeDefined();
    expect(low.status?.conditions?.find((c) => c.type === 'DisruptionTarget')).toMatchObject({ reason: 'PreemptionByScheduler', message: 'default-scheduler: preempting to accommodate a higher priority pod' });
    expect(events(api, 'low').map((e) => [e.reason, e.message])).toContainEqual(['Preempted', `Preempted by pod ${critical.metadata.uid} on node node01`]);
    // Until the kubelet has stopped the victim, the preemptor waits instead of evicting more;
    // nothing wakes it but the five-minute flush.
    await advance(10_000);
    expect(events(api, 'critical').filter((e) => e.reason === 'FailedScheduling').map((e) => e.count)).toEqual([1]);
    await advance(320_000);
    expect(getPod(api, 'critical').status?.conditions?.[0].message).toMatch(/preemption: not eligible due to a terminating pod on the nominated node\.$/);
    api.delete({ resource: 'pods', namespace: 'default', name: 'low', options: { gracePeriodSeconds: 0, force: true } });
    await advance(1000);
    expect(getPod(api, 'critical').spec.nodeName).toBe('node01');
  });
});

describe('restarting the scheduler', () => {
  it('picks up pods and nodes from a state loaded while it was stopped', async () => {
    const { api, clock, random, scheduler, advance } = cluster();
    createPod(api, 'big', withMemory('6Gi'));
    await advance(1000);
    scheduler.stop();
    const saved = api.snapshot();
    const extra = nodeFromDescription({ name: 'node02', role: 'worker', ip: '172.30.2.3', podCIDR: '10.244.2.0/24', capacity: { memory: '8Gi' } }, { now: clock.now(), random });
    expect(api.load([...saved, extra])).toBeUndefined();
    expect(scheduler.start()).toBeUndefined();
    await advance(1000);
    expect(getPod(api, 'big').spec.nodeName).toBe('node02');
  });
});

describe('scheduling gates', () => {
  // Removing the gates is a pod update the API server must allow (only removal is); once it
  // does, that MODIFIED event puts the pod in the queue like a new one.
  it('hold a pod back without a FailedScheduling event', async () => {
    const { api, advance } = cluster();
    createPod(api, 'gated', { schedulingGates: [{ name: 'example.com/wait' }] });
    createPod(api, 'free');
    await advance(10_000);
    expect(getPod(api, 'gated').spec.nodeName).toBeUndefined();
    expect(events(api, 'gated')).toEqual([]);
    expect(getPod(api, 'free').spec.nodeName).toBe('node01');
  });
});
