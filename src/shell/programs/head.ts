// head(1): the first lines (-n N, or all but the last with -n -N) or bytes (-c) of each input,
// with `==> name <==` headers for several. Input streams: head stops reading as soon as it has
// enough (`yes | head -c 2000000`, `head -c 10 /dev/zero`) and keeps only what it must hold back.

import { errText, isDirRead } from './lib/io.ts';
import { DEVICE_CHUNK, openInput, type ChunkReader } from './lib/input.ts';
import { parseOptions } from './lib/options.ts';
import type { Tool } from './lib/tool.ts';
import type { ProcessContext } from '../../os/process/context.ts';

export const head: Tool = async (ctx, f) => {
  // `head -5` is `head -n 5`.
  const args = ctx.argv.slice(1).map((a, i, all) => (i > 0 && /^-[nc]$/.test(all[i - 1])) ? a : (/^-\d+$/.test(a) ? `-n${a.slice(1)}` : a));
  const parsed = parseOptions(ctx, f, { short: 'n:c:qv', long: { 'lines=': 'n', 'bytes=': 'c', quiet: 'q', verbose: 'v' } }, args);
  if (typeof parsed === 'number') return parsed;
  const { opts, operands } = parsed;
  const prog = f.prog(ctx);
  const bytes = opts.has('c');
  const spec = opts.get(bytes ? 'c' : 'n') ?? '10';
  const m = /^(-?)(\d+)([kKmMbB]?)$/.exec(spec);
  if (!m) {
    if (f.kind === 'busybox') ctx.stderr.write(`${prog}: invalid number '${spec}'\n`);
    else ctx.stderr.write(`${prog}: invalid number of ${bytes ? 'bytes' : 'lines'}: ${f.quote(ctx, spec)}\n`);
    return 1;
  }
  const mult: Record<string, number> = { '': 1, b: 512, B: 512, k: 1024, K: 1024, m: 1048576, M: 1048576 };
  const count = Number(m[2]) * mult[m[3]];
  const allBut = m[1] === '-';
  const files = operands.length > 0 ? operands : ['-'];
  const headers = opts.has('v') || (files.length > 1 && !opts.has('q'));
  let status = 0;
  for (const [i, name] of files.entries()) {
    try {
      const input = openInput(ctx, name);
      ctx.stdout.write(headers ? `${i > 0 ? '\n' : ''}==> ${name === '-' ? 'standard input' : name} <==\n` : '');
      const copy = bytes ? (allBut ? allButBytes : firstBytes) : allBut ? allButLines : firstLines;
      if (!(await copy(ctx, input, count))) return 1;
    } catch (e) {
      // busybox's head reports a folder as an I/O error, as it really does.
      if (f.kind === 'busybox') ctx.stderr.write(`${prog}: ${name}: ${isDirRead(e) ? 'Input/output error' : errText(e)}\n`);
      else ctx.stderr.write(`${prog}: ${isDirRead(e) ? `error reading '${name}'` : `cannot open '${name}' for reading`}: ${errText(e)}\n`);
      status = 1;
    }
  }
  // Done with stdin: the writer upstream gets a broken pipe, as when head exits.
  if (files.includes('-')) ctx.stdin.closeRead();
  return status;
};

type Copy = (ctx: ProcessContext, input: ChunkReader, count: number) => Promise<boolean>;

/** The first `count` bytes; false when nobody reads the output any more. */
const firstBytes: Copy = async (ctx, input, count) => {
  for (let left = count; left > 0; ) {
    const chunk = await input.read(Math.min(left, DEVICE_CHUNK));
    if (chunk === null) break;
    left -= chunk.length;
    if (!ctx.stdout.write(chunk)) return false;
    await ctx.checkpoint();
  }
  return true;
};

/** The first `count` lines: copies whole chunks up to the count-th newline. */
const firstLines: Copy = async (ctx, input, count) => {
  for (let left = count; left > 0; ) {
    const chunk = await input.read();
    if (chunk === null) break;
    let end = 0;
    while (left > 0 && end < chunk.length) {
      const nl = chunk.indexOf('\n', end);
      if (nl < 0) end = chunk.length;
      else {
        end = nl + 1;
        left--;
      }
    }
    if (!ctx.stdout.write(chunk.slice(0, end))) return false;
    await ctx.checkpoint();
  }
  return true;
};

/** All but the last `count` bytes, holding back only those. */
const allButBytes: Copy = async (ctx, input, count) => {
  let held = '';
  for (let chunk = await input.read(); chunk !== null; chunk = await input.read()) {
    held += chunk;
    if (held.length > count) {
      if (!ctx.stdout.write(held.slice(0, held.length - count))) return false;
      held = held.slice(held.length - count);
    }
    await ctx.checkpoint();
  }
  return true;
};

/** All but the last `count` lines (a final line without a newline counts as one). */
const allButLines: Copy = async (ctx, input, count) => {
  let held = '';
  let newlines = 0;
  for (let chunk = await input.read(); chunk !== null; chunk = await input.read()) {
    held += chunk;
    for (let at = chunk.indexOf('\n'); at >= 0; at = chunk.indexOf('\n', at + 1)) newlines++;
    // Lines beyond the last `count + 1` newlines are surely not among the last `count`.
    let cut = 0;
    while (newlines > count + 1) {
      cut = held.indexOf('\n', cut) + 1;
      newlines--;
    }
    if (cut > 0) {
      if (!ctx.stdout.write(held.slice(0, cut))) return false;
      held = held.slice(cut);
    }
    await ctx.checkpoint();
  }
  const parts = held.split(/(?<=\n)/);
  return ctx.stdout.write(parts.slice(0, Math.max(0, parts.length - count)).join(''));
};
