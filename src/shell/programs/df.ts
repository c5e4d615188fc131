// df(1): the machine's filesystems (the root and its mounts) with sizes a node of a lab
// cluster would have; -h human, -T types.

import { humanSize } from './lib/io.ts';
import { busyboxHuman } from './ls-format.ts';
import { parseOptions } from './lib/options.ts';
import type { Tool } from './lib/tool.ts';

export const df: Tool = async (ctx, f) => {
  const parsed = parseOptions(ctx, f, { short: 'hTakPi', long: { 'human-readable': 'h', 'print-type': 'T', all: 'a' } });
  if (typeof parsed === 'number') return parsed;
  const { opts } = parsed;
  const human = opts.has('h');
  // A 20 GiB disk, as lab nodes have, and tmpfs for the rest.
  const rows: [string, number, number, string][] = [
    ['/dev/root', 20_316_468, 6_721_304, '/'],
    ['tmpfs', 2_012_040, 0, '/dev/shm'],
  ];
  for (const m of ctx.fs.mounts().slice(1)) if (!m.path.startsWith('/dev/') && !m.path.startsWith('/proc')) rows.push(['tmpfs', 2_012_040, 4, m.path]);
  const size = (kb: number) => (human ? (kb === 0 ? '0' : f.kind === 'busybox' ? busyboxHuman(kb * 1024) : humanSize(kb * 1024)) : String(kb));
  const head = f.kind === 'busybox'
    ? `Filesystem           ${human ? '     Size      Used Available' : '1K-blocks      Used Available'} Use% Mounted on\n`
    : human ? 'Filesystem      Size  Used Avail Use% Mounted on\n' : 'Filesystem     1K-blocks    Used Available Use% Mounted on\n';
  const body = rows.map(([fsName, total, used, at]) => {
    const avail = total - used;
    const pct = `${total === 0 ? 0 : Math.ceil((used * 100) / total)}%`;
    if (f.kind === 'busybox') return `${fsName.padEnd(20)} ${size(total).padStart(9)} ${size(used).padStart(9)} ${size(avail).padStart(9)} ${pct.padStart(3)} ${at}\n`;
    if (human) return `${fsName.padEnd(15)} ${size(total).padStart(4)} ${size(used).padStart(5)} ${size(avail).padStart(5)} ${pct.padStart(4)} ${at}\n`;
    return `${fsName.padEnd(14)} ${size(total).padStart(10)} ${size(used).padStart(7)} ${size(avail).padStart(9)} ${pct.padStart(4)} ${at}\n`;
  }).join('');
  ctx.stdout.write(head + body);
  return 0;
};
