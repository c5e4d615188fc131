// How ls lays entries out: the long format's aligned columns and dates, and the multi-column
// grid on a terminal. Models coreutils src/ls.c (print_long_format, calculate_columns) and
// busybox coreutils/ls.c (fixed-width long columns).

import type { Stats } from '../../os/fs/file-system.ts';
import { formatMode } from '../../os/fs/mode.ts';
import { humanSize } from './lib/io.ts';

export interface Entry {
  name: string;
  stats: Stats;
  /** Symlink target, for `l -> target`. */
  target?: string;
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const SIX_MONTHS = (365.2425 / 2) * 86400_000;

/** `Jan  5 09:00` for recent files, `Jan  1  2025` for old or future ones (UTC). */
export function lsDate(mtime: number, now: number): string {
  const d = new Date(mtime);
  const day = String(d.getUTCDate()).padStart(2);
  const recent = mtime <= now && now - mtime < SIX_MONTHS;
  const tail = recent
    ? `${String(d.getUTCHours()).padStart(2, '0')}:${String(d.getUTCMinutes()).padStart(2, '0')}`
    : ` ${d.getUTCFullYear()}`;
  return `${MONTHS[d.getUTCMonth()]} ${day} ${tail}`;
}

/** busybox -h: one decimal from 1K up (754.8K), as ls, du and df print it. */
export function busyboxHuman(bytes: number): string {
  if (bytes < 1024) return String(bytes);
  let v = bytes;
  let u = -1;
  do {
    v /= 1024;
    u++;
  } while (v >= 1024 && u < 4);
  return `${v.toFixed(1)}${'KMGTP'[u]}`;
}

/** 1K blocks a file occupies (4K filesystem blocks), for `total` and -s. */
export function blocks(st: Stats): number {
  if (st.type === 'symlink' || st.type === 'device') return 0;
  return Math.ceil(st.size / 4096) * 4;
}

export interface LongOptions {
  human: boolean;
  numeric: boolean;
  busybox: boolean;
  now: number;
  user(uid: number): string;
  group(gid: number): string;
  name(e: Entry): string;
}

/** The rows of `ls -l`, columns aligned across all entries as coreutils does. */
export function longLines(entries: Entry[], o: LongOptions, alignWith: Entry[] = []): string[] {
  const cells = [...entries, ...alignWith].map((e) => ({
    mode: formatMode(e.stats.mode),
    links: String(e.stats.nlink),
    user: o.numeric ? String(e.stats.uid) : o.user(e.stats.uid),
    group: o.numeric ? String(e.stats.gid) : o.group(e.stats.gid),
    size: o.human ? (o.busybox ? busyboxHuman(e.stats.size) : humanSize(e.stats.size)) : String(e.stats.size),
    date: lsDate(e.stats.mtime, o.now),
    name: o.name(e) + (e.target !== undefined ? ` -> ${e.target}` : ''),
  }));
  if (o.busybox) {
    return cells.slice(0, entries.length).map((c) => `${c.mode} ${c.links.padStart(4)} ${c.user.padEnd(8)} ${c.group.padEnd(8)} ${c.size.padStart(o.human ? 7 : 9)} ${c.date} ${c.name}`);
  }
  const w = (k: 'links' | 'user' | 'group' | 'size') => Math.max(0, ...cells.map((c) => c[k].length));
  const [links, user, group, size] = [w('links'), w('user'), w('group'), w('size')];
  return cells.slice(0, entries.length).map((c) => `${c.mode} ${c.links.padStart(links)} ${c.user.padEnd(user)} ${c.group.padEnd(group)} ${c.size.padStart(size)} ${c.date} ${c.name}`);
}

/**
 * Names in columns filling down first, as wide as the terminal allows: each column is as wide
 * as its longest name plus two spaces. `shown` are the names as printed (maybe coloured), `widths`
 * their visible lengths.
 */
export function gridLines(shown: string[], widths: number[], lineWidth: number): string[] {
  const n = shown.length;
  if (n === 0) return [];
  for (let cols = n; cols >= 1; cols--) {
    const rows = Math.ceil(n / cols);
    if (cols > 1 && Math.ceil(n / rows) < cols) continue;
    const colWidths: number[] = [];
    for (let c = 0; c < cols; c++) colWidths.push(Math.max(0, ...widths.slice(c * rows, (c + 1) * rows)));
    const total = colWidths.reduce((a, b) => a + b, 0) + 2 * (cols - 1);
    // As coreutils: a layout fits only when strictly narrower than the line.
    if (total >= lineWidth && cols > 1) continue;
    const lines: string[] = [];
    for (let r = 0; r < rows; r++) {
      let line = '';
      for (let c = 0; c < cols; c++) {
        const i = c * rows + r;
        if (i >= n) break;
        const last = c === cols - 1 || (c + 1) * rows + r >= n;
        line += last ? shown[i] : shown[i] + ' '.repeat(colWidths[c] - widths[i] + 2);
      }
      lines.push(line);
    }
    return lines;
  }
  return shown;
}
