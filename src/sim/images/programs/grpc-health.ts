// The gRPC health service (grpc.health.v1.Health/Check) as servers in images expose it, over
// PodLab's HTTP listener: a POST with content-type application/grpc, answered with a
// grpc-status header and the serving status as the body (kubelet grpc probes read it).
// Models google.golang.org/grpc/health (Server.Check)

import type { HttpRequest, HttpResponse } from '../../../os/net.ts';

export const GRPC_HEALTH_CHECK = '/grpc.health.v1.Health/Check';

export function isGrpcRequest(req: HttpRequest): boolean {
  return Object.entries(req.headers).some(([k, v]) => k.toLowerCase() === 'content-type' && v.startsWith('application/grpc'));
}

/** The answer to a health check; `services` lists the named services the server reports on ('' = the whole server). */
export function grpcHealthResponse(req: HttpRequest, serving = true, services: string[] = ['']): HttpResponse {
  const headers = { 'content-type': 'application/grpc' };
  if (req.path !== GRPC_HEALTH_CHECK) return { status: 200, headers: { ...headers, 'grpc-status': '12' }, body: '' };
  if (!services.includes(req.body ?? '')) return { status: 200, headers: { ...headers, 'grpc-status': '5' }, body: '' };
  return { status: 200, headers: { ...headers, 'grpc-status': '0' }, body: serving ? 'SERVING' : 'NOT_SERVING' };
}
