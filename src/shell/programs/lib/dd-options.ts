// dd's operands (`if=/dev/zero of=/cache/big bs=1M count=20`), read as GNU coreutils
// (src/dd.c scanargs, parse_integer) and busybox (coreutils/dd.c, cwbkMG_suffixes) read them.

export interface DdSettings {
  ibs: number;
  obs: number;
  /** Input blocks to copy (bytes with iflag=count_bytes); undefined copies everything. */
  count?: number;
  skip: number;
  seek: number;
  input?: string;
  output?: string;
  notrunc: boolean;
  status: 'default' | 'none' | 'noxfer' | 'progress';
  fullblock: boolean;
  countBytes: boolean;
  skipBytes: boolean;
  seekBytes: boolean;
  append: boolean;
}

/** A mistake in the operands, to be printed the flavour's way. */
export type DdError =
  | { kind: 'operand'; operand: string }
  | { kind: 'number'; value: string }
  | { kind: 'range'; value: string }
  | { kind: 'flag'; key: string; value: string };

const GNU_SUFFIXES: Record<string, number> = {
  '': 1, c: 1, w: 2, b: 512, k: 1024, K: 1024, KiB: 1024, kB: 1000, KB: 1000,
  M: 1 << 20, MiB: 1 << 20, MB: 1e6, G: 2 ** 30, GiB: 2 ** 30, GB: 1e9, T: 2 ** 40, TiB: 2 ** 40, TB: 1e12,
};

const BUSYBOX_SUFFIXES: Record<string, number> = {
  '': 1, c: 1, w: 2, b: 512, kB: 1000, kD: 1000, k: 1024, KB: 1000, KD: 1000, K: 1024,
  MB: 1e6, MD: 1e6, M: 1 << 20, GB: 1e9, GD: 1e9, G: 2 ** 30,
};

/** A size such as 1M, 4k, 512, 2x1M (GNU's products); undefined when it is not one. */
export function parseDdNumber(text: string, busybox: boolean): number | undefined {
  if (!busybox && text.includes('x')) {
    const parts = text.split('x').map((p) => parseDdNumber(p, false));
    return parts.some((p) => p === undefined) ? undefined : parts.reduce((a, b) => a! * b!, 1);
  }
  const m = /^(\d+)([A-Za-z]*)$/.exec(text);
  const mult = m ? (busybox ? BUSYBOX_SUFFIXES : GNU_SUFFIXES)[m[2]] : undefined;
  return m && mult !== undefined ? Number(m[1]) * mult : undefined;
}

const CONV = ['notrunc', 'sync', 'noerror', 'fsync', 'fdatasync', 'swab'];
const IFLAGS = ['fullblock', 'count_bytes', 'skip_bytes', 'direct'];
const OFLAGS = ['append', 'seek_bytes', 'direct'];

/** Pure: the settings `args` (argv without argv[0]) ask for, or the first mistake. */
export function parseDdArgs(args: string[], busybox: boolean): DdSettings | DdError {
  const s: DdSettings = {
    ibs: 512, obs: 512, skip: 0, seek: 0, notrunc: false, status: 'default',
    fullblock: false, countBytes: false, skipBytes: false, seekBytes: false, append: false,
  };
  for (const arg of args) {
    if (arg === '--' && busybox) continue;
    const eq = arg.indexOf('=');
    if (eq < 0) return { kind: 'operand', operand: arg };
    const key = arg.slice(0, eq);
    const value = arg.slice(eq + 1);
    const number = (min: number): number | DdError => {
      const n = parseDdNumber(value, busybox);
      if (n === undefined) return { kind: 'number', value };
      if (n < min) return busybox ? { kind: 'range', value } : { kind: 'number', value };
      return n;
    };
    const words = (allowed: string[]): string[] | DdError => {
      const list = value.split(',');
      const bad = list.find((w) => !allowed.includes(w));
      return bad === undefined ? list : { kind: 'flag', key, value: bad };
    };
    let got: number | string[] | DdError;
    switch (key) {
      case 'if': s.input = value; continue;
      case 'of': s.output = value; continue;
      case 'bs': case 'ibs': case 'obs':
        got = number(1);
        if (typeof got !== 'number') return got;
        if (key !== 'obs') s.ibs = got;
        if (key !== 'ibs') s.obs = got;
        continue;
      case 'count': case 'skip': case 'seek':
        got = number(0);
        if (typeof got !== 'number') return got;
        s[key] = got;
        continue;
      case 'conv': case 'iflag': case 'oflag':
        got = words(key === 'conv' ? CONV : key === 'iflag' ? IFLAGS : OFLAGS);
        if (!Array.isArray(got)) return got;
        for (const w of got) {
          if (w === 'notrunc') s.notrunc = true;
          else if (w === 'fullblock') s.fullblock = true;
          else if (w === 'count_bytes') s.countBytes = true;
          else if (w === 'skip_bytes') s.skipBytes = true;
          else if (w === 'seek_bytes') s.seekBytes = true;
          else if (w === 'append') s.append = true;
        }
        continue;
      case 'status':
        // busybox 1.36 knows none and noxfer only.
        if (value === 'none' || value === 'noxfer' || (value === 'progress' && !busybox)) s.status = value;
        else return { kind: 'flag', key, value };
        continue;
      default:
        return { kind: 'operand', operand: arg };
    }
  }
  return s;
}
