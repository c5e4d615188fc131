// fallocate(1): allocates space for a file (`fallocate -l 10M f`): the file grows to offset +
// length, its bytes stored and counted against the volume's quota, so a tmpfs past its size
// refuses with ENOSPC. util-linux on the host, busybox's applet (default on since 1.28) in
// containers. Models util-linux sys-utils/fallocate.c and busybox util-linux/fallocate.c.

import { isFsError } from '../../os/fs/errors.ts';
import { errText } from './lib/io.ts';
import { parseOptions } from './lib/options.ts';
import type { Tool } from './lib/tool.ts';

const UTIL_LINUX_UNITS: Record<string, number> = {
  '': 1, K: 1024, KiB: 1024, KB: 1000, M: 1 << 20, MiB: 1 << 20, MB: 1e6, G: 2 ** 30, GiB: 2 ** 30, GB: 1e9,
  T: 2 ** 40, TiB: 2 ** 40, TB: 1e12,
};
const BUSYBOX_UNITS: Record<string, number> = { '': 1, k: 1024, K: 1024, M: 1 << 20, G: 2 ** 30, T: 2 ** 40 };

export function parseFallocateSize(text: string, busybox: boolean): number | undefined {
  const m = /^(\d+)([A-Za-z]*)$/.exec(text);
  const unit = m ? (busybox ? BUSYBOX_UNITS : UTIL_LINUX_UNITS)[busybox ? m[2] : m[2].replace(/^k/, 'K')] : undefined;
  return m && unit !== undefined ? Number(m[1]) * unit : undefined;
}

export const fallocate: Tool = async (ctx, f) => {
  const busybox = f.kind === 'busybox';
  const parsed = parseOptions(ctx, f, busybox
    ? { short: 'l:o:' }
    : { short: 'l:o:nv', long: { 'length=': 'l', 'offset=': 'o', 'keep-size': 'n', verbose: 'v' } });
  if (typeof parsed === 'number') return parsed;
  const { opts, operands } = parsed;
  const prog = f.prog(ctx);
  if (busybox && (!opts.has('l') || operands.length !== 1)) {
    ctx.stderr.write(f.usage('fallocate'));
    return 1;
  }
  if (!busybox) {
    if (operands.length === 0) {
      ctx.stderr.write(`${prog}: no filename specified\n${f.usage(prog)}`);
      return 1;
    }
    if (operands.length > 1) {
      ctx.stderr.write(`${prog}: unexpected number of arguments\n${f.usage(prog)}`);
      return 1;
    }
    if (!opts.has('l')) {
      ctx.stderr.write(`${prog}: no length argument specified\n`);
      return 1;
    }
  }
  const sizes: number[] = [];
  for (const [key, what] of [['l', 'length'], ['o', 'offset']] as const) {
    const text = opts.get(key) ?? '0';
    const n = parseFallocateSize(text, busybox);
    if (n === undefined) {
      ctx.stderr.write(busybox ? `${prog}: invalid number '${text}'\n` : `${prog}: invalid ${what} value specified\n`);
      return 1;
    }
    sizes.push(n);
  }
  const [length, offset] = sizes;
  if (length === 0) {
    ctx.stderr.write(busybox ? `${prog}: fallocate '${operands[0]}': Invalid argument\n` : `${prog}: invalid length value specified\n`);
    return 1;
  }
  const name = operands[0];
  const path = ctx.resolve(name);
  try {
    ctx.fs.writeFile(path, '', { append: true, mode: busybox ? 0o666 : 0o644 }, ctx.cred);
  } catch (e) {
    if (!isFsError(e)) throw e;
    ctx.stderr.write(busybox ? `${prog}: can't open '${name}': ${errText(e)}\n` : `${prog}: cannot open ${name}: ${errText(e)}\n`);
    return 1;
  }
  try {
    const st = ctx.fs.stat(path, ctx.cred);
    if (st.type === 'file' && !opts.has('n') && offset + length > st.size) ctx.fs.truncate(path, offset + length, ctx.cred);
  } catch (e) {
    if (!isFsError(e)) throw e;
    ctx.stderr.write(busybox ? `${prog}: fallocate '${name}': ${errText(e)}\n` : `${prog}: fallocate failed: ${errText(e)}\n`);
    return 1;
  }
  return 0;
};
