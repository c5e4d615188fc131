// head(1): the first lines (-n N, or all but the last with -n -N) or bytes (-c) of each input,
// with `==> name <==` headers for several; stops reading stdin as soon as it has enough.

import { errText, inputLines, isDirRead, readInput } from './lib/io.ts';
import { parseOptions } from './lib/options.ts';
import type { Tool } from './lib/tool.ts';

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
    let lines;
    try {
      lines = bytes || allBut ? null : inputLines(ctx, name);
      const header = headers ? `${i > 0 ? '\n' : ''}==> ${name === '-' ? 'standard input' : name} <==\n` : '';
      if (lines === null) {
        const text = await readInput(ctx, name);
        ctx.stdout.write(header);
        if (bytes) ctx.stdout.write(allBut ? text.slice(0, Math.max(0, text.length - count)) : text.slice(0, count));
        else {
          const parts = text.split(/(?<=\n)/);
          ctx.stdout.write(parts.slice(0, Math.max(0, parts.length - count)).join(''));
        }
        continue;
      }
      ctx.stdout.write(header);
      for (let n = 0; n < count; n++) {
        const line = await lines.next();
        if (line === null) break;
        if (!ctx.stdout.write(line)) return 1;
        await ctx.checkpoint();
      }
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
