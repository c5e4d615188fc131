// Ages as kubectl prints them (AGE column, event ages, "lasts 5m") and Go's time.Duration text
// (used inside messages such as "Back-off 10s restarting failed container").
// Models k8s.io/apimachinery/pkg/util/duration/duration.go (HumanDuration) and Go's
// time.Duration.String.

const SECOND = 1000;
const MINUTE = 60 * SECOND;
const HOUR = 60 * MINUTE;

/** HumanDuration: a duration in milliseconds as `13s`, `2m10s`, `45m`, `2d9h`, `3y12d`... */
export function humanDuration(ms: number): string {
  const seconds = Math.trunc(ms / SECOND);
  // Up to two seconds in the future is tolerated as clock skew and shown as now.
  if (seconds < -1) return '<invalid>';
  if (seconds < 0) return '0s';
  if (seconds < 60 * 2) return `${seconds}s`;
  const minutes = Math.trunc(ms / MINUTE);
  if (minutes < 10) {
    const s = seconds % 60;
    return s === 0 ? `${minutes}m` : `${minutes}m${s}s`;
  }
  if (minutes < 60 * 3) return `${minutes}m`;
  const hours = Math.trunc(ms / HOUR);
  if (hours < 8) {
    const m = minutes % 60;
    return m === 0 ? `${hours}h` : `${hours}h${m}m`;
  }
  if (hours < 48) return `${hours}h`;
  if (hours < 24 * 8) {
    const h = hours % 24;
    return h === 0 ? `${Math.trunc(hours / 24)}d` : `${Math.trunc(hours / 24)}d${h}h`;
  }
  if (hours < 24 * 365 * 2) return `${Math.trunc(hours / 24)}d`;
  if (hours < 24 * 365 * 8) {
    const dy = Math.trunc(hours / 24) % 365;
    const y = Math.trunc(hours / 24 / 365);
    return dy === 0 ? `${y}y` : `${y}y${dy}d`;
  }
  return `${Math.trunc(hours / 24 / 365)}y`;
}

/** Parses an RFC 3339 API timestamp; undefined for a missing (zero) time. */
export function parseTime(timestamp: string | null | undefined): number | undefined {
  if (timestamp === undefined || timestamp === null || timestamp === '') return undefined;
  const ms = Date.parse(timestamp);
  return Number.isNaN(ms) ? undefined : ms;
}

/** translateTimestampSince: the age of an API timestamp at `now`, `<unknown>` when unset. */
export function translateTimestampSince(timestamp: string | null | undefined, now: number): string {
  const t = parseTime(timestamp);
  if (t === undefined) return '<unknown>';
  return humanDuration(now - t);
}

/** Go's time.Duration.String() for a duration in milliseconds: `10s`, `1m20s`, `5m0s`, `1.209s`. */
export function goDuration(ms: number): string {
  if (ms === 0) return '0s';
  const negative = ms < 0;
  let rest = Math.abs(ms);
  let out: string;
  if (rest < SECOND) {
    // Go switches to ms/µs/ns below one second; milliseconds are all PodLab's clock carries.
    out = `${trimFraction(String(rest))}ms`;
  } else {
    const h = Math.floor(rest / HOUR);
    rest -= h * HOUR;
    const m = Math.floor(rest / MINUTE);
    rest -= m * MINUTE;
    const s = trimFraction((rest / SECOND).toFixed(3));
    out = h > 0 ? `${h}h${m}m${s}s` : m > 0 ? `${m}m${s}s` : `${s}s`;
  }
  return negative ? `-${out}` : out;
}

function trimFraction(text: string): string {
  return text.includes('.') ? text.replace(/0+$/, '').replace(/\.$/, '') : text;
}

const DAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** Go's time.RFC1123Z layout in UTC, as describe prints absolute times: `Sun, 22 Nov 2026 02:50:24 +0000`. */
export function formatRFC1123Z(timestamp: string | null | undefined): string {
  const t = parseTime(timestamp);
  // A zero metav1.Time formats as Go's zero time.
  if (t === undefined) return 'Mon, 01 Jan 0001 00:00:00 +0000';
  const d = new Date(t);
  const two = (n: number) => String(n).padStart(2, '0');
  return (
    `${DAYS[d.getUTCDay()]}, ${two(d.getUTCDate())} ${MONTHS[d.getUTCMonth()]} ${d.getUTCFullYear()} ` +
    `${two(d.getUTCHours())}:${two(d.getUTCMinutes())}:${two(d.getUTCSeconds())} +0000`
  );
}
