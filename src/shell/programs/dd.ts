// dd(1): copies blocks from if= (stdin) to of= (stdout) — `dd if=/dev/zero of=/cache/big bs=1M
// count=20` is how a learner fills an emptyDir — and reports records and the transfer on stderr.
// A write that hits a quota comes up short and dd stops with `error writing`, as on a full tmpfs.
// Models coreutils src/dd.c (dd_copy, print_stats) and busybox coreutils/dd.c.

import { isFsError } from '../../os/fs/errors.ts';
import { gnuQuote } from './flavour.ts';
import { parseDdArgs, type DdError, type DdSettings } from './lib/dd-options.ts';
import { busyboxTransfer, gnuTransfer } from './lib/dd-stats.ts';
import { openInput, type ChunkReader } from './lib/input.ts';
import { errText } from './lib/io.ts';
import { printHelp } from './lib/options.ts';
import type { Tool } from './lib/tool.ts';
import type { Flavour } from './flavour.ts';
import type { ProcessContext } from '../../os/process/context.ts';

/**
 * Modelled cost of a copy, in virtual nanoseconds: a fixed start plus a price per byte
 * (about 760 MB/s from /dev/zero into a tmpfs, 300 MB/s from /dev/urandom), so the summary's
 * time and rate are plausible and the same on every run.
 */
const START_NS = 100_000;
const NS_PER_BYTE = 1.31;
const NS_PER_RANDOM_BYTE = 3.4;

interface Counts {
  inFull: number;
  inPart: number;
  outFull: number;
  outPart: number;
  bytes: number;
}

export const dd: Tool = async (ctx, f) => {
  if (printHelp(ctx, f)) return 0;
  const prog = f.prog(ctx);
  const parsed = parseDdArgs(ctx.argv.slice(1), f.kind === 'busybox');
  if ('kind' in parsed) return usageMistake(ctx, f, parsed);
  const s = parsed;
  const inName = s.input ?? '-';
  let input: ChunkReader;
  try {
    input = openInput(ctx, inName);
  } catch (e) {
    return openFailed(ctx, f, inName, e);
  }
  const outPath = s.output === undefined ? undefined : ctx.resolve(s.output);
  let pos = (s.seekBytes ? 1 : s.obs) * s.seek;
  if (outPath !== undefined) {
    try {
      if (s.append || s.notrunc || s.seek > 0) ctx.fs.writeFile(outPath, '', { append: true }, ctx.cred);
      else ctx.fs.writeFile(outPath, '', {}, ctx.cred);
      if (s.seek > 0 && !s.notrunc && !s.append && ctx.fs.stat(outPath, ctx.cred).type === 'file') ctx.fs.truncate(outPath, pos, ctx.cred);
    } catch (e) {
      return openFailed(ctx, f, s.output!, e);
    }
  }
  const counts: Counts = { inFull: 0, inPart: 0, outFull: 0, outPart: 0, bytes: 0 };
  const start = ctx.now();
  let owedNs = START_NS;
  let nextProgress = 1e9;
  let progressLen = 0;
  const elapsed = () => (ctx.now() - start) * 1e6 + owedNs;
  const perByte = input.device === 'urandom' || input.device === 'random' ? NS_PER_RANDOM_BYTE : NS_PER_BYTE;

  /** Writes one output block; false after reporting a failed or short write. */
  const put = async (block: string): Promise<boolean | 'pipe'> => {
    let written = 0;
    let error: unknown;
    if (outPath === undefined) {
      if (!ctx.stdout.write(block)) return 'pipe';
      written = block.length;
    } else {
      try {
        written = ctx.fs.write(outPath, block, s.append ? undefined : pos, ctx.cred);
        if (written < block.length) written += ctx.fs.write(outPath, block.slice(written), s.append ? undefined : pos + written, ctx.cred);
      } catch (e) {
        if (!isFsError(e)) throw e;
        error = e;
      }
    }
    pos += written;
    counts.bytes += written;
    owedNs += written * perByte;
    if (error !== undefined) {
      ctx.stderr.write(`${prog}: error writing ${f.kind === 'busybox' ? `'${s.output}'` : gnuQuote(s.output!)}: ${errText(error)}\n`);
      return false;
    }
    if (block.length === s.obs) counts.outFull++;
    else counts.outPart++;
    return true;
  };

  let status = 0;
  let pending = '';
  try {
    await skipInput(input, (s.skipBytes ? 1 : s.ibs) * s.skip);
    for (let copied = 0; s.count === undefined || (s.countBytes ? copied < s.count : counts.inFull + counts.inPart < s.count); ) {
      const want = s.countBytes && s.count !== undefined ? Math.min(s.ibs, s.count - copied) : s.ibs;
      const chunk = await readBlock(input, want, s.fullblock);
      if (chunk === null) break;
      copied += chunk.length;
      if (chunk.length === s.ibs) counts.inFull++;
      else counts.inPart++;
      let result: boolean | 'pipe' = true;
      if (s.ibs === s.obs) result = await put(chunk);
      else {
        pending += chunk;
        while (result === true && pending.length >= s.obs) {
          result = await put(pending.slice(0, s.obs));
          pending = pending.slice(s.obs);
        }
      }
      if (result === 'pipe') return 1;
      if (!result) {
        status = 1;
        break;
      }
      // Let virtual time pass as the copy goes, so `time dd` and the progress line agree.
      if (owedNs >= 50e6) {
        const ms = Math.floor(owedNs / 1e6);
        owedNs -= ms * 1e6;
        await ctx.sleep(ms);
      }
      if (s.status === 'progress' && elapsed() >= nextProgress) {
        const line = gnuTransfer(counts.bytes, elapsed(), true);
        ctx.stderr.write(`\r${line}${' '.repeat(Math.max(0, progressLen - line.length))}`);
        progressLen = line.length;
        nextProgress += 1e9;
      }
      await ctx.checkpoint();
    }
    if (status === 0 && pending !== '') {
      const result = await put(pending);
      if (result === 'pipe') return 1;
      if (!result) status = 1;
    }
  } finally {
    if (inName === '-') input.close();
  }
  if (progressLen > 0) ctx.stderr.write('\n');
  report(ctx, f, s, counts, elapsed());
  return status;
};

