// vi's normal mode: an optional count, then a command, an operator with a motion (`dw`, `c$`,
// `d2j`), or a doubled operator (`dd`, `yy`, `cc`). Keys collect in `pending` until they make a
// whole command; changes remember their keys so `.` can replay them.
// Models vim's src/normal.c (nv_cmds) and src/ops.c, for the subset a learner uses.

import type { Tok, ViEditor } from './editor.ts';
import { firstNonBlank } from './motions.ts';
import { motion } from './motion-keys.ts';
import { runEx } from './ex.ts';
import { textObject } from './text-objects.ts';
import { deleteRange, putRegister, shiftRows, yankRange, type Range } from './operators.ts';

const ARROWS: Record<string, string> = {
  '\x1b[D': 'h', '\x1bOD': 'h', '\x1b[C': 'l', '\x1bOC': 'l', '\x1b[A': 'k', '\x1bOA': 'k', '\x1b[B': 'j', '\x1bOB': 'j',
  '\x1b[H': '0', '\x1bOH': '0', '\x1b[1~': '0', '\x1b[F': '$', '\x1bOF': '$', '\x1b[4~': '$', '\x7f': 'h', '\x08': 'h', ' ': 'l',
  '\r': '+', '\x1b[3~': 'x',
};

export type Parsed = 'more' | 'bad' | { count: number; hasCount: boolean; keys: string[] };

/** Splits pending keys into a count and the command keys; `visual` reads `i`/`a` as text objects. */
export function parse(pending: Tok[], visual = false): Parsed {
  const keys: string[] = [];
  for (const t of pending) {
    if (typeof t !== 'string') continue;
    // The character after `r`, `f`, `t` or a text object's `i`/`a` is taken as it is.
    const prev = keys[keys.length - 1];
    const literal = prev !== undefined && (/^[rfFtT]$/.test(prev) || (/^[ia]$/.test(prev) && (visual || /^[cdy<>]$/.test(keys[keys.length - 2] ?? ''))));
    keys.push(literal ? t : ARROWS[t] ?? t);
  }
  let i = 0;
  let digits = '';
  while (i < keys.length && /^[0-9]$/.test(keys[i]) && !(digits === '' && keys[i] === '0')) digits += keys[i++];
  const rest = keys.slice(i);
  if (rest.length === 0) return 'more';
  return { count: digits === '' ? 1 : Number(digits), hasCount: digits !== '', keys: rest };
}

export function normalKey(ed: ViEditor, tok: Tok): void {
  if (typeof tok !== 'string') {
    // A paste in normal mode goes in as if typed in insert mode, as vim's bracketed paste does.
    ed.pending = [];
    ed.saveUndo();
    ed.startInsert(Math.min(ed.col + (ed.line === '' ? 0 : 1), ed.line.length));
    ed.key(tok);
    ed.key('\x1b');
    return;
  }
  ed.pending.push(tok);
  const p = parse(ed.pending);
  if (p === 'more') return;
  const outcome = p === 'bad' ? 'done' : execute(ed, p.keys, p.count, p.hasCount);
  if (outcome === 'more') return;
  if (outcome === 'change' && !ed.replaying && ed.mode === 'normal') ed.lastChange = [...ed.pending];
  if (ed.mode === 'normal') ed.pending = [];
}

type Outcome = 'more' | 'done' | 'change';

