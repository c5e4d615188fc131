// Draws a vi session as vim does on an 80×24 terminal: the text with wrapped long lines, `~`
// after the end of the buffer, optional line numbers, and the last row for the mode, messages,
// the `:` prompt and the ruler (`12,5          All`).
// Models vim's src/drawscreen.c (win_update) and the ruler of src/screen.c.

import type { ViEditor } from './editor.ts';
import { byteLength } from '../file-text.ts';
import { displayCells } from '../cells.ts';
import { introRows } from './intro.ts';
import { visualRange } from './visual.ts';

const ERROR = '\x1b[97;41m';
const BOLD = '\x1b[1m';
const NUMBER = '\x1b[33m';
const TILDE = '\x1b[94m';
const RESET = '\x1b[0m';
const REVERSE = '\x1b[7m';

export interface Frame {
  rows: string[];
  cursor: { row: number; col: number };
}

/** The screen column where character `col` starts, and where it ends (a tab spans several). */
function cellSpan(line: string, col: number, ts: number, list = false): { start: number; end: number } {
  const before = displayCells(line.slice(0, col), ts, list).length;
  const upto = displayCells(line.slice(0, col + 1), ts, list).length;
  return { start: before, end: Math.max(before, upto - 1) };
}

function rowsFor(line: string, width: number, ts: number): number {
  return Math.max(1, Math.ceil(displayCells(line, ts).length / width));
}

export function render(ed: ViEditor, cols: number, rows: number): Frame {
  const textRows = Math.max(1, rows - 1);
  ed.pageRows = textRows;
  const numWidth = ed.options.number ? Math.max(3, String(ed.lines.length).length) + 1 : 0;
  const width = Math.max(1, cols - numWidth);
  const ts = ed.options.tabstop;
  scrollToCursor(ed, width, textRows);
  const out: string[] = [];
  let cursor = { row: 0, col: 0 };
  let row = ed.top;
  while (out.length < textRows && row < ed.lines.length) {
    const line = ed.lines[row];
    const cells = displayCells(line, ts, ed.options.list);
    if (ed.options.list) cells.push('$');
    const need = rowsFor(line, width, ts);
    if (out.length + need > textRows && row !== ed.top) {
      // A line that does not fit is shown as `@` rows, as vim does.
      while (out.length < textRows) out.push(`${TILDE}@`);
      break;
    }
    if (row === ed.row) {
      const span = cellSpan(line, ed.col, ts, ed.options.list);
      const at = ed.mode === 'insert' || line === '' ? span.start : span.end;
      cursor = { row: out.length + Math.floor(at / width), col: numWidth + (at % width) };
      if (ed.mode === 'insert' && at === cells.length && at > 0 && at % width === 0) cursor = { row: cursor.row, col: numWidth + width - 1 };
    }
    const lit = selectedCells(ed, row, line, ts);
    if (lit && cells.length === 0) cells.push(' ');
    for (let part = 0; part < need && out.length < textRows; part++) {
      const prefix = numWidth === 0 ? '' : part === 0 ? `${NUMBER}${String(row + 1).padStart(numWidth - 1)} ${RESET}` : ' '.repeat(numWidth);
      const first = part * width;
      const slice = cells.slice(first, first + width);
      out.push(prefix + (lit ? highlight(slice, lit.from - first, lit.to - first) : slice.join('')));
    }
    row++;
  }
  while (out.length < textRows) out.push(`${TILDE}~`);
  if (ed.showIntro && !ed.modified && ed.mode === 'normal' && ed.message === undefined) {
    const intro = introRows(cols, textRows, `${TILDE}~`);
    if (intro) out.splice(0, textRows, ...intro);
  }
  ed.lastShownRow = row - 1;
  const status = statusLine(ed, cols);
  out.push(status.text);
  if (ed.mode === 'cmdline') cursor = { row: textRows, col: Math.min(cols - 1, status.cursorCol) };
  return { rows: out, cursor };
}

