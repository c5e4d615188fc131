// uname(1): the kernel of an Ubuntu 24.04 node (or what the machine binds), -a -s -n -r -m -o.

import { parseOptions } from './lib/options.ts';
import { systemOf } from './lib/system.ts';
import type { Tool } from './lib/tool.ts';

export const uname: Tool = async (ctx, f) => {
  const parsed = parseOptions(ctx, f, { short: 'asnrvmpio', long: { all: 'a', 'kernel-name': 's', nodename: 'n', 'kernel-release': 'r', 'kernel-version': 'v', machine: 'm', 'operating-system': 'o' } });
  if (typeof parsed === 'number') return parsed;
  const { opts } = parsed;
  const release = systemOf(ctx).kernelRelease ?? '6.8.0-51-generic';
  const version = '#52-Ubuntu SMP PREEMPT_DYNAMIC Thu Dec  5 13:09:44 UTC 2024';
  const fields: [string, string][] = [
    ['s', 'Linux'], ['n', ctx.hostname], ['r', release], ['v', version], ['m', 'x86_64'], ['p', 'x86_64'], ['i', 'x86_64'], ['o', 'GNU/Linux'],
  ];
  let picked: string[];
  if (opts.has('a')) picked = fields.filter(([k]) => f.kind === 'busybox' ? k !== 'p' && k !== 'i' : k !== 'p' && k !== 'i').map(([, v]) => v);
  else {
    picked = fields.filter(([k]) => opts.has(k)).map(([, v]) => v);
    if (picked.length === 0) picked = ['Linux'];
  }
  ctx.stdout.write(`${picked.join(' ')}\n`);
  return 0;
};
