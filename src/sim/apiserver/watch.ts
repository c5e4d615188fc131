// Watch fan-out: every committed change becomes an ADDED / MODIFIED / DELETED event, delivered
// synchronously and in commit order to each matching watcher. Events caused by a watcher's own
// handler are queued behind the current one, so every watcher sees one global order.
// Models staging/src/k8s.io/apiserver/pkg/storage/cacher (watch semantics, not its machinery)

import type { KubeObject } from '../api/types.ts';
import { clone } from '../api/clone.ts';
import { fieldValue } from './field-selector.ts';

const NODE_NAME = ['spec', 'nodeName'];
const nodeNameOf = (obj: KubeObject) => fieldValue(obj, 'spec.nodeName', NODE_NAME);

export type WatchEventType = 'ADDED' | 'MODIFIED' | 'DELETED';

export interface WatchEvent<T extends KubeObject = KubeObject> {
  type: WatchEventType;
  object: T;
}

export interface Watch {
  stop(): void;
}

export interface Change {
  resource: string;
  type: WatchEventType;
  object: KubeObject;
  /** The object before the change (MODIFIED only), to tell selection entries and exits. */
  previous?: KubeObject;
  rv: number;
}

export interface Watcher {
  resource: string;
  namespace?: string;
  /** Whether an object is in this watcher's selection (labels, fields). */
  matches(obj: KubeObject): boolean;
  handler(event: WatchEvent): void;
  /**
   * Set when the selection requires `spec.nodeName=<value>` (a kubelet's pods): the hub then
   * offers the watcher only changes of pods on that node, before or after the change.
   */
  nodeName?: string;
}

interface Entry {
  watcher: Watcher;
  /** Order of registration: delivery follows it whichever index found the watcher. */
  seq: number;
  active: boolean;
}

/** One resource's watchers: those indexed by node name, and the rest. */
interface ResourceWatchers {
  rest: Entry[];
  byNode: Map<string, Entry[]>;
}

const HISTORY = 2000;

export class WatchHub {
  private readonly resources = new Map<string, ResourceWatchers>();
  private seq = 0;
  private readonly queue: Change[] = [];
  private draining = false;
  /** Recent changes, for watches that resume from a resourceVersion. */
  readonly history: Change[] = [];

  add(w: Watcher): Watch {
    let r = this.resources.get(w.resource);
    if (!r) this.resources.set(w.resource, (r = { rest: [], byNode: new Map() }));
    const entry: Entry = { watcher: w, seq: this.seq++, active: true };
    let list = r.rest;
    if (w.nodeName !== undefined) {
      list = r.byNode.get(w.nodeName) ?? [];
      r.byNode.set(w.nodeName, list);
    }
    list.push(entry);
    return {
      stop: () => {
        if (!entry.active) return;
        entry.active = false;
        list.splice(list.indexOf(entry), 1);
      },
    };
  }

  publish(change: Change): void {
    this.history.push(change);
    if (this.history.length > HISTORY) this.history.shift();
    this.queue.push(change);
    if (this.draining) return;
    this.draining = true;
    try {
      for (let c = this.queue.shift(); c; c = this.queue.shift()) {
        // Watchers stopped while an event is delivered miss it; those added meanwhile wait for the next.
        for (const e of this.candidates(c)) if (e.active) deliver(e.watcher, c);
      }
    } finally {
      this.draining = false;
    }
  }

  /** The watchers that may select the change's object, in registration order. */
  private candidates(c: Change): Entry[] {
    const r = this.resources.get(c.resource);
    if (!r) return [];
    if (r.byNode.size === 0) return [...r.rest];
    const now = r.byNode.get(nodeNameOf(c.object));
    const before = c.previous ? r.byNode.get(nodeNameOf(c.previous)) : undefined;
    const found = [...r.rest, ...(now ?? []), ...(before && before !== now ? before : [])];
    return found.length > r.rest.length ? found.sort((a, b) => a.seq - b.seq) : found;
  }

  /** The oldest resourceVersion a watch can resume after. */
  oldest(): number | undefined {
    return this.history[0]?.rv;
  }
}

/** Sends one change to one watcher, turning selection entries/exits into ADDED/DELETED. */
export function deliver(w: Watcher, c: Change): void {
  if (w.resource !== c.resource) return;
  if (w.namespace && c.object.metadata.namespace !== w.namespace) return;
  const now = w.matches(c.object);
  if (c.type === 'MODIFIED' && c.previous) {
    const before = w.matches(c.previous);
    if (now && !before) w.handler({ type: 'ADDED', object: clone(c.object) });
    else if (!now && before) w.handler({ type: 'DELETED', object: clone(c.object) });
    else if (now) w.handler({ type: 'MODIFIED', object: clone(c.object) });
    return;
  }
  if (now) w.handler({ type: c.type, object: clone(c.object) });
}
