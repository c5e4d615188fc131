// What vi's operators do to the text: yank a range into the unnamed register, delete it, and put
// the register back (linewise registers open new lines, characterwise ones go inside the line).
// Models vim's src/ops.c (op_delete, op_yank, do_put) for the unnamed register.

import type { ViEditor } from './editor.ts';
import { firstNonBlank, indentOf, type Pos } from './motions.ts';

/** From `from` up to (not including) `to`; linewise ranges cover whole rows from..to. */
export interface Range {
  from: Pos;
  to: Pos;
  linewise: boolean;
}

export function yankRange(ed: ViEditor, r: Range): void {
  if (r.linewise) {
    ed.register = { text: ed.lines.slice(r.from.row, r.to.row + 1), linewise: true };
    return;
  }
  const text: string[] = [];
  for (let row = r.from.row; row <= r.to.row; row++) {
    const l = ed.lines[row];
    text.push(l.slice(row === r.from.row ? r.from.col : 0, row === r.to.row ? r.to.col : l.length));
  }
  ed.register = { text, linewise: false };
}

/** Deletes the range; `keepLine` for `cc`, which empties the lines into one instead of removing them. */
export function deleteRange(ed: ViEditor, r: Range, keepLine = false): void {
  if (r.linewise) {
    const keepIndent = ed.options.autoindent && !ed.options.paste;
    const indent = keepLine ? (keepIndent ? indentOf(ed.lines[r.from.row]) : '') : undefined;
    const replacement = indent === undefined ? [] : [indent];
    let lines = [...ed.lines.slice(0, r.from.row), ...replacement, ...ed.lines.slice(r.to.row + 1)];
    if (lines.length === 0) lines = [''];
    const removed = r.to.row - r.from.row + 1;
    ed.lines = lines;
    ed.row = Math.min(r.from.row, lines.length - 1);
    ed.col = firstNonBlank(ed.line);
    if (!keepLine && removed >= 3) ed.setMessage(`${removed} fewer lines`);
    return;
  }
  const head = ed.lines[r.from.row].slice(0, r.from.col);
  const tail = ed.lines[r.to.row].slice(r.to.col);
  ed.lines = [...ed.lines.slice(0, r.from.row), head + tail, ...ed.lines.slice(r.to.row + 1)];
  ed.row = r.from.row;
  ed.col = r.from.col;
  if (!keepLine) ed.clampNormal();
}

/** `p` (after) or `P` (before) once. */
export function putRegister(ed: ViEditor, after: boolean): void {
  const reg = ed.register;
  if (reg.linewise) {
    const at = after ? ed.row + 1 : ed.row;
    ed.lines = [...ed.lines.slice(0, at), ...reg.text, ...ed.lines.slice(at)];
    ed.row = at;
    ed.col = firstNonBlank(ed.line);
    if (reg.text.length >= 3) ed.setMessage(`${reg.text.length} more lines`);
    return;
  }
  const l = ed.line;
  const at = after && l !== '' ? ed.col + 1 : ed.col;
  const head = l.slice(0, at);
  const tail = l.slice(at);
  const parts = reg.text;
  if (parts.length === 1) {
    ed.lines = [...ed.lines];
    ed.lines[ed.row] = head + parts[0] + tail;
    ed.col = at + parts[0].length - 1;
  } else {
    const added = parts.map((p, i) => (i === 0 ? head : '') + p + (i === parts.length - 1 ? tail : ''));
    ed.lines = [...ed.lines.slice(0, ed.row), ...added, ...ed.lines.slice(ed.row + 1)];
    ed.col = at;
  }
  ed.clampNormal();
}

/** `>>` and `<<`: moves rows' indent by 'shiftwidth', with tabs unless 'expandtab'. */
export function shiftRows(ed: ViEditor, from: number, to: number, right: boolean): void {
  const { shiftwidth: sw, tabstop: ts, expandtab } = ed.options;
  ed.lines = [...ed.lines];
  for (let row = from; row <= to; row++) {
    const line = ed.lines[row];
    if (line === '') continue;
    const indent = indentOf(line);
    let width = 0;
    for (const c of indent) width = c === '\t' ? width + ts - (width % ts) : width + 1;
    const target = Math.max(0, width + (right ? sw : -sw));
    const fresh = expandtab ? ' '.repeat(target) : '\t'.repeat(Math.floor(target / ts)) + ' '.repeat(target % ts);
    ed.lines[row] = fresh + line.slice(indent.length);
  }
  ed.row = from;
  ed.col = firstNonBlank(ed.line);
  const n = to - from + 1;
  if (n > 2) ed.setMessage(`${n} lines ${right ? '>' : '<'}ed 1 time`);
}