function execute(ed: ViEditor, keys: string[], count: number, hasCount: boolean): Outcome {
  const k = keys[0];
  switch (k) {
    case 'i': case 'a': case 'I': case 'A': {
      ed.saveUndo();
      const len = ed.line.length;
      const col = k === 'i' ? ed.col : k === 'a' ? Math.min(len, ed.col + 1) : k === 'I' ? (ed.line.trim() === '' ? len : firstNonBlank(ed.line)) : len;
      ed.startInsert(col);
      return 'change';
    }
    case 'o': case 'O': ed.saveUndo(); ed.openLine(k === 'o'); return 'change';
    case 'x': case 'X': {
      if (ed.line === '' || (k === 'X' && ed.col === 0)) return 'done';
      const from = k === 'x' ? ed.col : Math.max(0, ed.col - count);
      const to = k === 'x' ? Math.min(ed.line.length, ed.col + count) : ed.col;
      ed.saveUndo();
      deleteRange(ed, { from: { row: ed.row, col: from }, to: { row: ed.row, col: to }, linewise: false });
      return 'change';
    }
    case 'D': case 'C': return operate(ed, k === 'D' ? 'd' : 'c', ['$'], count, false);
    case 's': return operate(ed, 'c', ['l'], count, false);
    case 'S': return operate(ed, 'c', ['c'], count, false);
    case 'Y': return operate(ed, 'y', ['y'], count, false);
    case 'd': case 'c': case 'y': {
      if (keys.length < 2) return 'more';
      const rest = keys.slice(1);
      // A count after the operator (`d2w`) multiplies the one before it.
      let j = 0;
      let digits = '';
      while (j < rest.length && /^[0-9]$/.test(rest[j]) && !(digits === '' && rest[j] === '0')) digits += rest[j++];
      if (j >= rest.length) return 'more';
      const n = count * (digits === '' ? 1 : Number(digits));
      return operate(ed, k, rest.slice(j), n, hasCount || digits !== '');
    }
    case '>': case '<': {
      if (keys.length < 2) return 'more';
      let to: number;
      if (keys[1] === k) {
        to = Math.min(ed.lines.length - 1, ed.row + count - 1);
      } else {
        const m = motion(ed, keys.slice(1), count, hasCount, true);
        if (m === 'more') return 'more';
        if (!m) return 'done';
        to = m.to.row;
      }
      ed.saveUndo();
      shiftRows(ed, Math.min(ed.row, to), Math.max(ed.row, to), k === '>');
      return 'change';
    }
    case 'p': case 'P': {
      if (ed.register.text.length === 0) { ed.setMessage('E353: Nothing in register "', true); return 'done'; }
      ed.saveUndo();
      for (let n = 0; n < count; n++) putRegister(ed, k === 'p');
      return 'change';
    }
    case 'r': {
      if (keys.length < 2) return 'more';
      const c = keys[1];
      if (c === '\x1b' || ed.col + count > ed.line.length || ed.line === '') return 'done';
      ed.saveUndo();
      const l = ed.line;
      const replaced = c === '\r' ? null : c;
      ed.lines = [...ed.lines];
      if (replaced === null) {
        ed.lines.splice(ed.row, 1, l.slice(0, ed.col), l.slice(ed.col + count));
        ed.row++;
        ed.col = 0;
      } else {
        ed.lines[ed.row] = l.slice(0, ed.col) + replaced.repeat(count) + l.slice(ed.col + count);
        ed.col += count - 1;
      }
      return 'change';
    }
    case 'J': {
      if (ed.row + 1 >= ed.lines.length) return 'done';
      ed.saveUndo();
      const joined = Math.max(2, count);
      let line = ed.line;
      let col = 0;
      for (let n = 1; n < joined && ed.row + n < ed.lines.length; n++) {
        const next = ed.lines[ed.row + n].replace(/^[ \t]+/, '');
        col = line.length;
        line = next === '' ? line : line.replace(/[ \t]+$/, '') + ' ' + next;
      }
      const count2 = Math.min(joined, ed.lines.length - ed.row);
      ed.lines = [...ed.lines.slice(0, ed.row), line, ...ed.lines.slice(ed.row + count2)];
      ed.col = col;
      ed.clampNormal();
      return 'change';
    }
    case '~': {
      if (ed.line === '') return 'done';
      ed.saveUndo();
      const l = ed.line;
      const end = Math.min(l.length, ed.col + count);
      const flipped = [...l.slice(ed.col, end)].map((c) => (c === c.toLowerCase() ? c.toUpperCase() : c.toLowerCase())).join('');
      ed.lines = [...ed.lines];
      ed.lines[ed.row] = l.slice(0, ed.col) + flipped + l.slice(end);
      ed.col = Math.min(end, l.length - 1);
      return 'change';
    }
    case 'u': for (let n = 0; n < count; n++) if (!stepUndo(ed, 'undo')) break; return 'done';
    case '\x12': for (let n = 0; n < count; n++) if (!stepUndo(ed, 'redo')) break; return 'done';
    case '.': {
      const keysToReplay = ed.lastChange;
      if (keysToReplay.length === 0) return 'done';
      ed.pending = [];
      ed.replaying = true;
      try {
        for (let n = 0; n < count; n++) for (const t of keysToReplay) ed.key(t);
      } finally {
        ed.replaying = false;
      }
      return 'done';
    }
    case ':': case '/': case '?': ed.startCmdline(k); ed.pending = []; return 'done';
    case 'v': case 'V':
      ed.visual = { line: k === 'V', anchor: { row: ed.row, col: ed.col } };
      ed.mode = 'visual';
      ed.message = undefined;
      ed.pending = [];
      return 'done';
    case 'Z':
      if (keys.length < 2) return 'more';
      if (keys[1] === 'Z') runEx(ed, 'x');
      else if (keys[1] === 'Q') ed.exitCode = 0;
      return 'done';
    case '\x03': ed.setMessage('Type  :qa!  and press <Enter> to abandon all changes and exit Vim'); return 'done';
    case '\x07': {
      const pct = Math.floor(((ed.row + 1) * 100) / ed.lines.length);
      ed.setMessage(`${ed.fileLabel()}${ed.modified ? ' [Modified]' : ''} ${ed.lines.length} line${ed.lines.length === 1 ? '' : 's'} --${pct}%--`);
      return 'done';
    }
    case '\x0c': case '\x1b': return 'done';
  }
  const m = motion(ed, keys, count, hasCount, false);
  if (m === 'more') return 'more';
  if (m) {
    ed.row = m.to.row;
    ed.col = m.to.col;
    if (m.keepWant) ed.col = ed.want === Infinity ? ed.line.length - 1 : ed.want;
    ed.clampNormal();
    if (!m.keepWant) ed.want = k === '$' ? Infinity : ed.col;
  }
  return 'done';
}

