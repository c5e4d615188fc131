// vi's insert mode keys: typing, Enter with autoindent, Backspace over line breaks, Ctrl-W and
// Ctrl-U, arrows, Tab (spaces with 'expandtab'), bracketed pastes, and Esc back to normal mode.
// Models vim's src/edit.c for this subset.

import type { Tok, ViEditor } from './editor.ts';
import { displayCells } from '../cells.ts';

/** One key in insert mode; the keys are recorded for `.` while a change is being made. */
export function insertKey(ed: ViEditor, tok: Tok): void {
  if (ed.recording && !ed.replaying) ed.recording.push(tok);
  if (typeof tok !== 'string') {
    ed.pasteText(tok.paste);
    return;
  }
  const l = ed.line;
  switch (tok) {
    case '\x1b': case '\x03': ed.leaveInsert(); return;
    case '\r': case '\n': ed.newline(); return;
    case '\x7f': case '\x08':
      if (ed.col > 0) {
        // With 'softtabstop', Backspace over spaces goes back to the previous soft tab stop.
        const sts = ed.options.paste ? 0 : ed.options.softtabstop;
        const at = displayCells(l.slice(0, ed.col), ed.options.tabstop).length;
        let n = 1;
        if (sts > 0 && l[ed.col - 1] === ' ') {
          const stop = (at - 1) - ((at - 1) % sts);
          while (n < at - stop && l[ed.col - n - 1] === ' ') n++;
        }
        ed.edit(l.slice(0, ed.col - n) + l.slice(ed.col));
        ed.col -= n;
      } else if (ed.row > 0) {
        const prev = ed.lines[ed.row - 1];
        ed.lines = [...ed.lines.slice(0, ed.row - 1), prev + l, ...ed.lines.slice(ed.row + 1)];
        ed.row--;
        ed.col = prev.length;
      }
      return;
    case '\x1b[3~':
      if (ed.col < l.length) ed.edit(l.slice(0, ed.col) + l.slice(ed.col + 1));
      else if (ed.row + 1 < ed.lines.length) {
        ed.lines = [...ed.lines.slice(0, ed.row), l + ed.lines[ed.row + 1], ...ed.lines.slice(ed.row + 2)];
      }
      return;
    case '\x17': {
      const start = l.slice(0, ed.col).replace(/(\w+|[^\w\s]+)?\s*$/, '').length;
      ed.edit(l.slice(0, start) + l.slice(ed.col));
      ed.col = start;
      return;
    }
    case '\x15':
      ed.edit(l.slice(ed.col));
      ed.col = 0;
      return;
    case '\x1b[D': case '\x1bOD': ed.col = Math.max(0, ed.col - 1); return;
    case '\x1b[C': case '\x1bOC': ed.col = Math.min(l.length, ed.col + 1); return;
    case '\x1b[A': case '\x1bOA': case '\x1b[B': case '\x1bOB': {
      const row = ed.row + (tok.endsWith('A') ? -1 : 1);
      if (row >= 0 && row < ed.lines.length) {
        ed.row = row;
        ed.col = Math.min(ed.col, ed.line.length);
      }
      return;
    }
    case '\x1b[H': case '\x1bOH': case '\x1b[1~': ed.col = 0; return;
    case '\x1b[F': case '\x1bOF': case '\x1b[4~': ed.col = l.length; return;
    case '\t': {
      // With 'expandtab' a Tab becomes the spaces up to the next tab stop.
      const o = ed.options;
      const width = o.softtabstop > 0 && !o.paste ? o.softtabstop : o.tabstop;
      const at = displayCells(l.slice(0, ed.col), o.tabstop).length;
      ed.insertText(o.expandtab ? ' '.repeat(width - (at % width)) : '\t');
      return;
    }
  }
  if (tok.length === 1 && tok >= ' ') ed.insertText(tok);
}
