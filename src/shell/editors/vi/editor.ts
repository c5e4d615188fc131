// The state of one vi session and the keys of its insert and command-line modes; normal-mode
// commands live in normal.ts, `:` commands in ex.ts, drawing in render.ts. The editor does no
// I/O of its own: writing files and the time come through ViHost, so it is testable key by key.

import type { FsErrorCode } from '../../../os/fs/errors.ts';
import { indentOf, type Pos } from './motions.ts';
import { normalKey } from './normal.ts';
import { cmdlineKey } from './cmdline.ts';
import { insertKey } from './insert.ts';
import { visualKey } from './visual.ts';
import { search } from './search.ts';
import { UndoHistory, type Snapshot } from './undo.ts';

export interface ViHost {
  now(): number;
  /** Writes the file; an errno when it could not. */
  write(name: string, text: string): FsErrorCode | 'EIO' | undefined;
  exists(name: string): boolean;
  /** Reads a file for `:e` and `:r`: its lines and size, or why it could not be read. */
  read?(name: string): { lines: string[]; bytes: number } | { error: string };
}

/** A key as the editor sees it: the characters of one key, or a bracketed paste. */
export type Tok = string | { paste: string };

export interface Register {
  text: string[];
  linewise: boolean;
}

export type Mode = 'normal' | 'insert' | 'cmdline' | 'visual';

export class ViEditor {
  readonly host: ViHost;
  lines: string[];
  row = 0;
  col = 0;
  /** The column j and k aim for (vim's curswant); Infinity after `$`. */
  want = 0;
  top = 0;
  /** The last buffer row the latest frame showed (for the ruler's Top/Bot/NN%). */
  lastShownRow = 0;
  /** Text rows of the window, for the page keys; set by each frame. */
  pageRows = 23;
  /** `vi` without a file shows vim's splash until something happens. */
  showIntro = false;
  mode: Mode = 'normal';
  cmdline = { prefix: ':', text: '' };
  message: { text: string; error?: boolean } | undefined;
  fileName: string | undefined;
  saved: string[];
  options = { number: false, paste: false, autoindent: true, expandtab: false, list: false, tabstop: 8, shiftwidth: 8, softtabstop: 0 };
  register: Register = { text: [], linewise: false };
  lastSearch: { pattern: string; forward: boolean } | undefined;
  /** Visual mode's other end (`v` characters, `V` lines); `'<` and `'>` rows of the last one. */
  visual: { line: boolean; anchor: Pos } | undefined;
  marks: { start: number; end: number } | undefined;
  /** The last `f`/`t` search, for `;` and `,`. */
  lastFind: { kind: string; ch: string } | undefined;
  readonly undo = new UndoHistory();
  /** Set when the editor should end, with the exit status. */
  exitCode: number | undefined;
  /** Keys of the command in progress, and of the last change (for `.`). */
  pending: Tok[] = [];
  recording: Tok[] | undefined;
  lastChange: Tok[] = [];
  replaying = false;
  /** The row whose blanks came from autoindent and were not typed over yet. */
  private autoIndented: number | undefined;

  constructor(host: ViHost, lines: string[], fileName: string | undefined) {
    this.host = host;
    this.lines = lines.length > 0 ? lines : [''];
    this.saved = [...this.lines];
    this.fileName = fileName;
  }

  get modified(): boolean {
    return this.lines.length !== this.saved.length || this.lines.some((l, i) => l !== this.saved[i]);
  }

  get line(): string {
    return this.lines[this.row];
  }

  snapshot(): Snapshot {
    return { lines: this.lines, row: this.row, col: this.col };
  }

  restore(s: Snapshot): void {
    this.lines = s.lines;
    this.row = Math.min(s.row, this.lines.length - 1);
    this.col = s.col;
    this.clampNormal();
  }

  /** Called before every change, so `u` can go back to the text as it is now. */
  saveUndo(): void {
    this.undo.save(this.snapshot(), this.host.now());
  }

  setMessage(text: string, error = false): void {
    this.message = { text, error };
  }

  /** Keeps the cursor on a character, as normal mode requires. */
  clampNormal(): void {
    this.row = Math.max(0, Math.min(this.row, this.lines.length - 1));
    this.col = Math.max(0, Math.min(this.col, this.line.length - 1));
  }

  key(tok: Tok): void {
    this.showIntro = false;
    if (this.mode === 'insert') insertKey(this, tok);
    else if (this.mode === 'cmdline') cmdlineKey(this, tok);
    else if (this.mode === 'visual') visualKey(this, tok);
    else normalKey(this, tok);
  }

