// nc: busybox's netcat 1.10 (the NC_110_COMPAT build the busybox image has). `nc -l -p PORT`
// binds [::]:PORT in the pod's one port space and serves one connection; `nc HOST PORT` connects;
// both copy stdin to the peer and the peer to stdout until both sides are done. -z only checks
// the port, -v says what happened, -w bounds the connect and the final reads.
// Models busybox networking/nc_bloaty.c

import type { NetError, Socket } from '../../os/net.ts';
import type { ProcessContext } from '../../os/process/context.ts';
import { parseOptions } from './lib/options.ts';
import { systemOf } from './lib/system.ts';
import type { Tool } from './lib/tool.ts';

/** `[::ffff:10.244.1.3]:8080`: how busybox prints an IPv4 peer of its dual-stack socket. */
function mapped(address: string): string {
  const at = address.lastIndexOf(':');
  return `[::ffff:${address.slice(0, at)}]${address.slice(at)}`;
}

export const nc: Tool = async (ctx, f) => {
  const parsed = parseOptions(ctx, f, { short: 'np:s:uvw:lki:o:ze:b' });
  if (typeof parsed === 'number') return parsed;
  const { opts, operands } = parsed;
  const prog = f.prog(ctx);
  const verbose = opts.count('v');
  const wait = opts.has('w') ? Number(opts.get('w')) : 0;
  const net = systemOf(ctx).net;
  const listen = opts.has('l') || opts.has('k');
  if (operands.length > 2 || (!listen && operands.length < 2)) {
    ctx.stderr.write(f.usage(prog));
    return 1;
  }
  let lport = 0;
  if (opts.has('p')) {
    lport = Number(opts.get('p'));
    if (!Number.isInteger(lport) || lport <= 0 || lport > 65535) {
      ctx.stderr.write(`${prog}: bad local port '${opts.get('p')}'\n`);
      return 1;
    }
  }
  let target: { host: string; ip: string; port: number } | undefined;
  if (operands.length > 0) {
    const host = operands[0];
    const ip = net?.addressOf(host) ?? systemOf(ctx).dns?.resolve(host);
    if (!ip) {
      ctx.stderr.write(`${prog}: bad address '${host}'\n`);
      return 1;
    }
    const port = operands[1] === undefined ? 0 : Number(operands[1]);
    if (!Number.isInteger(port) || port < 0 || port > 65535) {
      ctx.stderr.write(`${prog}: bad port '${operands[1]}'\n`);
      return 1;
    }
    target = { host, ip, port };
  }
  if (!net) {
    ctx.stderr.write(`${prog}: socket: Address family not supported by protocol\n`);
    return 1;
  }
  // Like nc 1.10, INT/QUIT/TERM say "punt!" and end the process by the same signal.
  for (const sig of ['SIGINT', 'SIGQUIT', 'SIGTERM'] as const) {
    ctx.onSignal(sig, () => {
      ctx.stderr.write('punt!\n');
      ctx.onSignal(sig, 'default');
      ctx.kill(ctx.pid, sig);
    });
  }
  const counts = { net: 0, out: 0 };
  const status = listen ? await serve(ctx, prog, lport, verbose, wait, counts) : await dial(ctx, prog, target!, verbose, wait, opts.has('z'), counts);
  // -vv: the byte counts at the end, as nc 1.10 prints them.
  if (verbose > 1 && status !== BIND_FAILED) ctx.stderr.write(`sent ${counts.net}, rcvd ${counts.out}\n`);
  return status === BIND_FAILED ? 1 : status;
};

/** A status of its own for a failed bind, which dies before the byte counts. */
const BIND_FAILED = -1;

interface Counts {
  net: number;
  out: number;
}

