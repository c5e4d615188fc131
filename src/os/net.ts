// Sockets, as much as PodLab's programs need: a server listens on a port of a network namespace,
// a client connects to an address. A pod's containers share one namespace (one IP, one port
// space, one localhost); the host has its own. HTTP is the common case, so a listener may answer
// requests directly; raw connections carry text both ways.

import { hasCap, type Cred } from './fs/cred.ts';
import { Pipe, type Reader, type Writer } from './pipe.ts';

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
  /** A stream server (nc -l): takes its end of a new connection; false refuses it (RST). */
  stream?(socket: Socket): boolean;
}

/** One end of a TCP connection: what the peer sends, and a way to send to it (close = shutdown(SHUT_WR)). */
export interface Socket {
  readonly input: Reader;
  readonly output: Writer;
  /** `10.244.1.3:34567`. */
  readonly local: string;
  readonly remote: string;
}

/** Who holds a listening socket, for netstat -p and ss -p; and how it was bound. */
export interface SocketInfo {
  pid?: number;
  /** The process's name as /proc/PID/cmdline starts (netstat) or comm (ss). */
  program?: string;
  /** The process table the pid belongs to: other PID namespaces see no owner. */
  processes?: object;
  /** 'tcp6' for a dual-stack [::] socket (busybox nc), else 'tcp' on 0.0.0.0. */
  family?: 'tcp' | 'tcp6';
}

export interface ListeningSocket extends SocketInfo {
  port: number;
}

export type NetError = { code: 'EADDRINUSE' | 'EACCES' | 'ECONNREFUSED' | 'EHOSTUNREACH' | 'ETIMEDOUT'; message: string };

export class NetNamespace {
  readonly ips: string[];
  readonly hostname: string;
  private readonly listeners = new Map<number, Listener>();
  private readonly info = new Map<number, SocketInfo>();
  private readonly network: Network;
  /** net.ipv4.ip_unprivileged_port_start. */
  unprivilegedPortStart = 1024;
  /**
   * net.ipv4.ping_group_range: groups that may open ICMP datagram sockets without CAP_NET_RAW.
   * The kernel's default "1 0" lets no one (containerd 1.7 leaves a pod's at that).
   */
  pingGroupRange: [number, number] = [1, 0];
  /** The next port of net.ipv4.ip_local_port_range (32768-60999) a client connection takes. */
  private ephemeral = 32768;

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
  listen(port: number, listener: Listener, cred?: Cred, info: SocketInfo = {}): { close(): void } | NetError {
    if (cred && port < this.unprivilegedPortStart && !hasCap(cred, 'NET_BIND_SERVICE')) return { code: 'EACCES', message: 'Permission denied' };
    if (this.listeners.has(port)) return { code: 'EADDRINUSE', message: 'Address in use' };
    this.listeners.set(port, listener);
    this.info.set(port, info);
    return {
      close: () => {
        if (this.listeners.get(port) !== listener) return;
        this.listeners.delete(port);
        this.info.delete(port);
      },
    };
  }

  /** The namespace's listening TCP sockets, by port (/proc/net/tcp and tcp6, for netstat and ss). */
  sockets(): ListeningSocket[] {
    return this.ports().map((port) => ({ port, ...this.info.get(port) }));
  }

  /**
   * connect(2) to host:port: the client's end of a new stream, or why it failed. An HTTP-only
   * listener answers what the client writes as one HTTP request (so `nc web 80` works).
   */
  connect(host: string, port: number): Socket | NetError {
    const listener = this.resolve(host, port);
    if ('code' in listener) return listener;
    const toServer = new Pipe();
    const toClient = new Pipe();
    const self = this.ips[0] ?? '127.0.0.1';
    const local = `${self}:${this.nextEphemeral()}`;
    const remote = `${host}:${port}`;
    const server: Socket = { input: toServer, output: toClient, local: remote, remote: local };
    if (listener.stream) {
      if (!listener.stream(server)) return { code: 'ECONNREFUSED', message: 'Connection refused' };
    } else if (listener.http) {
      void answerHttp(server, listener, self);
    } else {
      listener.accept?.(self);
    }
    return { input: toClient, output: toServer, local, remote };
  }

