// Dates as `date -d` and `touch -d` read them (the forms a learner types), and strftime(3) for
// `date +FORMAT`. Everything is UTC: the simulated machines run with TZ unset.

const DAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const FULL_DAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const FULL_MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** Epoch ms for `@1700000000`, `2025-01-01`, `2025-01-01 10:00[:00]`, ISO with T/Z, `now`. */
export function parseDate(text: string, now: number): number | undefined {
  const s = text.trim();
  if (s === '' || s === 'now') return now;
  if (/^@-?\d+(\.\d+)?$/.test(s)) return Math.round(Number(s.slice(1)) * 1000);
  const m = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[ T](\d{1,2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?)?\s*(Z|UTC|[+-]\d{2}:?\d{2})?$/.exec(s);
  if (m) {
    const t = Date.UTC(+m[1], +m[2] - 1, +m[3], +(m[4] ?? 0), +(m[5] ?? 0), +(m[6] ?? 0));
    const tz = m[7] && m[7] !== 'Z' && m[7] !== 'UTC' ? m[7].replace(':', '') : '';
    const offset = tz ? (tz[0] === '-' ? -1 : 1) * (Number(tz.slice(1, 3)) * 60 + Number(tz.slice(3, 5))) * 60000 : 0;
    return Number.isNaN(t) ? undefined : t - offset;
  }
  const rel = /^([+-]?\d+)\s*(second|sec|minute|min|hour|day|week)s?(\s+ago)?$/.exec(s);
  if (rel) {
    const unit = { second: 1, sec: 1, minute: 60, min: 60, hour: 3600, day: 86400, week: 604800 }[rel[2]]!;
    return now + (rel[3] ? -1 : 1) * Number(rel[1]) * unit * 1000;
  }
  if (s === 'yesterday') return now - 86400000;
  if (s === 'tomorrow') return now + 86400000;
  return undefined;
}

const pad = (n: number, w = 2, c = '0') => String(n).padStart(w, c);

/** strftime(3) in UTC for the conversions people use. */
export function strftime(format: string, ms: number): string {
  const d = new Date(ms);
  const Y = d.getUTCFullYear();
  const mo = d.getUTCMonth();
  const day = d.getUTCDate();
  const H = d.getUTCHours();
  const M = d.getUTCMinutes();
  const S = d.getUTCSeconds();
  const wd = d.getUTCDay();
  const yday = Math.floor((Date.UTC(Y, mo, day) - Date.UTC(Y, 0, 1)) / 86400000) + 1;
  const conv: Record<string, () => string> = {
    Y: () => String(Y), y: () => pad(Y % 100), m: () => pad(mo + 1), d: () => pad(day), e: () => pad(day, 2, ' '),
    H: () => pad(H), I: () => pad(H % 12 || 12), M: () => pad(M), S: () => pad(S), p: () => (H < 12 ? 'AM' : 'PM'),
    P: () => (H < 12 ? 'am' : 'pm'), a: () => DAYS[wd], A: () => FULL_DAYS[wd], b: () => MONTHS[mo], h: () => MONTHS[mo],
    B: () => FULL_MONTHS[mo], j: () => pad(yday, 3), u: () => String(wd || 7), w: () => String(wd),
    s: () => String(Math.floor(ms / 1000)), N: () => pad((ms % 1000) * 1e6, 9), Z: () => 'UTC', z: () => '+0000',
    n: () => '\n', t: () => '\t', '%': () => '%', F: () => `${Y}-${pad(mo + 1)}-${pad(day)}`, T: () => `${pad(H)}:${pad(M)}:${pad(S)}`,
    D: () => `${pad(mo + 1)}/${pad(day)}/${pad(Y % 100)}`, R: () => `${pad(H)}:${pad(M)}`, C: () => pad(Math.floor(Y / 100)),
    c: () => `${DAYS[wd]} ${MONTHS[mo]} ${pad(day, 2, ' ')} ${pad(H)}:${pad(M)}:${pad(S)} ${Y}`,
    x: () => `${pad(mo + 1)}/${pad(day)}/${pad(Y % 100)}`, X: () => `${pad(H)}:${pad(M)}:${pad(S)}`,
    k: () => pad(H, 2, ' '), l: () => pad(H % 12 || 12, 2, ' '),
  };
  return format.replace(/%(-?)([a-zA-Z%])/g, (all, dash: string, c: string) => {
    const fn = conv[c];
    if (!fn) return all;
    const v = fn();
    return dash ? v.replace(/^[0 ]+(?=\d)/, '') : v;
  });
}
