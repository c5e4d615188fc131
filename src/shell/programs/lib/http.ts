// What curl and wget share: reading a URL, finding the address a host name stands for, and
// sending one HTTP request through the process's network namespace.

import type { HttpResponse, NetError } from '../../../os/net.ts';
import type { ProcessContext } from '../../../os/process/context.ts';
import { systemOf } from './system.ts';

export interface Url {
  scheme: string;
  host: string;
  port: number;
  path: string;
}

export function parseUrl(text: string): Url | undefined {
  const m = /^(?:([a-zA-Z][a-zA-Z0-9+.-]*):\/\/)?(\[[^\]]+\]|[^/:?#]*)(?::(\d+))?([/?#].*)?$/.exec(text);
  if (!m || m[2] === '') return undefined;
  const scheme = (m[1] ?? 'http').toLowerCase();
  return { scheme, host: m[2].replace(/^\[|\]$/g, ''), port: m[3] ? Number(m[3]) : scheme === 'https' ? 443 : 80, path: m[4]?.startsWith('/') ? m[4] : `/${m[4] ?? ''}` };
}

const IP = /^\d+\.\d+\.\d+\.\d+$/;

/** The IP a host name resolves to inside this process's network, or undefined (NXDOMAIN). */
export function resolveHost(ctx: ProcessContext, host: string): string | undefined {
  if (IP.test(host) || host === '::1') return host;
  const sys = systemOf(ctx);
  if (host === 'localhost') return '127.0.0.1';
  if (sys.net && (host === sys.net.hostname)) return sys.net.ips[0] ?? '127.0.0.1';
  const viaDns = sys.dns?.resolve(host);
  if (viaDns) return viaDns;
  // Node names the flat network knows (like /etc/hosts): reachable by name.
  const probe = sys.net?.resolve(host, 0);
  return probe && 'code' in probe && probe.code === 'EHOSTUNREACH' ? undefined : host;
}

export const STATUS_TEXT: Record<number, string> = {
  200: 'OK', 201: 'Created', 204: 'No Content', 301: 'Moved Permanently', 302: 'Found', 304: 'Not Modified',
  400: 'Bad Request', 401: 'Unauthorized', 403: 'Forbidden', 404: 'Not Found', 405: 'Not Allowed', 500: 'Internal Server Error',
  502: 'Bad Gateway', 503: 'Service Unavailable', 504: 'Gateway Timeout',
};

export async function httpRequest(ctx: ProcessContext, ip: string, url: Url, method: string, headers: Record<string, string>, body?: string): Promise<HttpResponse | NetError> {
  const net = systemOf(ctx).net;
  if (!net) return { code: 'ECONNREFUSED', message: 'connection refused' };
  return net.request(ip, url.port, { method, path: url.path, headers, body });
}
