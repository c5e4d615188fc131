// ip: busybox's applet inside a container, the read-only basics: `ip addr` (`ip a`, `ip -4 a`),
// `ip link` and `ip route` (`ip r`) of the pod's network namespace — lo and the veth end eth0
// that flannel's bridge plugin gives every pod (MTU 1450 for the VXLAN overlay).
// Models busybox networking/libiproute/ipaddress.c and iproute.c

import { parseOptions } from './lib/options.ts';
import { systemOf } from './lib/system.ts';
import type { Tool } from './lib/tool.ts';

/** A stable locally administered MAC for a pod address (the bridge plugin's are random). */
export function podMac(ip: string): string {
  let h = 2166136261;
  for (let i = 0; i < ip.length; i++) h = Math.imul(h ^ ip.charCodeAt(i), 16777619) >>> 0;
  const bytes = [((h >>> 24) & 0xfc) | 0x02, (h >>> 16) & 0xff, (h >>> 8) & 0xff, h & 0xff, ...ip.split('.').slice(2).map(Number)];
  return bytes.map((b) => (b & 0xff).toString(16).padStart(2, '0')).join(':');
}

/** The EUI-64 link-local address the kernel derives from a MAC: fe80::78a6:5ff:fe2d:6933. */
export function linkLocal(mac: string): string {
  const b = mac.split(':').map((x) => parseInt(x, 16));
  const words = [((b[0] ^ 2) << 8) | b[1], (b[2] << 8) | 0xff, 0xfe00 | b[3], (b[4] << 8) | b[5]];
  return `fe80::${words.map((w) => w.toString(16)).join(':')}`;
}

export interface PodInterface {
  ip: string;
  /** The node-side veth's ifindex (`eth0@if7`). */
  peer: number;
  /** The pod subnet's gateway (cni0 on the node) and the cluster CIDR. */
  gateway: string;
  subnet: string;
}

export function podInterface(ip: string): PodInterface {
  const [a, b, c, d] = ip.split('.').map(Number);
  return { ip, peer: 4 + (d % 200), gateway: `${a}.${b}.${c}.1`, subnet: `${a}.${b}.${c}.0/24` };
}

export function ipAddr(p: PodInterface, family: '4' | '6' | 'all', link = false): string {
  const mac = podMac(p.ip);
  const [a, b, c] = p.ip.split('.');
  const lo = ['1: lo: <LOOPBACK,UP,LOWER_UP> mtu 65536 qdisc noqueue qlen 1000'];
  const eth = [`2: eth0@if${p.peer}: <BROADCAST,MULTICAST,UP,LOWER_UP,M-DOWN> mtu 1450 qdisc noqueue qlen 1000`];
  if (family === 'all' || link) {
    lo.push('    link/loopback 00:00:00:00:00:00 brd 00:00:00:00:00:00');
    eth.push(`    link/ether ${mac} brd ff:ff:ff:ff:ff:ff`);
  }
  if (!link && family !== '6') {
    lo.push('    inet 127.0.0.1/8 scope host lo', '       valid_lft forever preferred_lft forever');
    eth.push(`    inet ${p.ip}/24 brd ${a}.${b}.${c}.255 scope global eth0`, '       valid_lft forever preferred_lft forever');
  }
  if (!link && family !== '4') {
    lo.push('    inet6 ::1/128 scope host ', '       valid_lft forever preferred_lft forever');
    eth.push(`    inet6 ${linkLocal(mac)}/64 scope link `, '       valid_lft forever preferred_lft forever');
  }
  return [...lo, ...eth].join('\n') + '\n';
}

export function ipRoute(p: PodInterface): string {
  return `default via ${p.gateway} dev eth0 \n10.244.0.0/16 via ${p.gateway} dev eth0 \n${p.subnet} dev eth0 scope link  src ${p.ip} \n`;
}

export const ip: Tool = async (ctx, f) => {
  const parsed = parseOptions(ctx, f, { short: '46of:s', permute: false });
  if (typeof parsed === 'number') return parsed;
  const { opts, operands } = parsed;
  const prog = f.prog(ctx);
  const [object = '', verb = 'show'] = operands;
  const address = systemOf(ctx).net?.ips[0] ?? '127.0.0.1';
  const p = podInterface(address);
  const family = opts.has('4') || opts.get('f') === 'inet' ? '4' : opts.has('6') || opts.get('f') === 'inet6' ? '6' : 'all';
  if (object === '') {
    ctx.stderr.write(f.usage(prog));
    return 1;
  }
  const showing = verb === 'show' || verb === 'list' || verb === 'lst';
  if ('address'.startsWith(object) && showing) {
    ctx.stdout.write(ipAddr(p, family));
    return 0;
  }
  if ('link'.startsWith(object) && showing) {
    ctx.stdout.write(ipAddr(p, 'all', true));
    return 0;
  }
  if ('route'.startsWith(object) && showing) {
    ctx.stdout.write(family === '6' ? '' : ipRoute(p));
    return 0;
  }
  if (['address', 'link', 'route'].some((o) => o.startsWith(object))) {
    // Changing interfaces or routes needs CAP_NET_ADMIN, which containerd's default set lacks.
    ctx.stderr.write(`${prog}: RTNETLINK answers: Operation not permitted\n`);
    return 1;
  }
  ctx.stderr.write(`${prog}: unknown command '${object}'\n`);
  return 1;
};
