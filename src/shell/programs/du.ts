// du(1): disk use in 1K blocks (4K per started filesystem block), every folder or -s totals,
// -h human sizes, -a files too, -d/--max-depth.

import * as paths from '../../os/path.ts';
import type { ProcessContext } from '../../os/process/context.ts';
import { errText, humanSize } from './lib/io.ts';
import { parseOptions } from './lib/options.ts';
import type { Tool } from './lib/tool.ts';
import { blocks, busyboxHuman } from './ls-format.ts';

export const du: Tool = async (ctx, f) => {
  const parsed = parseOptions(ctx, f, { short: 'shacd:kmx', long: { summarize: 's', 'human-readable': 'h', all: 'a', total: 'c', 'max-depth=': 'd' } });
  if (typeof parsed === 'number') return parsed;
  const { opts, operands } = parsed;
  const prog = f.prog(ctx);
  const maxDepth = opts.has('s') ? 0 : opts.has('d') ? Number(opts.get('d')) : Infinity;
  const show = (kb: number) => (opts.has('h') ? (kb === 0 ? '0' : f.kind === 'busybox' ? busyboxHuman(kb * 1024) : humanSize(kb * 1024)) : String(kb));
  let status = 0;
  let lines = '';
  let grand = 0;
  const walk = async (c: ProcessContext, path: string, shown: string, depth: number): Promise<number> => {
    await c.checkpoint();
    const st = c.fs.lstat(path, c.cred);
    let total = st.type === 'dir' ? 4 : blocks(st);
    if (st.type === 'dir') {
      let names: string[] = [];
      try {
        names = c.fs.readdir(path, c.cred);
      } catch (e) {
        c.stderr.write(`${prog}: ${f.kind === 'busybox' ? `can't open '${shown}'` : `cannot read directory '${shown}'`}: ${errText(e)}\n`);
        status = 1;
      }
      for (const n of names) total += await walk(c, paths.join(path, n), `${shown.replace(/\/$/, '')}/${n}`, depth + 1);
    }
    if (depth <= maxDepth && (st.type === 'dir' || opts.has('a') || depth === 0)) lines += `${show(total)}\t${shown}\n`;
    return total;
  };
  for (const name of operands.length > 0 ? operands : ['.']) {
    try {
      grand += await walk(ctx, ctx.resolve(name), name, 0);
    } catch (e) {
      ctx.stderr.write(`${prog}: ${f.kind === 'busybox' ? name : `cannot access '${name}'`}: ${errText(e)}\n`);
      status = 1;
    }
  }
  if (opts.has('c')) lines += `${show(grand)}\ttotal\n`;
  ctx.stdout.write(lines);
  return status;
};
