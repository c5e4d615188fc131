// Helpers for daemons: block until a signal asks them to stop, or until they are killed.

import type { ProcessContext } from '../../../os/process/context.ts';
import type { Signal } from '../../../os/process/signals.ts';

/** Resolves with the first of `signals` delivered; rejects (unwinds) if the process is killed. */
export function untilSignal(ctx: ProcessContext, signals: Signal[]): Promise<Signal> {
  let resolve!: (s: Signal) => void;
  const got = new Promise<Signal>((r) => { resolve = r; });
  for (const s of signals) ctx.onSignal(s, () => resolve(s));
  return ctx.process.block(got);
}

/** Never resolves; the process ends only when a signal ends it. */
export function forever(ctx: ProcessContext): Promise<never> {
  return ctx.process.block(new Promise<never>(() => {}));
}

/** `2026/01/05 09:00:03`, the time format of nginx's error log. */
export function nginxTime(ms: number): string {
  const iso = new Date(ms).toISOString();
  return `${iso.slice(0, 4)}/${iso.slice(5, 7)}/${iso.slice(8, 10)} ${iso.slice(11, 19)}`;
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const DAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];

/** `05/Jan/2026:09:00:10 +0000`, the $time_local of access logs (the node's zone is UTC). */
export function timeLocal(ms: number): string {
  const d = new Date(ms);
  const p = (n: number) => String(n).padStart(2, '0');
  return `${p(d.getUTCDate())}/${MONTHS[d.getUTCMonth()]}/${d.getUTCFullYear()}:${p(d.getUTCHours())}:${p(d.getUTCMinutes())}:${p(d.getUTCSeconds())} +0000`;
}

/** `Mon, 05 Jan 2026 09:00:10 GMT`, HTTP's Date header. */
export function httpDate(ms: number): string {
  return new Date(ms).toUTCString();
}

export { DAYS, MONTHS };
