// hostname(1): the machine's (or pod's) host name; -i its address.

import { systemOf } from './lib/system.ts';
import type { Tool } from './lib/tool.ts';

export const hostname: Tool = async (ctx) => {
  const arg = ctx.argv[1];
  if (arg === '-i' || arg === '-I') {
    const ips = systemOf(ctx).net?.ips ?? ['127.0.1.1'];
    ctx.stdout.write(`${ips.join(' ')}${arg === '-I' ? ' ' : ''}\n`);
    return 0;
  }
  if (arg === '-s') {
    ctx.stdout.write(`${ctx.hostname.split('.')[0]}\n`);
    return 0;
  }
  ctx.stdout.write(`${ctx.hostname}\n`);
  return 0;
};
