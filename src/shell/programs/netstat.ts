// netstat: busybox's applet over the network namespace's sockets (/proc/net/tcp and tcp6).
// -l listening only, -a all, -t/-u/-w/-x which kinds, -n numeric, -p PID/Program name.
// PodLab's sockets are listeners, so only -l and -a list rows.
// Models busybox networking/netstat.c

import * as paths from '../../os/path.ts';
import type { ListeningSocket } from '../../os/net.ts';
import { parseOptions } from './lib/options.ts';
import { systemOf } from './lib/system.ts';
import type { Tool } from './lib/tool.ts';

const PROGNAME_BANNER = 'PID/Program name    ';

/** One row as netstat.c's FMT_NET_CONN_DATA prints it, with the owner when -p asked. */
export function netstatRow(s: ListeningSocket, owner: string | undefined): string {
  const [local, foreign] = s.family === 'tcp6' ? [`:::${s.port}`, ':::*'] : [`0.0.0.0:${s.port}`, '0.0.0.0:*'];
  return `tcp        0      0 ${local.padEnd(23)} ${foreign.padEnd(23)} ${'LISTEN'.padEnd(12)}${owner === undefined ? '' : owner.slice(0, 20)}\n`;
}

export const netstat: Tool = async (ctx, f) => {
  const parsed = parseOptions(ctx, f, { short: 'laentuwxrWp' });
  if (typeof parsed === 'number') return parsed;
  const { opts } = parsed;
  const sys = systemOf(ctx);
  if (opts.has('r')) {
    ctx.stdout.write('Kernel IP routing table\nDestination     Gateway         Genmask         Flags   MSS Window  irtt Iface\n');
    return 0;
  }
  const listening = opts.has('l') || opts.has('a');
  const connected = !opts.has('l') || opts.has('a');
  const picked = ['t', 'u', 'w', 'x'].filter((k) => opts.has(k));
  const kinds = new Set(picked.length > 0 ? picked : ['t', 'u', 'w', 'x']);
  const withPid = opts.has('p');
  const banner = withPid ? PROGNAME_BANNER : '';
  const which = listening && connected ? '(servers and established)' : listening ? '(only servers)' : '(w/o servers)';
  let text = '';
  if (kinds.has('t') || kinds.has('u') || kinds.has('w')) {
    text += `Active Internet connections ${which}\nProto Recv-Q Send-Q ${'Local Address'.padEnd(23)} ${'Foreign Address'.padEnd(23)} State       ${banner}\n`;
  }
  if (kinds.has('t') && listening) {
    const sockets = sys.net?.sockets() ?? [];
    // /proc/net/tcp (IPv4) is read before /proc/net/tcp6.
    const ordered = [...sockets.filter((s) => s.family !== 'tcp6'), ...sockets.filter((s) => s.family === 'tcp6')];
    for (const s of ordered) {
      const visible = s.pid !== undefined && s.processes !== undefined && s.processes === sys.processes;
      const owner = withPid ? (visible ? `${s.pid}/${paths.basename(s.program ?? '')}` : '-') : undefined;
      text += netstatRow(s, owner);
    }
  }
  if (kinds.has('x')) {
    text += `Active UNIX domain sockets ${which}\nProto RefCnt Flags       Type       State         I-Node ${banner}Path\n`;
  }
  ctx.stdout.write(text);
  return 0;
};
