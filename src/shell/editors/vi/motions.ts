// Cursor motions of vi's normal mode as pure functions of the text: words (`w b e`, and the
// blank-separated WORDs of `W B E`), line starts and ends. Positions are {row, col} in characters.
// Models vim's src/textobject.c (fwd_word, bck_word, end_word) and cls().

export interface Pos {
  row: number;
  col: number;
}

/** Character class as vim's cls(): 0 blank, 1 punctuation, 2 keyword; WORDs merge 1 and 2. */
function cls(ch: string | undefined, bigWord: boolean): number {
  if (ch === undefined || ch === ' ' || ch === '\t') return 0;
  if (bigWord) return 1;
  return /[A-Za-z0-9_\u00c0-\uffff]/.test(ch) ? 2 : 1;
}

function next(lines: readonly string[], p: Pos): Pos | undefined {
  if (p.col + 1 < lines[p.row].length) return { row: p.row, col: p.col + 1 };
  if (p.row + 1 < lines.length) return { row: p.row + 1, col: -1 };
  return undefined;
}

/** Steps one character forward; col -1 stands for the line break before a line's first char. */
function inc(lines: readonly string[], p: Pos): Pos | undefined {
  if (p.col < 0) return lines[p.row].length > 0 ? { row: p.row, col: 0 } : next(lines, { row: p.row, col: 0 });
  return next(lines, p);
}

function charAt(lines: readonly string[], p: Pos): string | undefined {
  return p.col < 0 ? undefined : lines[p.row][p.col];
}

/** `w`/`W`: start of the next word; an empty line counts as a word. */
export function wordForward(lines: readonly string[], from: Pos, bigWord = false): Pos {
  let p: Pos | undefined = from;
  const start = cls(charAt(lines, from), bigWord);
  if (start !== 0) {
    while (p && p.col >= 0 && cls(charAt(lines, p), bigWord) === start) p = inc(lines, p);
  }
  while (p) {
    if (p.col < 0) {
      if (lines[p.row].length === 0) return { row: p.row, col: 0 };
      p = { row: p.row, col: 0 };
      continue;
    }
    if (cls(charAt(lines, p), bigWord) !== 0) return p;
    p = inc(lines, p);
  }
  // No further word: the last character of the buffer.
  const last = lines.length - 1;
  return { row: last, col: Math.max(0, lines[last].length - 1) };
}

/** `e`/`E`: end of this or the next word. */
export function wordEnd(lines: readonly string[], from: Pos, bigWord = false): Pos {
  let p = inc(lines, from);
  while (p && (p.col < 0 || cls(charAt(lines, p), bigWord) === 0)) p = inc(lines, p);
  if (!p) return from;
  const c = cls(charAt(lines, p), bigWord);
  const line = lines[p.row];
  let col = p.col;
  while (col + 1 < line.length && cls(line[col + 1], bigWord) === c) col++;
  return { row: p.row, col };
}

function dec(lines: readonly string[], p: Pos): Pos | undefined {
  if (p.col > 0) return { row: p.row, col: p.col - 1 };
  if (p.row === 0) return undefined;
  const prev = lines[p.row - 1];
  return { row: p.row - 1, col: prev.length === 0 ? -1 : prev.length - 1 };
}

/** `b`/`B`: start of this or the previous word; an empty line stops it. */
export function wordBackward(lines: readonly string[], from: Pos, bigWord = false): Pos {
  let p = dec(lines, from);
  while (p && p.col >= 0 && cls(charAt(lines, p), bigWord) === 0) p = dec(lines, p);
  if (!p) return { row: 0, col: 0 };
  if (p.col < 0) return { row: p.row, col: 0 };
  const c = cls(charAt(lines, p), bigWord);
  while (p.col > 0 && cls(lines[p.row][p.col - 1], bigWord) === c) p = { row: p.row, col: p.col - 1 };
  return p;
}

/** `^`: the first non-blank character (the last one on an all-blank line). */
export function firstNonBlank(line: string): number {
  const m = /^[ \t]*/.exec(line)![0].length;
  return Math.max(0, Math.min(m, line.length - 1));
}

/** The leading blanks autoindent copies. */
export function indentOf(line: string): string {
  return /^[ \t]*/.exec(line)![0];
}