  /** Starts insert mode at `col`; the keys of the command so far start the record for `.`. */
  startInsert(col: number): void {
    this.col = col;
    this.mode = 'insert';
    this.message = undefined;
    if (!this.replaying) this.recording = [...this.pending];
    this.pending = [];
  }

  /** Opens a new line below (or above) with the indent of the current one: `o` and `O`. */
  openLine(below: boolean): void {
    const indent = this.autoindentOn ? indentOf(this.line) : '';
    const at = below ? this.row + 1 : this.row;
    this.lines = [...this.lines.slice(0, at), indent, ...this.lines.slice(at)];
    this.row = at;
    this.startInsert(indent.length);
    this.autoIndented = indent === '' ? undefined : at;
  }

  get autoindentOn(): boolean {
    return this.options.autoindent && !this.options.paste;
  }

  edit(line: string): void {
    this.lines = [...this.lines];
    this.lines[this.row] = line;
  }

  insertText(text: string): void {
    const l = this.line;
    this.edit(l.slice(0, this.col) + text + l.slice(this.col));
    this.col += text.length;
    this.autoIndented = undefined;
  }

  newline(): void {
    let l = this.line;
    if (this.autoIndented === this.row && l.trim() === '') {
      // An autoindent left untouched goes away, but the next line still gets it.
      const indent = l;
      this.edit('');
      l = '';
      this.col = 0;
      this.splitAt(indent);
      return;
    }
    this.splitAt(this.autoindentOn ? indentOf(l.slice(0, this.col)) : '');
  }

  splitAt(indent: string): void {
    const l = this.line;
    const rest = this.autoindentOn ? l.slice(this.col).replace(/^[ \t]+/, '') : l.slice(this.col);
    this.lines = [...this.lines.slice(0, this.row), l.slice(0, this.col), indent + rest, ...this.lines.slice(this.row + 1)];
    this.row++;
    this.col = indent.length;
    this.autoIndented = indent === '' ? undefined : this.row;
  }

  /** A bracketed paste goes in as typed text, with no autoindent. */
  pasteText(text: string): void {
    const parts = text.replace(/\r\n?/g, '\n').split('\n');
    const l = this.line;
    const before = l.slice(0, this.col);
    const after = l.slice(this.col);
    const last = parts.length - 1;
    const added = parts.map((p, i) => (i === 0 ? before : '') + p + (i === last ? after : ''));
    this.lines = [...this.lines.slice(0, this.row), ...added, ...this.lines.slice(this.row + 1)];
    this.row += last;
    this.col = (last === 0 ? before.length : 0) + parts[last].length;
    this.autoIndented = undefined;
  }

  leaveInsert(): void {
    if (this.autoIndented === this.row && this.line.trim() === '') this.edit('');
    this.autoIndented = undefined;
    this.mode = 'normal';
    this.col--;
    this.clampNormal();
    this.want = this.col;
    this.undo.dropIfUnchanged(this.snapshot());
    if (this.recording && !this.replaying) this.lastChange = [...this.recording, '\x1b'];
    this.recording = undefined;
  }

  /** `:`, `/` and `?`: a one-line prompt on the last row. */
  startCmdline(prefix: string): void {
    this.mode = 'cmdline';
    this.cmdline = { prefix, text: '' };
    this.message = undefined;
  }

  /** Searches and moves; `remember` for a typed pattern (n and N reuse it). */
  find(pattern: string, forward: boolean, remember: boolean): void {
    if (pattern === '') {
      this.setMessage('E35: No previous regular expression', true);
      return;
    }
    if (remember) this.lastSearch = { pattern, forward };
    const found = search(this.lines, { row: this.row, col: this.col }, pattern, forward);
    if (!found) {
      this.setMessage(`E486: Pattern not found: ${pattern}`, true);
      return;
    }
    this.row = found.pos.row;
    this.col = found.pos.col;
    this.want = this.col;
    if (found.wrapped) this.setMessage(forward ? 'search hit BOTTOM, continuing at TOP' : 'search hit TOP, continuing at BOTTOM', true);
    else this.setMessage(`${forward ? '/' : '?'}${pattern}`);
  }

  /** `"pod.yaml" 12L, 230B written` and friends: the file name as given. */
  fileLabel(): string {
    return `"${this.fileName ?? '[No Name]'}"`;
  }
}
