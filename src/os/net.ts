// Sockets, as much as PodLab's programs need: a server listens on a port of a network namespace,
// a client connects to an address. A pod's containers share one namespace (one IP, one port
// space, one localhost); the host has its own. HTTP is the common case, so a listener may answer
// requests directly; raw connections carry text both ways.

import { hasCap, type Cred } from './fs/cred.ts';

export interface HttpRequest {
  method: string;
  path: string;
  headers: Record<string, string>;
  body?: string;
}

export interface HttpResponse {
  status: number;
  statusText?: string;
  headers: Record<string, string>;
  body: string;
}

export interface Listener {
  /** Answers one HTTP request (nginx, httpd, probes' targets). Absent for non-HTTP servers. */
  http?(request: HttpRequest, from: string): Promise<HttpResponse>;
  /** A plain connection was opened (tcpSocket probes, nc). */
  accept?(from: string): void;
}

export type NetError = { code: 'EADDRINUSE' | 'EACCES' | 'ECONNREFUSED' | 'EHOSTUNREACH' | 'ETIMEDOUT'; message: string };

export class NetNamespace {
  readonly ips: string[];
  readonly hostname: string;
  private readonly listeners = new Map<number, Listener>();
  private readonly network: Network;
  /** net.ipv4.ip_unprivileged_port_start. */
  unprivilegedPortStart = 1024;

  constructor(network: Network, ips: string[], hostname: string) {
    this.network = network;
    this.ips = ips;
    this.hostname = hostname;
    for (const ip of ips) network.attach(ip, this);
  }

  /** Binds a port on every address of the namespace (0.0.0.0), as servers in pods do. */
  /**
   * Binds `port`. Given the caller's credentials, a port below net.ipv4.ip_unprivileged_port_start
   * (1024, as containerd 1.7 leaves it) needs CAP_NET_BIND_SERVICE — which a non-root container
   * process never holds.
   */
  listen(port: number, listener: Listener, cred?: Cred): { close(): void } | NetError {
    if (cred && port < this.unprivilegedPortStart && !hasCap(cred, 'NET_BIND_SERVICE')) return { code: 'EACCES', message: 'Permission denied' };
    if (this.listeners.has(port)) return { code: 'EADDRINUSE', message: 'Address in use' };
    this.listeners.set(port, listener);
    return { close: () => { if (this.listeners.get(port) === listener) this.listeners.delete(port); } };
  }

  listening(port: number): Listener | undefined {
    return this.listeners.get(port);
  }

  ports(): number[] {
    return [...this.listeners.keys()].sort((a, b) => a - b);
  }

  /** Finds the listener for host:port as seen from inside this namespace. */
  resolve(host: string, port: number): Listener | NetError {
    const local = host === 'localhost' || host === '127.0.0.1' || host === '::1' || host === this.hostname || this.ips.includes(host);
    const target = local ? this : this.network.lookup(host);
    if (!target) return { code: 'EHOSTUNREACH', message: 'No route to host' };
    return target.listening(port) ?? { code: 'ECONNREFUSED', message: 'connection refused' };
  }

  async request(host: string, port: number, request: HttpRequest): Promise<HttpResponse | NetError> {
    const listener = this.resolve(host, port);
    if ('code' in listener) return listener;
    if (!listener.http) return { code: 'ECONNREFUSED', message: 'connection reset by peer' };
    return listener.http(request, this.ips[0] ?? '127.0.0.1');
  }

  close(): void {
    this.listeners.clear();
    for (const ip of this.ips) this.network.detach(ip, this);
  }
}

/** The flat network every pod and node is on: any IP reaches any other, as Kubernetes requires. */
export class Network {
  private readonly byIp = new Map<string, NetNamespace>();
  private readonly names = new Map<string, string>();

  attach(ip: string, ns: NetNamespace): void {
    this.byIp.set(ip, ns);
  }

  detach(ip: string, ns: NetNamespace): void {
    if (this.byIp.get(ip) === ns) this.byIp.delete(ip);
  }

  /** Host names the network knows (node names), like /etc/hosts on every machine. */
  addName(name: string, ip: string): void {
    this.names.set(name, ip);
  }

  lookup(host: string): NetNamespace | undefined {
    return this.byIp.get(this.names.get(host) ?? host);
  }

  namespace(ips: string[], hostname: string): NetNamespace {
    return new NetNamespace(this, ips, hostname);
  }
}
