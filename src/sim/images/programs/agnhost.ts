// registry.k8s.io/e2e-test-images/agnhost, the image of the Kubernetes docs' probe examples:
// `liveness` answers /healthz with 200 for ten seconds, then 500; `netexec` serves /hostname,
// /echo and /healthz; `serve-hostname` answers its hostname on 9376. And goproxy, the docs'
// tcpSocket example, listening on 8080. Models kubernetes test/images/agnhost.

import type { Listener } from '../../../os/net.ts';
import type { Program, ProcessContext } from '../../../os/process/context.ts';
import { netOf } from '../../runtime/net-of.ts';
import { untilSignal } from './wait.ts';

const text = (status: number, body: string) => ({ status, statusText: status === 200 ? 'OK' : 'Internal Server Error', headers: { 'Content-Type': 'text/plain; charset=utf-8' }, body });

async function serve(ctx: ProcessContext, port: number, listener: Listener): Promise<number> {
  const handle = netOf(ctx)?.listen(port, listener);
  if (handle && 'code' in handle) {
    ctx.stderr.write(`listen tcp :${port}: bind: address already in use\n`);
    return 1;
  }
  try {
    ctx.allocate(6_000_000);
    await untilSignal(ctx, ['SIGTERM', 'SIGINT']);
    return 0;
  } finally {
    if (handle && !('code' in handle)) handle.close();
  }
}

function flag(argv: string[], name: string, fallback: string): string {
  const eq = argv.find((a) => a.startsWith(`--${name}=`));
  if (eq) return eq.slice(name.length + 3);
  const i = argv.indexOf(`--${name}`);
  return i >= 0 && argv[i + 1] ? argv[i + 1] : fallback;
}

const liveness: Program = (ctx) => {
  const started = ctx.now();
  return serve(ctx, 8080, {
    http: async (req) => {
      const seconds = (ctx.now() - started) / 1000;
      if (req.path.startsWith('/healthz')) return seconds > 10 ? text(500, `error: ${seconds}`) : text(200, 'ok');
      if (req.path.startsWith('/started')) return text(200, new Date(started).toISOString());
      return text(404, '404 page not found\n');
    },
  });
};

const netexec: Program = (ctx) => {
  const port = Number(flag(ctx.argv, 'http-port', '8080'));
  ctx.stderr.write(`Started HTTP server on port ${port}\n`);
  return serve(ctx, port, {
    http: async (req) => {
      const [path, query = ''] = req.path.split('?');
      if (path === '/hostname') return text(200, ctx.hostname);
      if (path === '/healthz') return text(200, 'ok');
      if (path === '/echo') return text(200, decodeURIComponent(new Map(query.split('&').map((kv) => kv.split('=') as [string, string])).get('msg') ?? ''));
      if (path === '/clientip') return text(200, 'ok');
      return text(404, '404 page not found\n');
    },
  });
};

const serveHostname: Program = (ctx) => {
  ctx.stderr.write('Serving on port 9376.\n');
  return serve(ctx, 9376, { http: async () => text(200, ctx.hostname) });
};

const SUBCOMMANDS: Record<string, Program> = { liveness, netexec, 'serve-hostname': serveHostname };

export const agnhost: Program = async (ctx) => {
  const sub = ctx.argv[1];
  const program = sub ? SUBCOMMANDS[sub] : undefined;
  if (sub === 'pause') {
    ctx.stdout.write('Paused\n');
    await untilSignal(ctx, ['SIGTERM', 'SIGINT']);
    return 0;
  }
  if (!program) {
    ctx.stderr.write(`Error: unknown command "${sub ?? ''}" for "app"\nRun 'app --help' for usage.\n`);
    return 1;
  }
  return program(ctx);
};

export const goproxy: Program = (ctx) => serve(ctx, 8080, { accept: () => {}, http: async () => text(200, '') });
