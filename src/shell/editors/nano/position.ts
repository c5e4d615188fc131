// Where things are in a nano buffer: the ^C location report and ^W's search, which is
// case-insensitive and wraps around, as nano's defaults are.
// Models nano's src/search.c (findnextstr, do_search) and src/nano.c (report_cursor_position).

/** `line 3/5 (60%), col 1/12 (8%), char 26/47 (55%)`, the text of ^C. */
export function location(lines: readonly string[], row: number, col: number): string {
  const total = lines.length;
  const lineLen = lines[row].length + 1;
  const charsBefore = lines.slice(0, row).reduce((n, l) => n + l.length + 1, 0) + col;
  const chars = lines.slice(0, -1).reduce((n, l) => n + l.length + 1, 0);
  const pct = (a: number, b: number) => Math.floor((100 * a) / Math.max(1, b));
  return `line ${row + 1}/${total} (${pct(row + 1, total)}%), col ${col + 1}/${lineLen} (${pct(col + 1, lineLen)}%), char ${charsBefore}/${chars} (${pct(charsBefore, chars)}%)`;
}

export type Found = { row: number; col: number; message?: string } | { message: string; row?: undefined };

/** The next match after the cursor, wrapping; the message nano shows with it. */
export function findNext(lines: readonly string[], row0: number, col0: number, needle: string): Found {
  const lower = needle.toLowerCase();
  const n = lines.length;
  for (let step = 0; step <= n; step++) {
    const row = (row0 + step) % n;
    const hay = lines[row].toLowerCase();
    const at = step === 0 ? hay.indexOf(lower, col0 + 1) : hay.indexOf(lower);
    // The last step comes back round to the cursor's own line, up to the cursor.
    if (at < 0 || (step === n && at > col0)) continue;
    if (row === row0 && at === col0) return { row, col: at, message: 'This is the only occurrence' };
    return { row, col: at, message: row0 + step >= n ? 'Search Wrapped' : undefined };
  }
  return { message: `"${needle}" not found` };
}
