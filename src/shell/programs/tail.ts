// tail(1): the last lines (-n N, from line N with -n +N) or bytes (-c) of each input; -f keeps
// following a growing file, woken by the folder's watch or a one-second poll on the virtual
// clock, until Ctrl-C; -F also waits for a file that does not exist yet and prints it whole
// once it appears (a log sidecar started before its app). Models coreutils src/tail.c and
// busybox coreutils/tail.c.

import * as paths from '../../os/path.ts';
import type { ProcessContext } from '../../os/process/context.ts';
import type { Flavour } from './flavour.ts';
import { errText, isDirRead, readInput } from './lib/io.ts';
import { parseOptions } from './lib/options.ts';
import type { Tool } from './lib/tool.ts';

export const tail: Tool = async (ctx, f) => {
  const args = ctx.argv.slice(1).map((a, i, all) => (i > 0 && /^-[nc]$/.test(all[i - 1])) ? a : (/^[-+]\d+$/.test(a) ? `-n${a[0] === '+' ? a : a.slice(1)}` : a));
  const parsed = parseOptions(ctx, f, { short: 'n:c:fFqvs:', long: { 'lines=': 'n', 'bytes=': 'c', follow: 'f', quiet: 'q', verbose: 'v', 'sleep-interval=': 's' } }, args);
  if (typeof parsed === 'number') return parsed;
  const { opts, operands } = parsed;
  const prog = f.prog(ctx);
  const bytes = opts.has('c');
  const spec = opts.get(bytes ? 'c' : 'n') ?? '10';
  const m = /^([+-]?)(\d+)$/.exec(spec);
  if (!m) {
    if (f.kind === 'busybox') ctx.stderr.write(`${prog}: invalid number '${spec}'\n`);
    else ctx.stderr.write(`${prog}: invalid number of ${bytes ? 'bytes' : 'lines'}: ${f.quote(ctx, spec)}\n`);
    return 1;
  }
  const fromStart = m[1] === '+';
  const n = Number(m[2]);
  const pick = (text: string): string => {
    if (bytes) return fromStart ? text.slice(Math.max(0, n - 1)) : n === 0 ? '' : text.slice(-n);
    const parts = text.split(/(?<=\n)/).filter((p) => p !== '');
    return (fromStart ? parts.slice(Math.max(0, n - 1)) : n === 0 ? [] : parts.slice(-n)).join('');
  };
  const files = operands.length > 0 ? operands : ['-'];
  const headers = opts.has('v') || (files.length > 1 && !opts.has('q'));
  const follow = opts.has('f') || opts.has('F');
  const retry = opts.has('F');
  let status = 0;
  // Followed files and how much of each was printed; -1: not there yet (-F waits for it).
  const sizes = new Map<string, number>();
  let opened = 0;
  for (const [i, name] of files.entries()) {
    try {
      const text = await readInput(ctx, name);
      if (headers) ctx.stdout.write(`${i > 0 ? '\n' : ''}==> ${name === '-' ? 'standard input' : name} <==\n`);
      ctx.stdout.write(pick(text));
      if (name !== '-') sizes.set(name, text.length);
    } catch (e) {
      if (f.kind === 'busybox') ctx.stderr.write(`${prog}: ${isDirRead(e) ? 'read error' : `can't open '${name}'`}: ${errText(e)}\n`);
      else ctx.stderr.write(`${prog}: ${isDirRead(e) ? `error reading '${name}'` : `cannot open '${name}' for reading`}: ${errText(e)}\n`);
      if (isDirRead(e)) opened++;
      else if (retry && name !== '-') sizes.set(name, -1);
      status = 1;
    }
  }
  if (f.kind === 'busybox' && !retry && sizes.size === 0 && opened === 0 && !files.includes('-')) {
    ctx.stderr.write(`${prog}: no files\n`);
    return 1;
  }
  if (!follow || sizes.size === 0) return status;
  return followFiles(ctx, f, sizes, headers);
};

async function followFiles(ctx: ProcessContext, f: Flavour, sizes: Map<string, number>, headers: boolean): Promise<number> {
  const prog = f.prog(ctx);
  let wake: () => void = () => {};
  const watches = [...sizes.keys()].flatMap((name) => {
    try {
      return [ctx.fs.watch(paths.dirname(ctx.resolve(name)), (ev) => { if (ev.name === paths.basename(name)) wake(); }, ctx.cred)];
    } catch {
      return [];
    }
  });
  let last = [...sizes.keys()][sizes.size - 1];
  try {
    for (;;) {
      await Promise.race([ctx.sleep(1000), new Promise<void>((resolve) => { wake = resolve; })]);
      await ctx.checkpoint();
      for (const [name, size] of sizes) {
        let text: string;
        try {
          text = ctx.fs.readFile(ctx.resolve(name), ctx.cred);
        } catch {
          continue;
        }
        if (text.length === size) continue;
        let fresh: string;
        if (size < 0) {
          ctx.stderr.write(f.kind === 'busybox'
            ? `${prog}: ${name} has appeared; following end of new file\n`
            : `${prog}: '${name}' has appeared;  following new file\n`);
          fresh = text;
        } else if (text.length < size) {
          ctx.stderr.write(`${prog}: ${name}: file truncated\n`);
          fresh = text;
        } else fresh = text.slice(size);
        sizes.set(name, text.length);
        if (headers && name !== last) ctx.stdout.write(`\n==> ${name} <==\n`);
        last = name;
        if (!ctx.stdout.write(fresh)) return 1;
      }
    }
  } finally {
    for (const w of watches) w.close();
  }
}
