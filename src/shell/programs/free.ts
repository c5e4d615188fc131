// free(1): memory of the machine (4 GiB unless bound otherwise), used from the processes'
// accounted allocations; -m, -g, -h.

import { humanSize } from './lib/io.ts';
import { parseOptions } from './lib/options.ts';
import { systemOf } from './lib/system.ts';
import type { Tool } from './lib/tool.ts';

export const free: Tool = async (ctx, f) => {
  const parsed = parseOptions(ctx, f, { short: 'bkmght', long: { mega: 'm', giga: 'g', human: 'h', kilo: 'k' } });
  if (typeof parsed === 'number') return parsed;
  const { opts } = parsed;
  const sys = systemOf(ctx);
  const total = sys.memoryBytes ?? 4 * 1024 ** 3;
  const base = 512 * 1024 ** 2;
  const used = base + (sys.processes?.list().reduce((n, p) => n + p.memory, 0) ?? 0);
  const buff = 1024 ** 3;
  const shared = 4 * 1024 ** 2;
  const freeMem = Math.max(0, total - used - buff);
  const avail = Math.max(0, total - used);
  const unit = opts.has('g') ? 1024 ** 3 : opts.has('m') ? 1024 ** 2 : opts.has('b') ? 1 : 1024;
  const show = (n: number) => (opts.has('h') ? (n === 0 ? '0B' : `${humanSize(n)}i`.replace(/(\d)([KMGT])i$/, '$1$2i')) : String(Math.floor(n / unit)));
  const cols = [total, used, freeMem, shared, buff, avail].map(show);
  const bb = f.kind === 'busybox';
  const head = `${' '.repeat(bb ? 14 : 15)}total        used        free      shared  buff/cache   available\n`;
  const row = (label: string, values: string[]) => `${label}${values[0].padStart((bb ? 19 : 20) - label.length)}${values.slice(1).map((v) => ` ${v.padStart(11)}`).join('')}\n`;
  const mem = row('Mem:', cols);
  const swap = row('Swap:', [0, 0, 0].map(show));
  ctx.stdout.write(head + mem + swap);
  return 0;
};
