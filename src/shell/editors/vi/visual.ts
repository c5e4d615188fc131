// vi's visual mode: `v` selects characters and `V` whole lines, motions and text objects extend
// the selection, and an operator (`d y c > < J ~ u U r p :`) acts on it. `:` starts the command
// line with the range `'<,'>`.
// Models vim's src/normal.c (nv_visual, v_visop) and src/ops.c for this subset.

import type { Tok, ViEditor } from './editor.ts';
import type { Pos } from './motions.ts';
import { motion } from './motion-keys.ts';
import { parse } from './normal.ts';
import { deleteRange, putRegister, shiftRows, yankRange, type Range } from './operators.ts';
import { textObject } from './text-objects.ts';

const before = (a: Pos, b: Pos) => a.row < b.row || (a.row === b.row && a.col <= b.col);

/** The selection as an operator range: inclusive of the last character, or whole rows. */
export function visualRange(ed: ViEditor): Range {
  const v = ed.visual!;
  const here = { row: ed.row, col: ed.col };
  const [a, b] = before(v.anchor, here) ? [v.anchor, here] : [here, v.anchor];
  if (v.line) return { from: { row: a.row, col: 0 }, to: { row: b.row, col: 0 }, linewise: true };
  return { from: a, to: { row: b.row, col: Math.min(ed.lines[b.row].length, b.col + 1) }, linewise: false };
}

function leave(ed: ViEditor): void {
  const r = visualRange(ed);
  ed.marks = { start: r.from.row, end: r.to.row };
  ed.visual = undefined;
  ed.mode = 'normal';
  ed.pending = [];
}

export function visualKey(ed: ViEditor, tok: Tok): void {
  if (typeof tok !== 'string') return;
  ed.pending.push(tok);
  const p = parse(ed.pending, true);
  if (p === 'more' || p === 'bad') return;
  const v = ed.visual!;
  const [k, second] = p.keys;
  const range = visualRange(ed);
  const rows = () => ({ from: range.from.row, to: range.to.row });
  switch (k) {
    case '\x1b': case '\x03': leave(ed); ed.clampNormal(); return;
    case 'v': case 'V':
      if (v.line === (k === 'V')) { leave(ed); ed.clampNormal(); return; }
      v.line = k === 'V';
      ed.pending = [];
      return;
    case 'o': {
      const here = { row: ed.row, col: ed.col };
      ed.row = v.anchor.row;
      ed.col = v.anchor.col;
      v.anchor = here;
      ed.pending = [];
      return;
    }
    case 'y': case 'Y':
      yankRange(ed, k === 'Y' ? { ...range, linewise: true } : range);
      leave(ed);
      ed.row = range.from.row;
      ed.col = range.linewise || k === 'Y' ? ed.col : range.from.col;
      ed.clampNormal();
      ed.want = ed.col;
      return;
    case 'd': case 'x': case 'X': case 'D': case 'c': case 's': case 'C': case 'S': case 'R': {
      const whole = range.linewise || 'XDCSR'.includes(k);
      const r: Range = whole ? { from: { row: range.from.row, col: 0 }, to: { row: range.to.row, col: 0 }, linewise: true } : range;
      const change = 'csCSR'.includes(k);
      leave(ed);
      ed.saveUndo();
      yankRange(ed, r);
      deleteRange(ed, r, change);
      if (change) {
        ed.startInsert(r.linewise ? ed.line.length : r.from.col);
        // `.` does not repeat visual changes here: their keys mean something else in normal mode.
        ed.recording = undefined;
      }
      return;
    }
    case '>': case '<': {
      const { from, to } = rows();
      leave(ed);
      ed.saveUndo();
      for (let n = 0; n < p.count; n++) shiftRows(ed, from, to, k === '>');
      return;
    }
    case 'J': {
      const { from, to } = rows();
      leave(ed);
      ed.row = from;
      ed.pending = [];
      for (const t of `${Math.max(2, to - from + 1)}J`) ed.key(t);
      return;
    }
    case '~': case 'u': case 'U': case 'r': {
      if (k === 'r' && second === undefined) return;
      leave(ed);
      ed.saveUndo();
      const f = (c: string) => (k === 'r' ? second! : k === 'u' ? c.toLowerCase() : k === 'U' ? c.toUpperCase() : c === c.toLowerCase() ? c.toUpperCase() : c.toLowerCase());
      ed.lines = ed.lines.map((line, row) => {
        if (row < range.from.row || row > range.to.row) return line;
        const start = range.linewise || row > range.from.row ? 0 : range.from.col;
        const end = range.linewise || row < range.to.row ? line.length : range.to.col;
        return line.slice(0, start) + [...line.slice(start, end)].map(f).join('') + line.slice(end);
      });
      ed.row = range.from.row;
      ed.col = range.linewise ? 0 : range.from.col;
      ed.clampNormal();
      return;
    }
    case 'p': case 'P': {
      const reg = ed.register;
      leave(ed);
      ed.saveUndo();
      const rowsBefore = ed.lines.length;
      deleteRange(ed, range);
      ed.register = reg;
      // The register goes where the selection was: before what moved into its place, or after
      // the end when the selection reached it.
      const atEnd = range.linewise ? range.to.row === rowsBefore - 1 && reg.linewise : range.from.col >= ed.line.length;
      if (range.linewise && !reg.linewise) ed.lines = [...ed.lines.slice(0, ed.row), '', ...ed.lines.slice(ed.row)];
      putRegister(ed, atEnd);
      return;
    }
    case ':':
      leave(ed);
      ed.startCmdline(':');
      ed.cmdline.text = "'<,'>";
      return;
    case 'i': case 'a': {
      if (second === undefined) return;
      const span = textObject(ed.lines, { row: ed.row, col: ed.col }, second, k === 'a');
      ed.pending = [];
      if (!span) return;
      v.anchor = span.from;
      ed.row = span.to.row;
      ed.col = Math.max(0, span.to.col - 1);
      return;
    }
  }
  const m = motion(ed, p.keys, p.count, p.hasCount, false);
  if (m === 'more') return;
  ed.pending = [];
  if (!m) return;
  ed.row = m.to.row;
  ed.col = m.keepWant ? (ed.want === Infinity ? ed.lines[m.to.row].length - 1 : ed.want) : m.to.col;
  ed.clampNormal();
  if (!m.keepWant) ed.want = k === '$' ? Infinity : ed.col;
}
