// The state of one vi session and the keys of its insert and command-line modes; normal-mode
// commands live in normal.ts, `:` commands in ex.ts, drawing in render.ts. The editor does no
// I/O of its own: writing files and the time come through ViHost, so it is testable key by key.

import type { FsErrorCode } from '../../../os/fs/errors.ts';
import { indentOf } from './motions.ts';
import { normalKey } from './normal.ts';
import { runEx } from './ex.ts';
import { search } from './search.ts';
import { UndoHistory, type Snapshot } from './undo.ts';

export interface ViHost {
  now(): number;
  /** Writes the file; an errno when it could not. */
  write(name: string, text: string): FsErrorCode | 'EIO' | undefined;
  exists(name: string): boolean;
}

/** A key as the editor sees it: the characters of one key, or a bracketed paste. */
export type Tok = string | { paste: string };

export interface Register {
  text: string[];
  linewise: boolean;
}

export type Mode = 'normal' | 'insert' | 'cmdline';

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
  mode: Mode = 'normal';
  cmdline = { prefix: ':', text: '' };
  message: { text: string; error?: boolean } | undefined;
  fileName: string | undefined;
  saved: string[];
  options = { number: false, paste: false, autoindent: true };
  register: Register = { text: [], linewise: false };
  lastSearch: { pattern: string; forward: boolean } | undefined;
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
    if (this.mode === 'insert') this.insertKey(tok);
    else if (this.mode === 'cmdline') this.cmdlineKey(tok);
    else normalKey(this, tok);
  }

  /** Starts insert mode at `col` of the current row; `record` carries the keys that started it. */
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

  private get autoindentOn(): boolean {
    return this.options.autoindent && !this.options.paste;
  }

  private edit(line: string): void {
    this.lines = [...this.lines];
    this.lines[this.row] = line;
  }

  insertText(text: string): void {
    const l = this.line;
    this.edit(l.slice(0, this.col) + text + l.slice(this.col));
    this.col += text.length;
    this.autoIndented = undefined;
  }

  private newline(): void {
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

  private splitAt(indent: string): void {
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

  private leaveInsert(): void {
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

  private insertKey(tok: Tok): void {
    if (this.recording && !this.replaying) this.recording.push(tok);
    if (typeof tok !== 'string') {
      this.pasteText(tok.paste);
      return;
    }
    const l = this.line;
    switch (tok) {
      case '\x1b': case '\x03': this.leaveInsert(); return;
      case '\r': case '\n': this.newline(); return;
      case '\x7f': case '\x08':
        if (this.col > 0) {
          this.edit(l.slice(0, this.col - 1) + l.slice(this.col));
          this.col--;
        } else if (this.row > 0) {
          const prev = this.lines[this.row - 1];
          this.lines = [...this.lines.slice(0, this.row - 1), prev + l, ...this.lines.slice(this.row + 1)];
          this.row--;
          this.col = prev.length;
        }
        return;
      case '\x1b[3~':
        if (this.col < l.length) this.edit(l.slice(0, this.col) + l.slice(this.col + 1));
        else if (this.row + 1 < this.lines.length) {
          this.lines = [...this.lines.slice(0, this.row), l + this.lines[this.row + 1], ...this.lines.slice(this.row + 2)];
        }
        return;
      case '\x17': {
        const start = l.slice(0, this.col).replace(/(\w+|[^\w\s]+)?\s*$/, '').length;
        this.edit(l.slice(0, start) + l.slice(this.col));
        this.col = start;
        return;
      }
      case '\x15':
        this.edit(l.slice(this.col));
        this.col = 0;
        return;
      case '\x1b[D': case '\x1bOD': this.col = Math.max(0, this.col - 1); return;
      case '\x1b[C': case '\x1bOC': this.col = Math.min(l.length, this.col + 1); return;
      case '\x1b[A': case '\x1bOA': case '\x1b[B': case '\x1bOB': {
        const row = this.row + (tok.endsWith('A') ? -1 : 1);
        if (row >= 0 && row < this.lines.length) {
          this.row = row;
          this.col = Math.min(this.col, this.line.length);
        }
        return;
      }
      case '\x1b[H': case '\x1bOH': case '\x1b[1~': this.col = 0; return;
      case '\x1b[F': case '\x1bOF': case '\x1b[4~': this.col = l.length; return;
      case '\t': this.insertText('\t'); return;
    }
    if (tok.length === 1 && tok >= ' ') this.insertText(tok);
  }

  /** `:`, `/` and `?`: a one-line prompt on the last row. */
  startCmdline(prefix: string): void {
    this.mode = 'cmdline';
    this.cmdline = { prefix, text: '' };
    this.message = undefined;
  }

  private cmdlineKey(tok: Tok): void {
    const text = typeof tok === 'string' ? tok : tok.paste.split(/\r?\n/)[0];
    const c = this.cmdline;
    if (text === '\x1b' || text === '\x03') {
      this.mode = 'normal';
      return;
    }
    if (text === '\r' || text === '\n') {
      this.mode = 'normal';
      if (c.prefix === ':') runEx(this, c.text);
      else this.find(c.text === '' ? this.lastSearch?.pattern ?? '' : c.text, c.prefix === '/', true);
      return;
    }
    if (text === '\x7f' || text === '\x08') {
      if (c.text === '') this.mode = 'normal';
      else c.text = c.text.slice(0, -1);
      return;
    }
    if (text === '\x15') {
      c.text = '';
      return;
    }
    if (!text.startsWith('\x1b') && text >= ' ') c.text += text;
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
