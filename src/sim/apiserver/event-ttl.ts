// Events live for one hour after their last write, as the API server's --event-ttl (1h) lease
// on each event key makes them; every write renews the lease.

import type { Timer, VirtualClock } from '../clock.ts';
import type { KubeObject } from '../api/types.ts';

export const EVENT_TTL_MS = 60 * 60 * 1000;

export class EventTTL {
  private readonly clock: VirtualClock;
  private readonly expire: (namespace: string, name: string, resourceVersion: string) => void;
  private readonly timers = new Map<string, Timer>();

  constructor(clock: VirtualClock, expire: (namespace: string, name: string, resourceVersion: string) => void) {
    this.clock = clock;
    this.expire = expire;
  }

  /** (Re)starts the lease of a just-written event. */
  touch(ev: KubeObject): void {
    const ns = ev.metadata.namespace ?? '';
    const name = ev.metadata.name!;
    const rv = ev.metadata.resourceVersion!;
    const key = `${ns}/${name}`;
    this.timers.get(key)?.cancel();
    this.timers.set(key, this.clock.setTimer(EVENT_TTL_MS, () => {
      this.timers.delete(key);
      this.expire(ns, name, rv);
    }));
  }
}