async function skipInput(input: ChunkReader, bytes: number): Promise<void> {
  for (let left = bytes; left > 0; ) {
    const chunk = await input.read(Math.min(left, 1 << 20));
    if (chunk === null) return;
    left -= chunk.length;
  }
}

/** One read(2) of up to `want` bytes; with iflag=fullblock, reads until the block is full. */
async function readBlock(input: ChunkReader, want: number, full: boolean): Promise<string | null> {
  const first = await input.read(want);
  if (first === null || !full || first.length === want) return first;
  const parts = [first];
  let have = first.length;
  while (have < want) {
    const more = await input.read(want - have);
    if (more === null) break;
    parts.push(more);
    have += more.length;
  }
  return parts.join('');
}

function report(ctx: ProcessContext, f: Flavour, s: DdSettings, c: Counts, ns: number): void {
  if (s.status === 'none') return;
  let text = `${c.inFull}+${c.inPart} records in\n${c.outFull}+${c.outPart} records out\n`;
  if (s.status !== 'noxfer') text += `${f.kind === 'busybox' ? busyboxTransfer(c.bytes, ns) : gnuTransfer(c.bytes, ns)}\n`;
  ctx.stderr.write(text);
}

function openFailed(ctx: ProcessContext, f: Flavour, name: string, e: unknown): number {
  if (!isFsError(e)) throw e;
  const what = f.kind === 'busybox' ? `can't open '${name}'` : `failed to open ${gnuQuote(name)}`;
  ctx.stderr.write(`${f.prog(ctx)}: ${what}: ${errText(e)}\n`);
  return 1;
}

const GNU_FLAG_WORDS: Record<string, string> = {
  conv: 'invalid conversion', iflag: 'invalid input flag', oflag: 'invalid output flag', status: 'invalid status level',
};

function usageMistake(ctx: ProcessContext, f: Flavour, e: DdError): number {
  const prog = f.prog(ctx);
  if (f.kind === 'busybox') {
    if (e.kind === 'operand') ctx.stderr.write(f.usage('dd'));
    else if (e.kind === 'number') ctx.stderr.write(`${prog}: invalid number '${e.value}'\n`);
    else if (e.kind === 'range') ctx.stderr.write(`${prog}: number ${e.value} is not in 1..9223372036854775807 range\n`);
    else ctx.stderr.write(`${prog}: invalid argument '${e.value}' to '${e.key}'\n`);
    return 1;
  }
  if (e.kind === 'number' || e.kind === 'range') {
    ctx.stderr.write(`${prog}: invalid number: ${f.quote(ctx, e.value)}\n`);
    return 1;
  }
  const message = e.kind === 'operand' ? `unrecognized operand ${f.quote(ctx, e.operand)}` : `${GNU_FLAG_WORDS[e.key]}: ${f.quote(ctx, e.value)}`;
  ctx.stderr.write(`${prog}: ${message}\n${f.usage(prog)}`);
  return 1;
}
