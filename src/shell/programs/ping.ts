// ping(8): ICMP echo through the process's network namespace, one echo a second of virtual time
// until -c COUNT, -w DEADLINE or Ctrl-C, then the statistics. busybox's applet in containers,
// iputils on the nodes. Opening the ICMP socket needs CAP_NET_RAW, or a group inside
// net.ipv4.ping_group_range for the unprivileged datagram kind.
// Models busybox networking/ping.c and iputils ping/ping.c

import { hasCap } from '../../os/fs/cred.ts';
import type { ProcessContext } from '../../os/process/context.ts';
import { parseOptions } from './lib/options.ts';
import {
  busyboxHeader, busyboxReply, busyboxStatistics, iputilsHeader, iputilsReply, iputilsStatistics, roundTrip, type PingSummary,
} from './lib/ping-format.ts';
import { systemOf } from './lib/system.ts';
import type { Tool } from './lib/tool.ts';

/** May this process open an ICMP socket: a raw one with CAP_NET_RAW, else a ping (datagram) one? */
export function mayPing(cred: { gid: number; groups: number[] } & Parameters<typeof hasCap>[0], range: [number, number]): boolean {
  if (hasCap(cred, 'NET_RAW')) return true;
  return [cred.gid, ...cred.groups].some((g) => g >= range[0] && g <= range[1]);
}

function seconds(text: string | undefined): number | undefined {
  if (text === undefined) return undefined;
  const n = Number(text);
  return Number.isFinite(n) && n >= 0 ? n : NaN;
}

export const ping: Tool = async (ctx, f) => {
  const bb = f.kind === 'busybox';
  const parsed = parseOptions(ctx, f, bb ? { short: '46c:s:i:At:I:W:w:qp:' } : { short: '46c:s:i:At:I:W:w:qp:nDO' });
  if (typeof parsed === 'number') return parsed;
  const { opts, operands } = parsed;
  const prog = f.prog(ctx);
  if (operands.length !== 1) {
    if (bb) ctx.stderr.write(f.usage(prog));
    else ctx.stderr.write(`${prog}: usage error: Destination address required\n`);
    return bb ? 1 : 2;
  }
  const host = operands[0];
  const count = opts.has('c') ? Number(opts.get('c')) : 0;
  const size = opts.has('s') ? Number(opts.get('s')) : 56;
  const interval = seconds(opts.get('i')) ?? 1;
  const linger = seconds(opts.get('W')) ?? 10;
  const deadline = seconds(opts.get('w'));
  for (const [flag, value] of [['c', count], ['s', size], ['i', interval], ['W', linger], ['w', deadline ?? 0]] as const) {
    if (!Number.isNaN(value)) continue;
    ctx.stderr.write(bb ? `${prog}: invalid number '${opts.get(flag)}'\n` : `${prog}: invalid argument: '${opts.get(flag)}'\n`);
    return bb ? 1 : 2;
  }
  const net = systemOf(ctx).net;
  const ip = net?.addressOf(host) ?? systemOf(ctx).dns?.resolve(host);
  // busybox resolves the name before it opens the socket; iputils opens the socket first.
  if (bb && !ip) {
    ctx.stderr.write(`${prog}: bad address '${host}'\n`);
    return 1;
  }
  if (!mayPing(ctx.cred, net?.pingGroupRange ?? [1, 0])) {
    ctx.stderr.write(bb ? `${prog}: permission denied (are you root?)\n` : `${prog}: socket: Operation not permitted\n`);
    return bb ? 1 : 2;
  }
  if (!ip) {
    ctx.stderr.write(`${prog}: ${host}: Name or service not known\n`);
    return 2;
  }
  return run(ctx, { bb, host, ip, count, size, interval, linger, deadline, quiet: opts.has('q') });
};

interface Plan {
  bb: boolean;
  host: string;
  ip: string;
  count: number;
  size: number;
  interval: number;
  linger: number;
  deadline: number | undefined;
  quiet: boolean;
}

async function run(ctx: ProcessContext, p: Plan): Promise<number> {
  const net = systemOf(ctx).net;
  let interrupted = false;
  let wake: () => void = () => {};
  const signalled = new Promise<void>((resolve) => { wake = resolve; });
  // Ctrl-C ends the run with the statistics, as both pings' SIGINT handlers do.
  ctx.onSignal('SIGINT', () => { interrupted = true; wake(); });
  const start = ctx.now();
  const end = p.deadline !== undefined ? start + p.deadline * 1000 : undefined;
  /** Waits `ms` of virtual time, cut short by the deadline or Ctrl-C; false when the run is over. */
  const wait = async (ms: number): Promise<boolean> => {
    const until = end === undefined ? ctx.now() + ms : Math.min(ctx.now() + ms, end);
    if (until > ctx.now()) {
      const sleeping = ctx.sleep(until - ctx.now());
      sleeping.catch(() => {});
      await Promise.race([sleeping, signalled]);
    }
    return !interrupted && (end === undefined || ctx.now() < end);
  };
  ctx.stdout.write(p.bb ? busyboxHeader(p.host, p.ip, p.size) : iputilsHeader(p.host, p.ip, p.size));
  const rtts: number[] = [];
  let transmitted = 0;
  let lastPacket = start;
  for (;;) {
    const seq = transmitted;
    transmitted++;
    lastPacket = ctx.now();
    const reply = net?.echo(p.ip);
    if (reply) {
      const rtt = roundTrip(reply.path, `${net?.ips[0]}>${p.ip}#${seq}@${ctx.now()}`);
      rtts.push(rtt);
      if (!p.quiet) {
        ctx.stdout.write(p.bb ? busyboxReply(p.ip, p.size, seq, reply.ttl, rtt) : iputilsReply(p.host, p.ip, p.size, seq + 1, reply.ttl, rtt));
      }
    }
    if (p.count > 0 && rtts.length >= p.count) break;
    if (p.count > 0 && transmitted >= p.count) {
      // All sent: wait for late replies, -W seconds when none came yet (two round trips else).
      await wait(rtts.length > 0 ? 1000 : p.linger * 1000);
      break;
    }
    if (!(await wait(p.interval * 1000))) break;
  }
  const summary: PingSummary = { host: p.host, transmitted, rtts, elapsedMs: lastPacket - start + (transmitted - 1) };
  ctx.stdout.write(p.bb ? busyboxStatistics(summary) : iputilsStatistics(summary));
  // busybox fails when nothing came back, or fewer than -c by the -w deadline; iputils likewise.
  const short = rtts.length === 0 || (p.deadline !== undefined && p.count > 0 && rtts.length < p.count);
  return short ? 1 : 0;
}
