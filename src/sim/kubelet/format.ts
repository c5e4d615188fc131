// Text helpers the kubelet's messages share: pod references and Go duration strings.
// Models pkg/kubelet/util/format/pod.go and Go's time.Duration.String

import type { Pod } from '../api/types.ts';

/** `<name>_<namespace>(<uid>)`, as format.Pod prints a pod in kubelet messages. */
export function formatPod(pod: Pod): string {
  return `${pod.metadata.name}_${pod.metadata.namespace}(${pod.metadata.uid})`;
}

function trimFraction(whole: number, frac: number, digits: number): string {
  if (frac === 0) return String(whole);
  return `${whole}.${String(frac).padStart(digits, '0').replace(/0+$/, '')}`;
}

/**
 * Go's Duration.String for a whole number of milliseconds: `10s`, `1m20s`, `5m0s`, `1.209s`,
 * `500ms`, `1h0m0s`, `0s`.
 */
export function goDuration(ms: number): string {
  if (ms === 0) return '0s';
  const neg = ms < 0;
  let rest = Math.abs(Math.round(ms));
  let out: string;
  if (rest < 1000) {
    out = `${rest}ms`;
  } else {
    const h = Math.floor(rest / 3_600_000);
    rest -= h * 3_600_000;
    const m = Math.floor(rest / 60_000);
    rest -= m * 60_000;
    const s = trimFraction(Math.floor(rest / 1000), rest % 1000, 3) + 's';
    out = h > 0 ? `${h}h${m}m${s}` : m > 0 ? `${m}m${s}` : s;
  }
  return neg ? `-${out}` : out;
}

/** RFC 3339 at second precision, as metav1.Time serialises. */
export function rfc3339(ms: number): string {
  return new Date(Math.floor(ms / 1000) * 1000).toISOString().replace('.000Z', 'Z');
}

/** RFC 3339 with nanoseconds and trailing zeros trimmed (Go's RFC3339Nano), for log timestamps. */
export function rfc3339Nano(ms: number): string {
  const iso = new Date(ms).toISOString();
  const frac = iso.slice(20, 23).replace(/0+$/, '');
  return `${iso.slice(0, 19)}${frac ? `.${frac}` : ''}Z`;
}
