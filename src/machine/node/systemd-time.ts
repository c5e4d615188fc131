// How systemd writes instants and spans: `Mon 2026-01-05 09:00:00 UTC`, `3 days ago`,
// `1min 2.345s`. Pure.
// Models systemd src/basic/time-util.c (format_timestamp, format_timestamp_relative, format_timespan)

const DAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];

export function systemdTimestamp(ms: number): string {
  const d = new Date(ms);
  return `${DAYS[d.getUTCDay()]} ${d.toISOString().slice(0, 10)} ${d.toISOString().slice(11, 19)} UTC`;
}

const SEC = 1000;
const MIN = 60 * SEC;
const HOUR = 60 * MIN;
const DAY = 24 * HOUR;
const WEEK = 7 * DAY;
const MONTH = 2629800 * SEC;
const YEAR = 31557600 * SEC;

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

export function systemdRelative(deltaMs: number): string {
  const d = Math.max(0, deltaMs);
  if (d >= YEAR) return `${plural(Math.floor(d / YEAR), 'year')} ${plural(Math.floor((d % YEAR) / MONTH), 'month')} ago`;
  if (d >= MONTH) return `${plural(Math.floor(d / MONTH), 'month')} ${plural(Math.floor((d % MONTH) / DAY), 'day')} ago`;
  if (d >= WEEK) return `${plural(Math.floor(d / WEEK), 'week')} ${plural(Math.floor((d % WEEK) / DAY), 'day')} ago`;
  if (d >= 2 * DAY) return `${Math.floor(d / DAY)} days ago`;
  if (d >= 25 * HOUR) return `1 day ${Math.floor((d - DAY) / HOUR)}h ago`;
  if (d >= 6 * HOUR) return `${Math.floor(d / HOUR)}h ago`;
  if (d >= HOUR) return `${Math.floor(d / HOUR)}h ${Math.floor((d % HOUR) / MIN)}min ago`;
  if (d >= 5 * MIN) return `${Math.floor(d / MIN)}min ago`;
  if (d >= MIN) return `${Math.floor(d / MIN)}min ${Math.floor((d % MIN) / SEC)}s ago`;
  if (d >= SEC) return `${Math.floor(d / SEC)}s ago`;
  if (d > 0) return `${d}ms ago`;
  return 'now';
}

/** A span to the millisecond: `3d 2h 5min 12.345s`, `1min 2.5s`, `850ms`. */
export function systemdTimespan(ms: number): string {
  const units: [number, string][] = [[YEAR, 'y'], [MONTH, 'month'], [WEEK, 'w'], [DAY, 'd'], [HOUR, 'h'], [MIN, 'min']];
  const parts: string[] = [];
  let rest = Math.max(0, Math.round(ms));
  for (const [size, unit] of units) {
    if (rest < size) continue;
    parts.push(`${Math.floor(rest / size)}${unit}`);
    rest %= size;
  }
  if (rest >= SEC) {
    const frac = String(rest % SEC).padStart(3, '0').replace(/0+$/, '');
    parts.push(`${Math.floor(rest / SEC)}${frac ? `.${frac}` : ''}s`);
  } else if (rest > 0) {
    parts.push(`${rest}ms`);
  }
  return parts.length > 0 ? parts.join(' ') : '0';
}
