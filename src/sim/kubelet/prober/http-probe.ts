// httpGet probes: a GET to the pod (or httpGet.host) through the simulated network, judged by
// the status code, with Go's net/http error texts when the server cannot be reached.
// Models pkg/probe/http/http.go (DoHTTPProbe) and pkg/probe/http/request.go (NewProbeRequest)

import type { HttpResponse, NetError, NetNamespace } from '../../../os/net.ts';
import type { ProbeOutcome, TimeoutRace } from './probe-outcome.ts';

export interface HttpProbeTarget {
  scheme: string;
  host: string;
  port: number;
  path: string;
  headers: { name: string; value: string }[];
}

/** The URL as Go's url.URL prints it: `http://10.244.1.5:8080/healthz`. */
export function probeURL(t: HttpProbeTarget): string {
  const path = t.path.startsWith('/') ? t.path : `/${t.path}`;
  return `${t.scheme.toLowerCase()}://${t.host}:${t.port}${path}`;
}

/** `dial tcp 10.244.1.5:8080: connect: connection refused`, as Go's net package reports. */
export function dialError(host: string, port: number, err: NetError): string {
  const cause = err.code === 'ECONNREFUSED' ? 'connection refused' : err.code === 'EHOSTUNREACH' ? 'no route to host' : 'i/o timeout';
  return `dial tcp ${host}:${port}: connect: ${cause}`;
}

export async function httpProbe(net: NetNamespace, t: HttpProbeTarget, timeoutMs: number, clock: TimeoutRace): Promise<ProbeOutcome> {
  const url = probeURL(t);
  const headers: Record<string, string> = { 'User-Agent': 'kube-probe/1.33', Accept: '*/*' };
  for (const h of t.headers) headers[h.name] = h.value;
  if (!Object.keys(headers).some((k) => k.toLowerCase() === 'host')) headers.Host = `${t.host}:${t.port}`;
  const path = url.slice(url.indexOf('/', url.indexOf('//') + 2));
  // A server that fails mid-request (still starting) drops the connection.
  const reset: NetError = { code: 'ECONNREFUSED', message: 'connection reset by peer' };
  const request = net.request(t.host, t.port, { method: 'GET', path, headers }).catch(() => reset);
  const res: HttpResponse | NetError | 'timeout' = await clock.race(request, timeoutMs);
  if (res === 'timeout') {
    return { result: 'failure', output: `Get "${url}": context deadline exceeded (Client.Timeout exceeded while awaiting headers)` };
  }
  if ('code' in res) {
    if (res.message === 'connection reset by peer') return { result: 'failure', output: `Get "${url}": read tcp ${t.host}:${t.port}: read: connection reset by peer` };
    return { result: 'failure', output: `Get "${url}": ${dialError(t.host, t.port, res)}` };
  }
  // Go's client follows redirects within the same host: a 3xx answer counts as success.
  if (res.status >= 200 && res.status < 400) return { result: 'success', output: res.body.slice(0, 10 * 1024) };
  return { result: 'failure', output: `HTTP probe failed with statuscode: ${res.status}` };
}
