import { describe, it, expect } from 'vitest';
import type { KubeObject } from '../../../src/sim/api/types.ts';
import { WatchHub, type Watcher } from '../../../src/sim/apiserver/watch.ts';

const pod = (name: string, nodeName?: string): KubeObject =>
  ({ apiVersion: 'v1', kind: 'Pod', metadata: { name, namespace: 'default' }, spec: nodeName ? { nodeName } : {} }) as KubeObject;

function recorder(hub: WatchHub, name: string, seen: string[], nodeName?: string): void {
  const w: Watcher = {
    resource: 'pods',
    matches: (o) => nodeName === undefined || (o as { spec?: { nodeName?: string } }).spec?.nodeName === nodeName,
    handler: (e) => seen.push(`${name} ${e.type} ${e.object.metadata.name}`),
  };
  if (nodeName !== undefined) w.nodeName = nodeName;
  hub.add(w);
}

describe('the watch hub', () => {
  it('offers a pod change to its node\'s watchers and the unindexed ones, in registration order', () => {
    const hub = new WatchHub();
    const seen: string[] = [];
    recorder(hub, 'kubelet-b', seen, 'node-b');
    recorder(hub, 'scheduler', seen);
    recorder(hub, 'kubelet-a', seen, 'node-a');
    hub.publish({ resource: 'pods', type: 'ADDED', object: pod('web'), rv: 1 });
    hub.publish({ resource: 'pods', type: 'MODIFIED', object: pod('web', 'node-a'), previous: pod('web'), rv: 2 });
    hub.publish({ resource: 'pods', type: 'MODIFIED', object: pod('web', 'node-b'), previous: pod('web', 'node-a'), rv: 3 });
    expect(seen).toEqual([
      'scheduler ADDED web',
      'scheduler MODIFIED web', 'kubelet-a ADDED web',
      'kubelet-b ADDED web', 'scheduler MODIFIED web', 'kubelet-a DELETED web',
    ]);
  });

  it('stops delivering to a watch once stopped, even within the change being delivered', () => {
    const hub = new WatchHub();
    const seen: string[] = [];
    let second: { stop(): void } | undefined;
    hub.add({ resource: 'pods', nodeName: 'n', matches: () => true, handler: () => { seen.push('first'); second?.stop(); } });
    second = hub.add({ resource: 'pods', nodeName: 'n', matches: () => true, handler: () => seen.push('second') });
    hub.publish({ resource: 'pods', type: 'ADDED', object: pod('web', 'n'), rv: 1 });
    expect(seen).toEqual(['first']);
  });
});
