// nslookup(1) against the cluster's DNS: busybox's layout in containers, bind9's on the host.
// It asks the DNS server only (never /etc/hosts), so node names are not found, as in a cluster.

import { systemOf } from './lib/system.ts';
import type { Tool } from './lib/tool.ts';

export const nslookup: Tool = async (ctx, f) => {
  const name = ctx.argv.slice(1).find((a) => !a.startsWith('-'));
  const prog = f.prog(ctx);
  if (!name) {
    ctx.stderr.write(f.kind === 'busybox' ? f.usage(prog) : `Usage: ${prog} [-opt ...] host\n`);
    return 1;
  }
  const dns = systemOf(ctx).dns;
  const server = dns?.server ?? '10.96.0.10';
  const resolved = dns?.resolve(name);
  if (f.kind === 'busybox') {
    let out = `Server:\t\t${server}\nAddress:\t${server}:53\n\n`;
    if (resolved === undefined) {
      ctx.stdout.write(`${out}** server can't find ${name}: NXDOMAIN\n\n`);
      return 1;
    }
    out += `Name:\t${name}\nAddress: ${resolved}\n\n`;
    ctx.stdout.write(out);
    return 0;
  }
  let out = `Server:\t\t${server}\nAddress:\t${server}#53\n\n`;
  if (resolved === undefined) {
    ctx.stdout.write(`${out}** server can't find ${name}: NXDOMAIN\n\n`);
    return 1;
  }
  out += `Name:\t${name}\nAddress: ${resolved}\n\n`;
  ctx.stdout.write(out);
  return 0;
};
