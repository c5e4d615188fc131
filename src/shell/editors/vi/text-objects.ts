// vi's text objects after an operator or in visual mode: `iw`/`aw` (and WORDs), quoted strings
// `i"`/`a"`, and brackets `i(`/`a{`/`i[`, on the cursor's line or around it.
// Models vim's src/textobject.c (current_word, current_quote, current_block).

import type { Pos } from './motions.ts';

export interface ObjectSpan {
  from: Pos;
  /** Exclusive end. */
  to: Pos;
}

function wordClass(ch: string | undefined, big: boolean): number {
  if (ch === undefined || ch === ' ' || ch === '\t') return 0;
  if (big) return 1;
  return /[A-Za-z0-9_\u00c0-\uffff]/.test(ch) ? 2 : 1;
}

function word(line: string, row: number, col: number, around: boolean, big: boolean): ObjectSpan | undefined {
  if (line === '') return undefined;
  const c = wordClass(line[col], big);
  let start = col;
  let end = col;
  while (start > 0 && wordClass(line[start - 1], big) === c) start--;
  while (end + 1 < line.length && wordClass(line[end + 1], big) === c) end++;
  if (around) {
    // `aw` takes the blanks after the word, or before it when there are none after.
    let after = end;
    while (after + 1 < line.length && wordClass(line[after + 1], big) === 0) after++;
    if (after > end && c !== 0) end = after;
    else if (c !== 0) while (start > 0 && wordClass(line[start - 1], big) === 0) start--;
  }
  return { from: { row, col: start }, to: { row, col: end + 1 } };
}

function quote(line: string, row: number, col: number, q: string, around: boolean): ObjectSpan | undefined {
  const positions: number[] = [];
  for (let i = 0; i < line.length; i++) if (line[i] === q && line[i - 1] !== '\\') positions.push(i);
  for (let i = 0; i + 1 < positions.length; i += 2) {
    const [open, close] = [positions[i], positions[i + 1]];
    // The cursor inside the pair, or before the first pair on the line (vim searches forward).
    if (col <= close) {
      if (around) {
        let end = close + 1;
        while (end < line.length && (line[end] === ' ' || line[end] === '\t')) end++;
        return { from: { row, col: open }, to: { row, col: end } };
      }
      return { from: { row, col: open + 1 }, to: { row, col: close } };
    }
  }
  return undefined;
}

const PAIRS: Record<string, [string, string]> = {
  '(': ['(', ')'], ')': ['(', ')'], b: ['(', ')'], '{': ['{', '}'], '}': ['{', '}'], B: ['{', '}'],
  '[': ['[', ']'], ']': ['[', ']'], '<': ['<', '>'], '>': ['<', '>'],
};

function block(lines: readonly string[], at: Pos, open: string, close: string, around: boolean): ObjectSpan | undefined {
  // Walk back to the unmatched opening bracket, then forward to its partner.
  let depth = 0;
  let p: Pos | undefined;
  for (let row = at.row, col = at.col; row >= 0; row--, col = (lines[row] ?? '').length - 1) {
    for (let c = Math.min(col, lines[row].length - 1); c >= 0; c--) {
      const ch = lines[row][c];
      if (ch === close && !(row === at.row && c === at.col)) depth++;
      else if (ch === open) {
        if (depth === 0) { p = { row, col: c }; break; }
        depth--;
      }
    }
    if (p) break;
  }
  if (!p) return undefined;
  depth = 0;
  for (let row = p.row; row < lines.length; row++) {
    for (let c = row === p.row ? p.col + 1 : 0; c < lines[row].length; c++) {
      const ch = lines[row][c];
      if (ch === open) depth++;
      else if (ch === close) {
        if (depth > 0) { depth--; continue; }
        if (around) return { from: p, to: { row, col: c + 1 } };
        let from: Pos = { row: p.row, col: p.col + 1 };
        let to: Pos = { row, col: c };
        // A block whose brackets end and start lines keeps them on their own lines, as vim's does.
        if (row > p.row && lines[p.row].slice(p.col + 1).trim() === '') from = { row: p.row + 1, col: 0 };
        if (row > from.row && lines[row].slice(0, c).trim() === '') to = { row: row - 1, col: lines[row - 1].length };
        return { from, to };
      }
    }
  }
  return undefined;
}

/** The span of text object `what` (`w`, `W`, `"`, `(`…) at the cursor; `around` for `a`, else `i`. */
export function textObject(lines: readonly string[], at: Pos, what: string, around: boolean): ObjectSpan | undefined {
  const line = lines[at.row];
  if (what === 'w' || what === 'W') return word(line, at.row, at.col, around, what === 'W');
  if (what === '"' || what === "'" || what === '`') return quote(line, at.row, at.col, what, around);
  const pair = PAIRS[what];
  return pair ? block(lines, at, pair[0], pair[1], around) : undefined;
}
