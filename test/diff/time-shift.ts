// Real kubectl reads the wall clock for every age it computes client side (describe, kubectl
// events), and no clock can be faked for a Go binary. So each real kubectl run sees the cluster
// moved forward in whole seconds by delta = (wall second) - (virtual second): every timestamp in
// the JSON the server returns is shifted, and the absolute dates in its output are shifted back
// before comparing. Ages then match PodLab's at the virtual instant; a run whose wall second ended
// before it printed is detected (delta changed) and run again. Runs are told apart by `--as`,
// which leaves the server URL (and so kubectl's discovery cache) the same for all of them.

import type { Router } from '../../src/machine/serve/router.ts';
import type { HttpResponse } from '../../src/machine/serve/http.ts';

const RFC3339 = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?Z$/;
const second = (ms: number) => Math.floor(ms / 1000) * 1000;

function shiftText(ts: string, delta: number): string {
  const m = /^(.*T\d\d:\d\d:\d\d)(\.\d+)?Z$/.exec(ts)!;
  const shifted = new Date(Date.parse(`${m[1]}Z`) + delta).toISOString().slice(0, 19);
  return `${shifted}${m[2] ?? ''}Z`;
}

function shiftValue(v: unknown, delta: number): unknown {
  if (typeof v === 'string') return RFC3339.test(v) ? shiftText(v, delta) : v;
  if (Array.isArray(v)) return v.map((x) => shiftValue(x, delta));
  if (v && typeof v === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, x] of Object.entries(v)) out[k] = shiftValue(x, delta);
    return out;
  }
  return v;
}

const DAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const pad = (n: number) => String(n).padStart(2, '0');

function rfc1123z(ms: number): string {
  const d = new Date(ms);
  return `${DAYS[d.getUTCDay()]}, ${pad(d.getUTCDate())} ${MONTHS[d.getUTCMonth()]} ${d.getUTCFullYear()} ${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())} +0000`;
}

/** Moves the absolute dates real kubectl printed back by `delta` (RFC 3339 and describe's RFC 1123Z). */
export function unshiftOutput(text: string, delta: number): string {
  return text
    .replace(/\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?Z/g, (ts) => shiftText(ts, -delta))
    .replace(/(Sun|Mon|Tue|Wed|Thu|Fri|Sat), \d\d (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \d{4} \d\d:\d\d:\d\d \+0000/g,
      (t) => rfc1123z(Date.parse(t) - delta));
}

export class TimeShift {
  private readonly deltas = new Map<string, number>();
  private next = 0;
  private readonly simNow: () => number;

  constructor(simNow: () => number) {
    this.simNow = simNow;
  }

  /** The delta a run starting now, or ending now, is served with. */
  currentDelta(): number {
    return second(Date.now()) - second(this.simNow());
  }

  /** A name for one kubectl run (sent as `--as`, the Impersonate-User header), so its requests share one delta. */
  newRun(): string {
    return `r${this.next++}`;
  }

  deltaOf(run: string): number | undefined {
    return this.deltas.get(run);
  }

  wrap(inner: Router): Router {
    return async (req) => {
      const run = req.headers['impersonate-user'];
      if (!run) return inner(req);
      if (!this.deltas.has(run)) this.deltas.set(run, this.currentDelta());
      const delta = this.deltas.get(run)!;
      const res: HttpResponse = await inner(req);
      if (res.body === undefined || !(res.headers['content-type'] ?? '').includes('json')) return res;
      return { ...res, body: `${JSON.stringify(shiftValue(JSON.parse(res.body), delta))}\n` };
    };
  }
}
