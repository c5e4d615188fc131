// The one clock of a simulated machine. Nothing in the core reads the wall clock: every wait in
// the cluster, in container processes and in `sleep` is a timer on this clock. Hosts (the worker,
// `podlab run`, tests) decide how fast virtual time passes by calling `runUntil`.

export interface Timer {
  cancel(): void;
}

/** Lets the host drain pending promise jobs between two timers (a macrotask hop). */
export type Settle = () => Promise<void>;

interface Entry {
  at: number;
  seq: number;
  fn: () => void;
  cancelled: boolean;
}

export class VirtualClock {
  private _now: number;
  private seq = 0;
  private readonly heap: Entry[] = [];

  constructor(startMs: number) {
    this._now = startMs;
  }

  /** Milliseconds since the Unix epoch, in virtual time. */
  now(): number {
    return this._now;
  }

  setTimer(delayMs: number, fn: () => void): Timer {
    const entry: Entry = { at: this._now + Math.max(0, delayMs), seq: this.seq++, fn, cancelled: false };
    this.push(entry);
    return { cancel: () => { entry.cancelled = true; } };
  }

  /** Resolves after `ms` of virtual time; `cancelOn` may reject it early (signals). */
  sleep(ms: number): Promise<void> {
    return new Promise((resolve) => { this.setTimer(ms, resolve); });
  }

  /** When the next live timer fires, or undefined when none is pending. */
  nextAt(): number | undefined {
    this.dropCancelled();
    return this.heap[0]?.at;
  }

  /** Jumps the clock without firing anything: for loading a saved state at its own instant. */
  set(ms: number): void {
    this._now = ms;
  }

  /**
   * Fires, in order, every timer due up to `target`, letting the host settle between timers so
   * work a timer starts (and the timers that work sets) happens before later timers.
   * Same timers + same settle = same order, whatever the host's speed.
   */
  async runUntil(target: number, settle: Settle, limit = Infinity): Promise<number> {
    let fired = 0;
    await settle();
    for (;;) {
      const next = this.nextAt();
      if (next === undefined || next > target || fired >= limit) break;
      const entry = this.pop()!;
      if (entry.at > this._now) this._now = entry.at;
      fired++;
      entry.fn();
      await settle();
    }
    if (target > this._now && fired < limit) this._now = target;
    await settle();
    return fired;
  }

  /** Number of live timers, for tests and benchmarks. */
  pending(): number {
    return this.heap.filter((e) => !e.cancelled).length;
  }

  private dropCancelled(): void {
    while (this.heap.length > 0 && this.heap[0].cancelled) this.pop();
  }

  private less(a: Entry, b: Entry): boolean {
    return a.at < b.at || (a.at === b.at && a.seq < b.seq);
  }

  private push(e: Entry): void {
    const h = this.heap;
    h.push(e);
    let i = h.length - 1;
    while (i > 0) {
      const p = (i - 1) >> 1;
      if (!this.less(h[i], h[p])) break;
      [h[i], h[p]] = [h[p], h[i]];
      i = p;
    }
  }

  private pop(): Entry | undefined {
    const h = this.heap;
    if (h.length === 0) return undefined;
    const top = h[0];
    const last = h.pop()!;
    if (h.length > 0) {
      h[0] = last;
      let i = 0;
      for (;;) {
        const l = 2 * i + 1, r = l + 1;
        let m = i;
        if (l < h.length && this.less(h[l], h[m])) m = l;
        if (r < h.length && this.less(h[r], h[m])) m = r;
        if (m === i) break;
        [h[i], h[m]] = [h[m], h[i]];
        i = m;
      }
    }
    return top;
  }
}