/** The cells of `row` inside the visual selection, [from, to). */
function selectedCells(ed: ViEditor, row: number, line: string, ts: number): { from: number; to: number } | undefined {
  if (ed.mode !== 'visual' || !ed.visual) return undefined;
  const r = visualRange(ed);
  if (row < r.from.row || row > r.to.row) return undefined;
  if (r.linewise) return { from: 0, to: Math.max(1, displayCells(line, ts).length) };
  const from = row === r.from.row ? displayCells(line.slice(0, r.from.col), ts).length : 0;
  const to = row === r.to.row ? displayCells(line.slice(0, r.to.col), ts).length : displayCells(line, ts).length + 1;
  return { from, to: Math.max(to, from + 1) };
}

function highlight(cells: string[], from: number, to: number): string {
  const a = Math.max(0, Math.min(cells.length, from));
  const b = Math.max(a, Math.min(cells.length, to));
  if (a === b) return cells.join('');
  return `${cells.slice(0, a).join('')}${REVERSE}${cells.slice(a, b).join('')}${RESET}${cells.slice(b).join('')}`;
}

/** Moves `top` so the cursor's line is on screen, whole. */
function scrollToCursor(ed: ViEditor, width: number, textRows: number): void {
  if (ed.top > ed.row) ed.top = ed.row;
  if (ed.top >= ed.lines.length) ed.top = Math.max(0, ed.lines.length - 1);
  const used = (from: number) => {
    let n = 0;
    for (let r = from; r <= ed.row; r++) n += rowsFor(ed.lines[r], width, ed.options.tabstop);
    return n;
  };
  while (ed.top < ed.row && used(ed.top) > textRows) ed.top++;
}

function statusLine(ed: ViEditor, cols: number): { text: string; cursorCol: number } {
  if (ed.mode === 'cmdline') {
    const s = ed.cmdline.prefix + ed.cmdline.text;
    return { text: s, cursorCol: displayCells(s).length };
  }
  let left = '';
  let plain = '';
  if (ed.mode === 'insert' && ed.message === undefined) {
    plain = ed.options.paste ? '-- INSERT (paste) --' : '-- INSERT --';
    left = `${BOLD}${plain}${RESET}`;
  } else if (ed.mode === 'visual') {
    plain = ed.visual?.line ? '-- VISUAL LINE --' : '-- VISUAL --';
    left = `${BOLD}${plain}${RESET}`;
  } else if (ed.message) {
    plain = ed.message.text;
    left = ed.message.error ? `${ERROR}${plain}${RESET}` : plain;
  }
  const ruler = rulerText(ed);
  const rulerCol = cols - 18;
  if (rulerCol > plain.length && ruler !== '') left += ' '.repeat(rulerCol - plain.length) + ruler;
  return { text: left, cursorCol: 0 };
}

function rulerText(ed: ViEditor): string {
  const empty = ed.lines.length === 1 && ed.lines[0] === '';
  let pos: string;
  if (empty) {
    pos = '0,0-1';
  } else {
    const line = ed.line;
    const bytes = byteLength(line.slice(0, ed.col)) + 1;
    const span = cellSpan(line, ed.col, ed.options.tabstop);
    const vcol = (ed.mode === 'insert' || line === '' ? span.start : span.end) + 1;
    pos = line === '' ? `${ed.row + 1},0-1` : bytes === vcol ? `${ed.row + 1},${bytes}` : `${ed.row + 1},${bytes}-${vcol}`;
  }
  return pos.padEnd(14) + where(ed);
}

function where(ed: ViEditor): string {
  const above = ed.top;
  const below = ed.lines.length - 1 - ed.lastShownRow;
  if (above <= 0 && below <= 0) return 'All';
  if (above <= 0) return 'Top';
  if (below <= 0) return 'Bot';
  return `${Math.floor((above * 100) / (above + below))}%`;
}
