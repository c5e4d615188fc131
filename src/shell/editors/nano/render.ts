// Draws a nano 7.2 session: the reverse-video title bar (`  GNU nano 7.2   pod.yaml   Modified`),
// the edit window with horizontally scrolled long lines, the status bar (`[ Wrote 12 lines ]` or
// a prompt) and the two help lines of the current menu.
// Models nano's src/winio.c (titlebar, statusline, edit_refresh, get_page_start).

import { displayCells } from '../cells.ts';
import type { NanoEditor } from './editor.ts';
import { GOTO_MENU, HELP_MENU, MAIN_MENU, SEARCH_MENU, WRITE_MENU, helpLines, yesNoLines } from './menus.ts';

const REVERSE = '\x1b[7m';
const RESET = '\x1b[0m';
const BRANDING = 'GNU nano 7.2';

export interface NanoFrame {
  rows: string[];
  cursor: { row: number; col: number };
}

const HELP_TEXT = [
  'Main nano help text',
  '',
  ' The nano editor is designed to emulate the functionality and ease-of-use of the UW Pico text',
  ' editor.  There are four main sections of the editor.  The top line shows the program version,',
  ' the current filename being edited, and whether or not the file has been modified.  Next is the',
  ' main editor window showing the file being edited.  The status line is the third line from the',
  ' bottom and shows important messages.  The bottom two lines show the most commonly used',
  ' shortcuts in the editor.',
  '',
  ' Shortcuts are written as follows: Control-key sequences are notated with a \'^\' and can be',
  ' entered either by using the Ctrl key or pressing the Esc key twice.  Meta-key sequences are',
  ' notated with \'M-\' and can be entered using either the Alt, Cmd, or Esc key, depending on your',
  ' keyboard setup.',
  '',
  '^G  (F1)      Display this help text',
  '^X  (F2)      Close the current buffer / Exit from nano',
  '^O  (F3)      Write the current buffer (or the marked region) to disk',
  '^W  (F6)      Start a forward search',
  '^K  (F9)      Cut current line (or marked region) and store it in cutbuffer',
  '^U  (F10)     Paste the contents of cutbuffer at current cursor position',
  '^C  (F11)     Display the position of the cursor',
  '^/  (M-G)     Go to line and column number',
];

/** The title bar as nano's titlebar() lays it out. */
export function titleBar(name: string, modified: boolean, cols: number): string {
  const path = name === '' ? 'New Buffer' : name;
  const state = modified ? 'Modified' : '';
  const pluglen = modified ? 0 : 'Modified'.length + 1;
  const verlen = BRANDING.length + 3;
  let pathlen = path.length;
  const statelen = state.length + 2;
  if (statelen > 2) pathlen++;
  const cells = Array<string>(cols).fill(' ');
  const put = (at: number, s: string) => [...s].forEach((c, i) => { if (at + i < cols) cells[at + i] = c; });
  let offset = 0;
  if (verlen + pathlen + pluglen + statelen <= cols) {
    put(2, BRANDING);
    offset = verlen + Math.floor((cols - (verlen + pluglen + statelen) - pathlen) / 2);
  }
  put(offset, path);
  if (state !== '') put(cols - statelen, state);
  return `${REVERSE}${cells.join('')}${RESET}`;
}

/** `[ message ]` centred, in reverse video, as nano's statusline() shows it. */
function statusMessage(text: string, cols: number): string {
  const start = Math.floor((cols - text.length) / 2);
  const bracketed = start > 1;
  const at = bracketed ? start - 2 : Math.max(0, start);
  return ' '.repeat(at) + REVERSE + (bracketed ? `[ ${text} ]` : text) + RESET;
}

/** First column shown of a line whose cursor is at screen column `column`. */
function pageStart(column: number, width: number): number {
  if (column === 0 || column + 2 < width) return 0;
  if (width > 8) return column - 6 - ((column - 6) % (width - 8));
  return column - (width - 2);
}

function promptLabel(ed: NanoEditor): { label: string; text: string } | undefined {
  const p = ed.prompt;
  if (!p) return undefined;
  switch (p.kind) {
    case 'save': return { label: 'Save modified buffer? ', text: '' };
    case 'write': return { label: 'File Name to Write: ', text: p.text };
    case 'search': return { label: ed.lastSearch === '' ? 'Search: ' : `Search [${ed.lastSearch}]: `, text: p.text };
    case 'goto': return { label: 'Enter line number, column number: ', text: p.text };
  }
}

export function renderNano(ed: NanoEditor, cols: number, rows: number): NanoFrame {
  const editRows = Math.max(1, rows - 4);
  ed.pageRows = editRows;
  const out: string[] = [titleBar(ed.fileName, ed.modified, cols)];
  if (ed.helpShown) {
    for (let i = 0; i < editRows + 1; i++) out.push(HELP_TEXT[i] ?? '');
    out.push(...helpLines(HELP_MENU, cols));
    return { rows: out, cursor: { row: 1, col: 0 } };
  }
  if (ed.center) {
    ed.top = Math.max(0, ed.row - Math.floor(editRows / 2));
    ed.center = false;
  }
  if (ed.row < ed.top) ed.top = ed.row;
  if (ed.row >= ed.top + editRows) ed.top = ed.row - editRows + 1;
  let cursor = { row: 1, col: 0 };
  for (let i = 0; i < editRows; i++) {
    const row = ed.top + i;
    if (row >= ed.lines.length) { out.push(''); continue; }
    const cells = displayCells(ed.lines[row]);
    const curCol = row === ed.row ? displayCells(ed.lines[row].slice(0, ed.col)).length : 0;
    const start = row === ed.row ? pageStart(curCol, cols) : 0;
    let shown = cells.slice(start, start + cols);
    if (start > 0) shown[0] = '<';
    if (cells.length > start + cols) shown = [...shown.slice(0, cols - 1), '>'];
    out.push(shown.join(''));
    if (row === ed.row) cursor = { row: 1 + i, col: curCol - start };
  }
  const prompt = promptLabel(ed);
  if (prompt) {
    const line = prompt.label + prompt.text;
    out.push(`${REVERSE}${line.padEnd(cols).slice(0, cols)}${RESET}`);
    cursor = { row: out.length - 1, col: Math.min(cols - 1, line.length) };
    const p = ed.prompt!;
    out.push(...(p.kind === 'save' ? yesNoLines(cols) : helpLines(p.kind === 'write' ? WRITE_MENU : p.kind === 'search' ? SEARCH_MENU : GOTO_MENU, cols)));
  } else {
    out.push(ed.message === undefined ? '' : statusMessage(ed.message, cols));
    out.push(...helpLines(MAIN_MENU, cols));
  }
  return { rows: out, cursor };
}
