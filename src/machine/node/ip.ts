// ip(8) on a lab node, the basics: `ip addr` / `ip a` and `ip route` for the node's interface.
// Models iproute2 ip-address and ip-route output

import type { ProcessContext } from '../../os/process/context.ts';
import { systemOf } from '../../shell/programs/lib/system.ts';

/** A stable MAC for an address, in QEMU's 52:54:00 range as lab VMs have. */
function macOf(ip: string): string {
  const [, , c, d] = ip.split('.').map(Number);
  const hex = (n: number) => (n & 0xff).toString(16).padStart(2, '0');
  return `52:54:00:${hex(c * 7 + 3)}:${hex(c)}:${hex(d)}`;
}

export async function ip(ctx: ProcessContext): Promise<number> {
  const [object = '', verb = 'show'] = ctx.argv.slice(1).filter((a) => !a.startsWith('-'));
  const address = systemOf(ctx).net?.ips[0] ?? '127.0.1.1';
  const [a, b, c] = address.split('.');
  if ('address'.startsWith(object) && object !== '' && (verb === 'show' || verb === 'list')) {
    ctx.stdout.write([
      '1: lo: <LOOPBACK,UP,LOWER_UP> mtu 65536 qdisc noqueue state UNKNOWN group default qlen 1000',
      '    link/loopback 00:00:00:00:00:00 brd 00:00:00:00:00:00',
      '    inet 127.0.0.1/8 scope host lo',
      '       valid_lft forever preferred_lft forever',
      '2: enp1s0: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500 qdisc fq_codel state UP group default qlen 1000',
      `    link/ether ${macOf(address)} brd ff:ff:ff:ff:ff:ff`,
      `    inet ${address}/24 brd ${a}.${b}.${c}.255 scope global enp1s0`,
      '       valid_lft forever preferred_lft forever',
    ].join('\n') + '\n');
    return 0;
  }
  if ('route'.startsWith(object) && object !== '') {
    ctx.stdout.write(`default via ${a}.${b}.${c}.1 dev enp1s0 proto static\n${a}.${b}.${c}.0/24 dev enp1s0 proto kernel scope link src ${address}\n`);
    return 0;
  }
  if (object === '') {
    ctx.stderr.write('Usage: ip [ OPTIONS ] OBJECT { COMMAND | help }\n       ip [ -force ] -batch filename\nwhere  OBJECT := { address | link | route | neigh | netns | ... }\n');
    return 255;
  }
  ctx.stderr.write(`Object "${object}" is unknown, try "ip help".\n`);
  return 255;
}
