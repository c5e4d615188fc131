// Per-key exponential back-off: 10 s doubling to 300 s for container restarts (key
// `<podUID>_<container>`) and for image pulls (key `<podUID>_<image>`). An entry left alone for
// twice the maximum (10 minutes) starts over, which is why a container that ran ten minutes
// restarts at once again. Durations are milliseconds of virtual time.
// Models staging/src/k8s.io/client-go/util/flowcontrol/backoff.go

import type { VirtualClock } from '../clock.ts';

interface Entry {
  backoff: number;
  lastUpdate: number;
}

export class Backoff {
  private readonly clock: VirtualClock;
  private readonly initial: number;
  private readonly max: number;
  private readonly entries = new Map<string, Entry>();

  constructor(clock: VirtualClock, initialMs: number, maxMs: number) {
    this.clock = clock;
    this.initial = initialMs;
    this.max = maxMs;
  }

  /** The current delay for `id` (0 when it has none). */
  get(id: string): number {
    return this.entries.get(id)?.backoff ?? 0;
  }

  /** Moves `id` one step: the initial delay for a new or expired entry, else double (capped). */
  next(id: string, eventTime: number): void {
    const e = this.entries.get(id);
    if (!e || this.hasExpired(eventTime, e.lastUpdate)) {
      this.entries.set(id, { backoff: this.initial, lastUpdate: this.clock.now() });
      return;
    }
    e.backoff = Math.min(e.backoff * 2, this.max);
    e.lastUpdate = this.clock.now();
  }

  /** Whether less than the delay has passed since `eventTime` (container restarts: the last exit). */
  isInBackOffSince(id: string, eventTime: number): boolean {
    const e = this.entries.get(id);
    if (!e || this.hasExpired(eventTime, e.lastUpdate)) return false;
    return this.clock.now() - eventTime < e.backoff;
  }

  /** Whether less than the delay has passed since the entry's last update (image pulls). */
  isInBackOffSinceUpdate(id: string, eventTime: number): boolean {
    const e = this.entries.get(id);
    if (!e || this.hasExpired(eventTime, e.lastUpdate)) return false;
    return eventTime - e.lastUpdate < e.backoff;
  }

  /** When the back-off of `id` measured from `since` (default: its last update) ends. */
  endsAt(id: string, since?: number): number | undefined {
    const e = this.entries.get(id);
    return e ? (since ?? e.lastUpdate) + e.backoff : undefined;
  }

  reset(id: string): void {
    this.entries.delete(id);
  }

  /** Forgets every entry whose key starts with `prefix` (a pod's keys once it is gone). */
  resetPrefix(prefix: string): void {
    for (const k of [...this.entries.keys()]) if (k.startsWith(prefix)) this.entries.delete(k);
  }

  /** Drops entries idle for longer than twice the maximum. */
  gc(): void {
    const now = this.clock.now();
    for (const [k, e] of this.entries) if (this.hasExpired(now, e.lastUpdate)) this.entries.delete(k);
  }

  private hasExpired(eventTime: number, lastUpdate: number): boolean {
    return eventTime - lastUpdate > this.max * 2;
  }
}