function stepUndo(ed: ViEditor, dir: 'undo' | 'redo'): boolean {
  const r = dir === 'undo' ? ed.undo.undo(ed.snapshot(), ed.host.now()) : ed.undo.redo(ed.snapshot(), ed.host.now());
  if (typeof r === 'string') {
    ed.setMessage(r);
    return false;
  }
  ed.restore(r.snapshot);
  ed.setMessage(r.message);
  return true;
}

function operate(ed: ViEditor, op: string, keys: string[], count: number, hasCount: boolean): Outcome {
  let range: Range;
  if (keys[0] === op) {
    const end = Math.min(ed.lines.length - 1, ed.row + count - 1);
    range = { from: { row: ed.row, col: 0 }, to: { row: end, col: 0 }, linewise: true };
  } else if (keys[0] === 'i' || keys[0] === 'a') {
    if (keys.length < 2) return 'more';
    const span = textObject(ed.lines, { row: ed.row, col: ed.col }, keys[1], keys[0] === 'a');
    if (!span) return 'done';
    range = { from: span.from, to: span.to, linewise: false };
  } else {
    // `cw` on a word changes to its end, like `ce` (vim's special case).
    const mk = op === 'c' && (keys[0] === 'w' || keys[0] === 'W') && /\S/.test(ed.line[ed.col] ?? ' ') ? [keys[0] === 'w' ? 'e' : 'E'] : keys;
    const m = motion(ed, mk, count, hasCount, true);
    if (m === 'more') return 'more';
    if (!m) return 'done';
    const here = { row: ed.row, col: ed.col };
    const forward = m.to.row > here.row || (m.to.row === here.row && m.to.col >= here.col);
    let [from, to] = forward ? [here, m.to] : [m.to, here];
    if (m.linewise) {
      range = { from: { row: from.row, col: 0 }, to: { row: to.row, col: 0 }, linewise: true };
    } else {
      if (!m.linewise && (mk[0] === 'w' || mk[0] === 'W') && to.row > from.row) {
        // `dw` on a line's last word stops at the line end.
        to = { row: from.row, col: ed.lines[from.row].length };
      } else if (m.inclusive) {
        to = { row: to.row, col: Math.min(ed.lines[to.row].length, to.col + 1) };
      }
      range = { from, to, linewise: false };
    }
  }
  if (op === 'y') {
    yankRange(ed, range);
    if (range.linewise) {
      const n = range.to.row - range.from.row + 1;
      if (n > 2) ed.setMessage(`${n} lines yanked`);
    }
    ed.row = range.from.row;
    if (!range.linewise) ed.col = range.from.col;
    return 'done';
  }
  ed.saveUndo();
  yankRange(ed, range);
  deleteRange(ed, range, op === 'c');
  if (op === 'c') {
    ed.startInsert(range.linewise ? ed.line.length : range.from.col);
    return 'change';
  }
  return 'change';
}
