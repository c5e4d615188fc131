// The motions of vi's normal mode as keys: where `h j k l`, `w b e`, `0 ^ $`, `gg G`, the page
// keys and `n N` take the cursor, and how an operator treats the span (linewise, inclusive).

import type { ViEditor } from './editor.ts';
import { firstNonBlank, wordBackward, wordEnd, wordForward, type Pos } from './motions.ts';

/** A motion's target, and how an operator treats it. */
export interface Motion {
  to: Pos;
  linewise?: boolean;
  inclusive?: boolean;
  keepWant?: boolean;
}

export function motion(ed: ViEditor, keys: string[], count: number, hasCount: boolean, forOperator: boolean): Motion | 'more' | undefined {
  const here: Pos = { row: ed.row, col: ed.col };
  const last = ed.lines.length - 1;
  const k = keys[0];
  const repeat = (f: (p: Pos) => Pos): Pos => {
    let p = here;
    for (let n = 0; n < count; n++) p = f(p);
    return p;
  };
  switch (k) {
    case 'h': return { to: { row: ed.row, col: Math.max(0, ed.col - count) } };
    case 'l': return { to: { row: ed.row, col: Math.min(ed.col + count, Math.max(0, ed.line.length - (forOperator ? 0 : 1))) } };
    case 'j': case 'k': case '+': case '-': {
      const row = Math.max(0, Math.min(last, ed.row + (k === 'j' || k === '+' ? count : -count)));
      if (row === ed.row) return undefined;
      if (k === '+' || k === '-') return { to: { row, col: firstNonBlank(ed.lines[row]) }, linewise: true };
      return { to: { row, col: ed.col }, linewise: true, keepWant: true };
    }
    case '0': return { to: { row: ed.row, col: 0 } };
    case '^': return { to: { row: ed.row, col: firstNonBlank(ed.line) } };
    case '$': {
      const row = Math.min(last, ed.row + count - 1);
      return { to: { row, col: Math.max(0, ed.lines[row].length - 1) }, inclusive: true };
    }
    case 'w': case 'W': return { to: repeat((p) => wordForward(ed.lines, p, k === 'W')) };
    case 'b': case 'B': return { to: repeat((p) => wordBackward(ed.lines, p, k === 'B')) };
    case 'e': case 'E': return { to: repeat((p) => wordEnd(ed.lines, p, k === 'E')), inclusive: true };
    case 'G': {
      const row = hasCount ? Math.min(last, count - 1) : last;
      return { to: { row, col: firstNonBlank(ed.lines[row]) }, linewise: true };
    }
    case 'g':
      if (keys.length < 2) return 'more';
      if (keys[1] !== 'g') return undefined;
      return { to: { row: Math.min(last, count - 1), col: firstNonBlank(ed.lines[Math.min(last, count - 1)]) }, linewise: true };
    case '\x06': case '\x02': case '\x04': case '\x15': case '\x1b[6~': case '\x1b[5~': {
      // Ctrl-F/Ctrl-B and the page keys move a screen less two lines; Ctrl-D/Ctrl-U half a screen.
      const page = Math.max(1, ed.pageRows - 2);
      const half = Math.max(1, Math.floor(ed.pageRows / 2));
      const delta = { '\x06': page, '\x1b[6~': page, '\x02': -page, '\x1b[5~': -page, '\x04': half, '\x15': -half }[k] ?? 0;
      const row = Math.max(0, Math.min(last, ed.row + delta * count));
      if (row === ed.row) return undefined;
      ed.top = Math.max(0, Math.min(ed.top + delta * count, last));
      return { to: { row, col: firstNonBlank(ed.lines[row]) }, linewise: true };
    }
    case 'f': case 'F': case 't': case 'T': {
      if (keys.length < 2) return 'more';
      ed.lastFind = { kind: k, ch: keys[1] };
      return findChar(ed, k, keys[1], count);
    }
    case ';': case ',': {
      const f = ed.lastFind;
      if (!f) return undefined;
      const flip: Record<string, string> = { f: 'F', F: 'f', t: 'T', T: 't' };
      return findChar(ed, k === ';' ? f.kind : flip[f.kind], f.ch, count, true);
    }
    case 'n': case 'N': {
      const s = ed.lastSearch;
      if (!s) { ed.setMessage('E35: No previous regular expression', true); return undefined; }
      ed.find(s.pattern, k === 'n' ? s.forward : !s.forward, false);
      return undefined;
    }
  }
  return undefined;
}


/** `f`/`t` (forward, inclusive) and `F`/`T` (backward) to the count-th `ch` on the line. */
function findChar(ed: ViEditor, kind: string, ch: string, count: number, repeat = false): Motion | undefined {
  const line = ed.line;
  const forward = kind === 'f' || kind === 't';
  let col = ed.col;
  for (let n = 0; n < count; n++) {
    // `;` after `t` stands just before a match and must look past it.
    const skip = repeat && n === 0 ? 1 : 0;
    const start = forward ? col + 1 + (kind === 't' && line[col + 1] === ch ? skip : 0) : col - 1 - (kind === 'T' && line[col - 1] === ch ? skip : 0);
    col = forward ? line.indexOf(ch, start) : start < 0 ? -1 : line.lastIndexOf(ch, start);
    if (col < 0) return undefined;
  }
  if (kind === 't') col--;
  if (kind === 'T') col++;
  return { to: { row: ed.row, col }, inclusive: forward };
}
