// grpc probes: grpc.health.v1.Health/Check over the simulated network. A gRPC call is an HTTP/2
// POST with content-type application/grpc; servers that speak the health protocol answer with a
// grpc-status header and the serving status as the body (see images/programs/grpc-health.ts).
// Models pkg/probe/grpc/grpc.go (Probe)

import type { NetNamespace } from '../../../os/net.ts';
import type { ProbeOutcome, TimeoutRace } from './probe-outcome.ts';

export const GRPC_HEALTH_PATH = '/grpc.health.v1.Health/Check';

export async function grpcProbe(net: NetNamespace, host: string, port: number, service: string, timeoutMs: number, clock: TimeoutRace): Promise<ProbeOutcome> {
  const addr = `${host}:${port}`;
  const seconds = `${timeoutMs / 1000}s`;
  const target = net.resolve(host, port);
  // grpc.DialContext with WithBlock keeps retrying a refused connection until the deadline.
  if ('code' in target) return { result: 'failure', output: `timeout: failed to connect service "${addr}" within ${seconds}: context deadline exceeded` };
  if (!target.http) return { result: 'failure', output: `timeout: failed to connect service "${addr}" within ${seconds}: context deadline exceeded` };
  const res = await clock.race(target.http({
    method: 'POST', path: GRPC_HEALTH_PATH, headers: { 'content-type': 'application/grpc', te: 'trailers', 'user-agent': 'kube-probe/1.33' }, body: service,
  }, net.ips[0] ?? '127.0.0.1').catch(() => undefined), timeoutMs);
  if (res === undefined) return { result: 'failure', output: `error: health rpc probe failed: rpc error: code = Unavailable desc = error reading from server: EOF` };
  if (res === 'timeout') return { result: 'failure', output: `timeout: health rpc did not complete within ${seconds}` };
  const status = res.headers['grpc-status'];
  if (status === undefined) {
    const type = Object.entries(res.headers).find(([k]) => k.toLowerCase() === 'content-type')?.[1] ?? '';
    return {
      result: 'failure',
      output: `error: this server does not implement the grpc health protocol (grpc.health.v1.Health): unexpected HTTP status code received from server: ${res.status} (${res.statusText ?? ''}); transport: received unexpected content-type "${type}"`,
    };
  }
  if (status === '5') return { result: 'failure', output: `error: health rpc probe failed: rpc error: code = NotFound desc = unknown service` };
  if (status === '12') return { result: 'failure', output: 'error: this server does not implement the grpc health protocol (grpc.health.v1.Health): unknown service grpc.health.v1.Health' };
  const serving = res.body.trim();
  if (serving !== 'SERVING') return { result: 'failure', output: `service unhealthy (responded with "${serving}")` };
  return { result: 'success', output: 'service healthy' };
}
