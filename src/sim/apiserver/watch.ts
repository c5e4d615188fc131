// Watch fan-out: every committed change becomes an ADDED / MODIFIED / DELETED event, delivered
// synchronously and in commit order to each matching watcher. Events caused by a watcher's own
// handler are queued behind the current one, so every watcher sees one global order.
// Models staging/src/k8s.io/apiserver/pkg/storage/cacher (watch semantics, not its machinery)

import type { KubeObject } from '../api/types.ts';
import { clone } from '../api/clone.ts';

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
}

const HISTORY = 2000;

export class WatchHub {
  private readonly watchers = new Set<Watcher>();
  private readonly queue: Change[] = [];
  private draining = false;
  /** Recent changes, for watches that resume from a resourceVersion. */
  readonly history: Change[] = [];

  add(w: Watcher): Watch {
    this.watchers.add(w);
    return { stop: () => { this.watchers.delete(w); } };
  }

  publish(change: Change): void {
    this.history.push(change);
    if (this.history.length > HISTORY) this.history.shift();
    this.queue.push(change);
    if (this.draining) return;
    this.draining = true;
    try {
      for (let c = this.queue.shift(); c; c = this.queue.shift()) {
        for (const w of [...this.watchers]) if (this.watchers.has(w)) deliver(w, c);
      }
    } finally {
      this.draining = false;
    }
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
