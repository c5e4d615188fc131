import { describe, it, expect } from 'vitest';
import { isStatus } from '../../../src/sim/api/errors.ts';
import type { Event, List, Pod } from '../../../src/sim/api/types.ts';
import { EventRecorder } from '../../../src/sim/apiserver/event-recorder.ts';
import { BackOffStartContainer, PullingImage } from '../../../src/sim/kubelet/events.ts';
import { kubectlRunNginx, newServer } from './support.ts';

const settle = async () => {};

function setup() {
  const { api, clock } = newServer();
  const pod = api.create<Pod>({ resource: 'pods', body: kubectlRunNginx() });
  if (isStatus(pod)) throw new Error(pod.message);
  const recorder = new EventRecorder(api, clock);
  const events = () => (api.list<Event>({ resource: 'events', namespace: 'default' }) as List<Event>).items;
  return { api, clock, pod, recorder, events };
}

describe('EventRecorder', () => {
  it('records an event about a pod with its source and involved object', () => {
    const { pod, recorder, events } = setup();
    recorder.eventf(pod, 'Normal', PullingImage, 'Pulling image "nginx"', { component: 'kubelet', host: 'node01', fieldPath: 'spec.containers{nginx}' });
    const [ev] = events();
    expect(ev.metadata.name).toMatch(/^nginx\.[0-9a-f]{16}$/);
    expect(ev).toMatchObject({
      reason: 'Pulling', message: 'Pulling image "nginx"', type: 'Normal', count: 1,
      source: { component: 'kubelet', host: 'node01' },
      firstTimestamp: '2026-11-22T02:51:04Z', lastTimestamp: '2026-11-22T02:51:04Z',
      involvedObject: { apiVersion: 'v1', kind: 'Pod', name: 'nginx', namespace: 'default', uid: pod.metadata.uid, fieldPath: 'spec.containers{nginx}' },
    });
  });

  it('aggregates identical events into one object with a count and the last time', async () => {
    const { clock, pod, recorder, events } = setup();
    const src = { component: 'kubelet', host: 'node01', fieldPath: 'spec.containers{nginx}' };
    const msg = `Back-off restarting failed container nginx in pod nginx_default(${pod.metadata.uid})`;
    recorder.eventf(pod, 'Warning', BackOffStartContainer, msg, src);
    await clock.runUntil(clock.now() + 20_000, settle);
    recorder.eventf(pod, 'Warning', BackOffStartContainer, msg, src);
    await clock.runUntil(clock.now() + 20_000, settle);
    recorder.eventf(pod, 'Warning', BackOffStartContainer, msg, src);
    recorder.eventf(pod, 'Warning', BackOffStartContainer, 'a different message', src);
    const list = events();
    expect(list).toHaveLength(2);
    expect(list.find((e) => e.message === msg)).toMatchObject({ count: 3, firstTimestamp: '2026-11-22T02:51:04Z', lastTimestamp: '2026-11-22T02:51:44Z' });
  });

  it('lets events expire one hour after their last update', async () => {
    const { clock, pod, recorder, events } = setup();
    const src = { component: 'kubelet', host: 'node01' };
    recorder.eventf(pod, 'Normal', 'Scheduled', 'x', src);
    await clock.runUntil(clock.now() + 30 * 60_000, settle);
    recorder.eventf(pod, 'Normal', 'Scheduled', 'x', src);
    await clock.runUntil(clock.now() + 59 * 60_000, settle);
    expect(events()).toHaveLength(1);
    await clock.runUntil(clock.now() + 2 * 60_000, settle);
    expect(events()).toHaveLength(0);
    recorder.eventf(pod, 'Normal', 'Scheduled', 'x', src);
    expect(events()[0].count).toBe(1);
  });
});
