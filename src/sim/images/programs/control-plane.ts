// The control-plane components a kubeadm node runs as static pods (etcd, kube-apiserver,
// kube-controller-manager, kube-scheduler): a klog start line, their ports (etcd: client 2379
// and metrics 2381) with /healthz, /livez and /readyz answering `ok`, and a clean exit on
// SIGTERM. The cluster's behaviour is the simulator's; these processes only make the static
// pods look and probe like real ones.

import type { Program } from '../../../os/process/context.ts';
import { netOf } from '../../runtime/net-of.ts';
import { untilSignal } from './wait.ts';
import { grpcHealthResponse, isGrpcRequest } from './grpc-health.ts';
import type { Listener } from '../../../os/net.ts';

/** `I0105 09:00:03.000000       1 server.go:…] "…"`, klog's header. */
function klog(ms: number, pid: number, where: string, message: string): string {
  const iso = new Date(ms).toISOString();
  return `I${iso.slice(5, 7)}${iso.slice(8, 10)} ${iso.slice(11, 23)}000 ${String(pid).padStart(7)} ${where}] ${message}\n`;
}

const health: Listener = {
  // etcd and the API server also answer gRPC health checks on their ports.
  http: async (req) => isGrpcRequest(req)
    ? grpcHealthResponse(req)
    : { status: 200, statusText: 'OK', headers: { 'Content-Type': 'text/plain; charset=utf-8' }, body: 'ok' },
};

function component(ports: number[], where: string, message: (version: string) => string): Program {
  return async (ctx) => {
    const net = netOf(ctx);
    const handles: { close(): void }[] = [];
    for (const port of ports) {
      const handle = net?.listen(port, health);
      if (handle && 'code' in handle) {
        for (const h of handles) h.close();
        ctx.stderr.write(`E0105 failed to listen on 0.0.0.0:${port}: listen tcp 0.0.0.0:${port}: bind: address already in use\n`);
        return 1;
      }
      if (handle) handles.push(handle);
    }
    try {
      ctx.allocate(40_000_000);
      ctx.stderr.write(klog(ctx.now(), ctx.pid, where, message('v1.33.1')));
      await untilSignal(ctx, ['SIGTERM', 'SIGINT']);
      return 0;
    } finally {
      for (const h of handles) h.close();
    }
  };
}

export const CONTROL_PLANE_PROGRAMS: Record<string, Program> = {
  'kube-apiserver': component([6443], 'options.go:238', (v) => `external host was not specified, using 172.30.1.2\nI0105 server.go:145] Version: ${v}`),
  'kube-controller-manager': component([10257], 'serving.go:386', () => 'Generated self-signed cert in-memory'),
  'kube-scheduler': component([10259], 'serving.go:386', () => 'Generated self-signed cert in-memory'),
  etcd: component([2379, 2381], 'etcd.go:73', () => '"Running: " args=["etcd"]'),
};