  private nextEphemeral(): number {
    const port = this.ephemeral;
    this.ephemeral = port >= 60999 ? 32768 : port + 1;
    return port;
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

  /** The IPv4 address `host` names here: itself, localhost, this namespace's name, or a node's name. */
  addressOf(host: string): string | undefined {
    if (/^\d+\.\d+\.\d+\.\d+$/.test(host)) return host;
    if (host === 'localhost') return '127.0.0.1';
    if (host === this.hostname) return this.ips[0];
    return this.network.addressOf(host);
  }

  /** Whether this is a pod's namespace (its address inside a node's pod CIDR) or a node's. */
  get onPodNetwork(): boolean {
    return this.network.nodeOf(this.ips[0] ?? '')?.pod === true;
  }

  /**
   * An ICMP echo to `ip`: the TTL its reply arrives with, or undefined when no one answers (no
   * such address, or a Service's virtual IP, which kube-proxy's rules only forward for TCP/UDP).
   * Pods on one node share a bridge; between nodes each node routes the packet once (flannel).
   */
  echo(ip: string): { ttl: number; path: 'local' | 'node' | 'cluster' } | undefined {
    if (ip.startsWith('127.') || this.ips.includes(ip)) return { ttl: 64, path: 'local' };
    if (!this.network.lookup(ip)) return undefined;
    const here = this.network.nodeOf(this.ips[0] ?? '');
    const there = this.network.nodeOf(ip);
    if (!here || !there || here.node === there.node) return { ttl: 64, path: 'node' };
    const hops = (here.pod ? 1 : 0) + (there.pod ? 1 : 0);
    return { ttl: 64 - hops, path: 'cluster' };
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

/** Reads one HTTP/1.x request from a plain connection, answers it and closes, as a web server does. */
async function answerHttp(socket: Socket, listener: Listener, from: string): Promise<void> {
  let text = '';
  for (;;) {
    const chunk = await socket.input.read();
    if (chunk === null) break;
    text += chunk;
    if (/\r?\n\r?\n/.test(text)) break;
  }
  const [line = '', ...rest] = text.split(/\r?\n/);
  const m = /^([A-Z]+) (\S+) HTTP\/1\.[01]$/.exec(line.trim());
  if (!m) {
    if (text !== '') socket.output.write('HTTP/1.1 400 Bad Request\r\nContent-Type: text/html\r\nConnection: close\r\n\r\n');
    socket.output.close();
    return;
  }
  const headers: Record<string, string> = {};
  for (const h of rest) {
    const at = h.indexOf(':');
    if (at > 0) headers[h.slice(0, at).trim()] = h.slice(at + 1).trim();
  }
  const res = await listener.http!({ method: m[1], path: m[2], headers }, from);
  const head = Object.entries(res.headers).map(([k, v]) => `${k}: ${v}\r\n`).join('');
  socket.output.write(`HTTP/1.1 ${res.status} ${res.statusText ?? ''}\r\n${head}\r\n${m[1] === 'HEAD' ? '' : res.body}`);
  socket.output.close();
}

/** The flat network every pod and node is on: any IP reaches any other, as Kubernetes requires. */
export class Network {
  private readonly byIp = new Map<string, NetNamespace>();
  private readonly names = new Map<string, string>();
  /** Each node's pod CIDR (flannel's routes): which node a pod IP lives behind. */
  private readonly podRoutes: { prefix: string; bits: number; node: string }[] = [];

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

  addressOf(name: string): string | undefined {
    return this.names.get(name);
  }

  /** Routes `cidr` (a node's spec.podCIDR, e.g. 10.244.1.0/24) to the node at `nodeIp`. */
  addPodRoute(cidr: string, nodeIp: string): void {
    const [prefix, bits] = cidr.split('/');
    this.podRoutes.push({ prefix, bits: Number(bits), node: nodeIp });
  }

  /** The node an address is on: itself for a node IP, the routed node for a pod IP. */
  nodeOf(ip: string): { node: string; pod: boolean } | undefined {
    const route = this.podRoutes.find((r) => inCidr(ip, r.prefix, r.bits));
    if (route) return { node: route.node, pod: true };
    return this.podRoutes.some((r) => r.node === ip) ? { node: ip, pod: false } : undefined;
  }

  lookup(host: string): NetNamespace | undefined {
    return this.byIp.get(this.names.get(host) ?? host);
  }

  namespace(ips: string[], hostname: string): NetNamespace {
    return new NetNamespace(this, ips, hostname);
  }
}

function toInt(ip: string): number {
  return ip.split('.').reduce((n, part) => (n * 256) + (Number(part) & 255), 0);
}

/** Is `ip` inside prefix/bits? */
export function inCidr(ip: string, prefix: string, bits: number): boolean {
  if (!/^\d+\.\d+\.\d+\.\d+$/.test(ip)) return false;
  const size = 2 ** (32 - bits);
  return Math.floor(toInt(ip) / size) === Math.floor(toInt(prefix) / size);
}
