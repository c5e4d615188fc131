// What ping prints, as pure functions of what happened: busybox's lines (containers) and
// iputils' (the Ubuntu-like nodes).
// Models busybox networking/ping.c and iputils ping/ping_common.c

export interface PingSummary {
  /** The name as typed (statistics heading). */
  host: string;
  transmitted: number;
  /** Round-trip times in microseconds, one per reply. */
  rtts: number[];
  /** Milliseconds from the first echo sent to the last packet (iputils' `time`). */
  elapsedMs: number;
}

const micros = (us: number): string => `${Math.floor(us / 1000)}.${String(us % 1000).padStart(3, '0')}`;

export function busyboxHeader(host: string, ip: string, size: number): string {
  return `PING ${host} (${ip}): ${size} data bytes\n`;
}

export function busyboxReply(ip: string, size: number, seq: number, ttl: number, rttUs: number): string {
  return `${size + 8} bytes from ${ip}: seq=${seq} ttl=${ttl} time=${micros(rttUs)} ms\n`;
}

/** The blank line, heading and totals busybox prints at the end (and on Ctrl-C). */
export function busyboxStatistics(s: PingSummary): string {
  const received = s.rtts.length;
  const loss = s.transmitted === 0 ? 0 : Math.floor(((s.transmitted - received) * 100) / s.transmitted);
  let text = `\n--- ${s.host} ping statistics ---\n${s.transmitted} packets transmitted, ${received} packets received, ${loss}% packet loss\n`;
  if (received > 0) {
    const min = Math.min(...s.rtts);
    const max = Math.max(...s.rtts);
    const avg = Math.floor(s.rtts.reduce((a, b) => a + b, 0) / received);
    text += `round-trip min/avg/max = ${micros(min)}/${micros(avg)}/${micros(max)} ms\n`;
  }
  return text;
}

export function iputilsHeader(host: string, ip: string, size: number): string {
  return `PING ${host} (${ip}) ${size}(${size + 28}) bytes of data.\n`;
}

/** iputils prints fewer decimals as the time grows: 0.081, 1.23, 12.3, 123. */
export function iputilsTime(us: number): string {
  if (us >= 100000 - 50) return `${Math.floor((us + 500) / 1000)}`;
  if (us >= 10000 - 5) return `${Math.floor((us + 50) / 1000)}.${Math.floor(((us + 50) % 1000) / 100)}`;
  if (us >= 1000) return `${Math.floor((us + 5) / 1000)}.${String(Math.floor(((us + 5) % 1000) / 10)).padStart(2, '0')}`;
  return `0.${String(us).padStart(3, '0')}`;
}

/** `64 bytes from 10.244.1.3: icmp_seq=1 …`; a name typed is shown with its address. */
export function iputilsReply(host: string, ip: string, size: number, seq: number, ttl: number, rttUs: number): string {
  const from = host === ip ? ip : `${host} (${ip})`;
  return `${size + 8} bytes from ${from}: icmp_seq=${seq} ttl=${ttl} time=${iputilsTime(rttUs)} ms\n`;
}

/** printf's %g for a loss percentage: 0, 50, 33.3333, 100. */
function percent(x: number): string {
  return String(Number(x.toPrecision(6)));
}

export function iputilsStatistics(s: PingSummary): string {
  const received = s.rtts.length;
  const loss = s.transmitted === 0 ? 0 : ((s.transmitted - received) * 100) / s.transmitted;
  let text = `\n--- ${s.host} ping statistics ---\n${s.transmitted} packets transmitted, ${received} received, ${percent(loss)}% packet loss, time ${s.elapsedMs}ms\n`;
  if (received > 0) {
    const min = Math.min(...s.rtts);
    const max = Math.max(...s.rtts);
    const sum = s.rtts.reduce((a, b) => a + b, 0);
    const avg = Math.floor(sum / received);
    const sum2 = s.rtts.reduce((a, b) => a + b * b, 0);
    const mdev = Math.floor(Math.sqrt(Math.max(0, sum2 / received - (sum / received) ** 2)));
    text += `rtt min/avg/max/mdev = ${micros(min)}/${micros(avg)}/${micros(max)}/${micros(mdev)} ms\n`;
  }
  return text;
}

/**
 * A round trip in microseconds, the same for the same packet at the same virtual instant: the
 * loopback answers in tens of microseconds, a pod on the node's bridge in about a tenth of a
 * millisecond, a pod on another node (a VXLAN hop each way) in about half a millisecond.
 */
export function roundTrip(path: 'local' | 'node' | 'cluster', key: string): number {
  let h = 2166136261;
  for (let i = 0; i < key.length; i++) h = Math.imul(h ^ key.charCodeAt(i), 16777619) >>> 0;
  const [base, spread] = path === 'local' ? [35, 50] : path === 'node' ? [60, 90] : [320, 600];
  return base + (h % spread);
}