async function dial(ctx: ProcessContext, prog: string, target: { host: string; ip: string; port: number }, verbose: number, wait: number, zero: boolean, counts: Counts): Promise<number> {
  const { host, ip, port } = target;
  const socket = systemOf(ctx).net!.connect(ip, port);
  if ('code' in socket) {
    // One -v keeps quiet about refusals (scanning); -vv or another error is reported.
    if (verbose > 1 || (verbose > 0 && socket.code !== 'ECONNREFUSED')) ctx.stderr.write(`${prog}: ${host} (${ip}:${port}): ${reason(socket)}\n`);
    return 1;
  }
  if (verbose) ctx.stderr.write(`${host} (${ip}:${port}) open\n`);
  if (zero) {
    socket.output.close();
    return 0;
  }
  return shovel(ctx, socket, wait, counts);
}

function reason(e: NetError): string {
  if (e.code === 'ECONNREFUSED') return 'Connection refused';
  if (e.code === 'EHOSTUNREACH') return 'No route to host';
  if (e.code === 'ETIMEDOUT') return 'Connection timed out';
  return e.message;
}

async function serve(ctx: ProcessContext, prog: string, port: number, verbose: number, wait: number, counts: Counts): Promise<number> {
  const net = systemOf(ctx).net!;
  let accept: (s: Socket) => void = () => {};
  const accepted = new Promise<Socket>((resolve) => { accept = resolve; });
  let taken = false;
  // Without -p the kernel picks a free port, as bind() to port 0 does.
  let bound = port;
  if (bound === 0) for (bound = 40000 + (ctx.pid % 1000); net.listening(bound); bound++);
  const handle = net.listen(bound, {
    // One connection, then the socket is gone: a second client is refused.
    stream: (s) => {
      if (taken) return false;
      taken = true;
      accept(s);
      return true;
    },
  }, ctx.cred, { pid: ctx.pid, program: ctx.argv[0], family: 'tcp6', processes: systemOf(ctx).processes });
  if ('code' in handle) {
    ctx.stderr.write(`${prog}: bind: ${handle.message}\n`);
    return BIND_FAILED;
  }
  try {
    if (verbose) ctx.stderr.write(`listening on [::]:${bound} ...\n`);
    let socket: Socket;
    if (wait > 0) {
      const timer = ctx.sleep(wait * 1000).then(() => undefined);
      timer.catch(() => {});
      const first = await ctx.process.block(Promise.race([accepted, timer]));
      if (!first) {
        ctx.stderr.write(`${prog}: timeout\n`);
        return 1;
      }
      socket = first;
    } else {
      socket = await ctx.process.block(accepted);
    }
    handle.close();
    if (verbose) ctx.stderr.write(`connect to ${mapped(socket.local)} from ${mapped(socket.remote)} (${mapped(socket.remote)})\n`);
    return await shovel(ctx, socket, wait, counts);
  } finally {
    handle.close();
  }
}

/** Copies stdin to the peer and the peer to stdout; ends once both are done (busybox ≥ 1.22). */
async function shovel(ctx: ProcessContext, socket: Socket, wait: number, counts: Counts): Promise<number> {
  const up = (async () => {
    for (;;) {
      const chunk = await ctx.stdin.read();
      if (chunk === null) break;
      if (!socket.output.write(chunk)) break;
      counts.net += chunk.length;
    }
    // Let the peer know no more is coming: shutdown(SHUT_WR).
    socket.output.close();
  })();
  const down = (async () => {
    for (;;) {
      const read = ctx.process.block(socket.input.read());
      const chunk = wait > 0 ? await Promise.race([read, quietAfter(ctx, wait)]) : await read;
      if (chunk === null || chunk === undefined) break;
      ctx.stdout.write(chunk);
      counts.out += chunk.length;
    }
  })();
  await Promise.all([up, down]);
  return 0;
}

/** -w: after this long without data the connection counts as done (nc's net timeout). */
function quietAfter(ctx: ProcessContext, wait: number): Promise<undefined> {
  const timer = ctx.sleep(wait * 1000).then(() => undefined);
  timer.catch(() => {});
  return timer;
}
