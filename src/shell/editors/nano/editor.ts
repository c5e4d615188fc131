// The state of one nano session and what its keys do: typing, moving, cutting and pasting whole
// lines, and the prompts of ^O, ^X, ^W and ^/ on the status bar. No I/O of its own: files are
// written through NanoHost. Like nano, the buffer always ends in an empty "magic" line, so a
// written file ends in a newline and "Wrote N lines" counts the lines above it.
// Models nano's src/nano.c (do_output), src/cut.c, src/search.c and src/files.c for this subset.

import type { FsErrorCode } from '../../../os/fs/errors.ts';
import { FS_ERROR_TEXT } from '../../../os/fs/errors.ts';
import { findNext, location } from './position.ts';

export interface NanoHost {
  write(name: string, text: string): FsErrorCode | 'EIO' | undefined;
}

export type Prompt =
  | { kind: 'write'; text: string; thenExit: boolean }
  | { kind: 'save' }
  | { kind: 'search'; text: string }
  | { kind: 'goto'; text: string };

interface Edit {
  lines: string[];
  row: number;
  col: number;
  modified: boolean;
  what: string;
}

/** A key: its characters, or a bracketed paste. */
export type NanoKey = string | { paste: string };

export class NanoEditor {
  readonly host: NanoHost;
  lines: string[];
  row = 0;
  col = 0;
  /** The screen column up and down aim for (nano's placewewant). */
  want = 0;
  top = 0;
  fileName: string;
  modified = false;
  cutBuffer: string[] = [];
  private lastWasCut = false;
  prompt: Prompt | undefined;
  message: string | undefined;
  private messageAge = 0;
  lastSearch = '';
  helpShown = false;
  exitCode: number | undefined;
  /** Set by a jump (search, go to line) so the view centres the cursor. */
  center = false;

  constructor(host: NanoHost, lines: string[], fileName: string) {
    this.host = host;
    this.lines = [...lines];
    if (this.lines[this.lines.length - 1] !== '') this.lines.push('');
    this.fileName = fileName;
  }

  get line(): string {
    return this.lines[this.row];
  }

  setMessage(text: string): void {
    this.message = text;
    this.messageAge = 0;
  }

  key(k: NanoKey): void {
    // Messages stay up for a while of typing, then the status bar clears.
    if (this.message !== undefined && ++this.messageAge > 20) this.message = undefined;
    if (this.helpShown) {
      if (k === '\x18' || k === '\x03' || k === 'q') this.helpShown = false;
      return;
    }
    if (this.prompt) {
      this.promptKey(k);
      return;
    }
    const wasCut = this.lastWasCut;
    this.lastWasCut = false;
    const editing = typeof k !== 'string' || (k.length === 1 && (k >= ' ' || '\r\n\t\x7f\x08\x04\x0b\x15'.includes(k))) || k === '\x1b[3~';
    if (!editing) this.group = undefined;
    if (typeof k !== 'string') {
      this.insert(k.paste.replace(/\r\n?/g, '\n'), 'paste');
      return;
    }
    switch (k) {
      case '\x18': // ^X
        if (!this.modified) this.exitCode = 0;
        else this.prompt = { kind: 'save' };
        return;
      case '\x0f': this.prompt = { kind: 'write', text: this.fileName, thenExit: false }; return;
      case '\x17': this.prompt = { kind: 'search', text: '' }; return;
      case '\x1f': case '\x1b_': this.prompt = { kind: 'goto', text: '' }; return;
      case '\x07': this.helpShown = true; return;
      case '\x0b': this.cut(wasCut); return;
      case '\x15': this.paste(); return;
      case '\x03': this.setMessage(location(this.lines, this.row, this.col)); return;
      case '\r': case '\n': this.insert('\n'); return;
      case '\t': this.insert('\t'); return;
      case '\x7f': case '\x08': this.backspace(); return;
      case '\x04': case '\x1b[3~': this.deleteForward(); return;
      case '\x1b[D': case '\x1bOD': case '\x02': this.left(); return;
      case '\x1b[C': case '\x1bOC': case '\x06': this.right(); return;
      case '\x1b[A': case '\x1bOA': case '\x10': this.vertical(-1); return;
      case '\x1b[B': case '\x1bOB': case '\x0e': this.vertical(1); return;
      case '\x1b[5~': case '\x19': this.vertical(-this.pageRows); return;
      case '\x1b[6~': case '\x16': this.vertical(this.pageRows); return;
      case '\x1b[H': case '\x1bOH': case '\x1b[1~': case '\x01': this.col = 0; this.want = 0; return;
      case '\x1b[F': case '\x1bOF': case '\x1b[4~': case '\x05': this.col = this.line.length; this.want = this.col; return;
      case '\x1bu': case '\x1bU': this.undo(true); return;
      case '\x1be': case '\x1bE': this.undo(false); return;
    }
    if (k.length === 1 && k >= ' ') this.insert(k);
  }

  private undoStack: Edit[] = [];
  private redoStack: Edit[] = [];
  /** The kind of the edit in progress: typing on makes one undo step, as nano groups it. */
  private group: string | undefined;

  private record(what: string): void {
    if (this.group === what && (what === 'addition' || what === 'deletion' || what === 'cut')) return;
    this.undoStack.push({ lines: this.lines, row: this.row, col: this.col, modified: this.modified, what });
    this.redoStack = [];
    this.group = what;
  }

  /** M-U and M-E: `[ Undid addition ]`, `[ Redid cut ]`. */
  private undo(back: boolean): void {
    const from = back ? this.undoStack : this.redoStack;
    const to = back ? this.redoStack : this.undoStack;
    const e = from.pop();
    if (!e) {
      this.setMessage(back ? 'Nothing to undo' : 'Nothing to redo');
      return;
    }
    to.push({ lines: this.lines, row: this.row, col: this.col, modified: this.modified, what: e.what });
    this.lines = e.lines;
    this.row = e.row;
    this.col = e.col;
    this.want = e.col;
    this.modified = back ? e.modified : true;
    this.group = undefined;
    this.setMessage(`${back ? 'Undid' : 'Redid'} ${e.what}`);
  }

  /** Rows of the edit window, for PgUp and PgDn; set by the renderer. */
  pageRows = 20;

  private touch(): void {
    this.modified = true;
  }

  insert(text: string, what = text === '\n' ? 'line break' : 'addition'): void {
    this.record(what);
    const parts = text.split('\n');
    const l = this.line;
    const before = l.slice(0, this.col);
    const after = l.slice(this.col);
    const last = parts.length - 1;
    const added = parts.map((p, i) => (i === 0 ? before : '') + p + (i === last ? after : ''));
    this.lines = [...this.lines.slice(0, this.row), ...added, ...this.lines.slice(this.row + 1)];
    this.row += last;
    this.col = (last === 0 ? before.length : 0) + parts[last].length;
    this.want = this.col;
    if (this.lines[this.lines.length - 1] !== '') this.lines.push('');
    this.touch();
  }

  private backspace(): void {
    if (this.col > 0) {
      this.col--;
      this.deleteForward();
    } else if (this.row > 0) {
      this.row--;
      this.col = this.line.length;
      this.deleteForward();
    }
  }

  private deleteForward(): void {
    const l = this.line;
    if (this.col < l.length || this.row + 1 < this.lines.length) this.record(this.col < l.length ? 'deletion' : 'line join');
    if (this.col < l.length) {
      this.lines = [...this.lines];
      this.lines[this.row] = l.slice(0, this.col) + l.slice(this.col + 1);
    } else if (this.row + 1 < this.lines.length) {
      this.lines = [...this.lines.slice(0, this.row), l + this.lines[this.row + 1], ...this.lines.slice(this.row + 2)];
      if (this.lines[this.lines.length - 1] !== '') this.lines.push('');
    } else {
      return;
    }
    this.want = this.col;
    this.touch();
  }

  private left(): void {
    if (this.col > 0) this.col--;
    else if (this.row > 0) { this.row--; this.col = this.line.length; }
    this.want = this.col;
  }

  private right(): void {
    if (this.col < this.line.length) this.col++;
    else if (this.row + 1 < this.lines.length) { this.row++; this.col = 0; }
    this.want = this.col;
  }

  private vertical(delta: number): void {
    this.row = Math.max(0, Math.min(this.lines.length - 1, this.row + delta));
    this.col = Math.min(this.want, this.line.length);
  }

  /** ^K: consecutive cuts gather into one buffer; the magic line cannot be cut. */
  private cut(append: boolean): void {
    const magic = this.row === this.lines.length - 1;
    if (magic && this.line === '') return;
    this.record('cut');
    if (!append) this.cutBuffer = [];
    this.cutBuffer.push(this.line);
    this.lines = magic ? [...this.lines.slice(0, this.row), ''] : [...this.lines.slice(0, this.row), ...this.lines.slice(this.row + 1)];
    this.col = 0;
    this.want = 0;
    this.lastWasCut = true;
    this.touch();
  }

  /** ^U: the cut lines go in at the cursor. */
  private paste(): void {
    if (this.cutBuffer.length === 0) return;
    this.insert(this.cutBuffer.map((l) => `${l}\n`).join(''), 'paste');
  }

  /** Writes the buffer to `name`; true on success. */
  write(name: string): boolean {
    const text = this.lines.join('\n');
    const err = this.host.write(name, text);
    if (err !== undefined) {
      this.setMessage(`Error writing ${name}: ${err === 'EIO' ? 'Input/output error' : FS_ERROR_TEXT[err]}`);
      return false;
    }
    this.fileName = name;
    this.modified = false;
    const n = this.lines.length - 1;
    this.setMessage(`Wrote ${n} line${n === 1 ? '' : 's'}`);
    return true;
  }

  private promptKey(k: NanoKey): void {
    const p = this.prompt!;
    const text = typeof k === 'string' ? k : k.paste.split(/\r?\n/)[0];
    if (p.kind === 'save') {
      if (text === 'y' || text === 'Y') this.prompt = { kind: 'write', text: this.fileName, thenExit: true };
      else if (text === 'n' || text === 'N') this.exitCode = 0;
      else if (text === '\x03') { this.prompt = undefined; this.setMessage('Cancelled'); }
      return;
    }
    if (text === '\x03') {
      this.prompt = undefined;
      this.setMessage('Cancelled');
      return;
    }
    if (text === '\r' || text === '\n') {
      this.prompt = undefined;
      this.submit(p);
      return;
    }
    if (text === '\x7f' || text === '\x08') { p.text = p.text.slice(0, -1); return; }
    // ^K at a prompt cuts the whole answer, as in nano.
    if (text === '\x0b') { p.text = ''; return; }
    if (!text.startsWith('\x1b') && text >= ' ') p.text += text;
  }

  private submit(p: Prompt): void {
    if (p.kind === 'write') {
      if (p.text === '') { this.setMessage('Cancelled'); return; }
      if (this.write(p.text) && p.thenExit) this.exitCode = 0;
    } else if (p.kind === 'search') {
      const needle = p.text === '' ? this.lastSearch : p.text;
      if (needle === '') { this.setMessage('Cancelled'); return; }
      this.lastSearch = needle;
      const found = findNext(this.lines, this.row, this.col, needle);
      if (found.row !== undefined) {
        this.row = found.row;
        this.col = found.col;
        this.want = found.col;
        this.center = true;
      }
      if (found.message !== undefined) this.setMessage(found.message);
    } else if (p.kind === 'goto') {
      const [line, col] = p.text.split(/[ ,]+/).map((s) => Number(s));
      if (!Number.isInteger(line)) { this.setMessage('Invalid line or column number'); return; }
      this.row = Math.max(0, Math.min(this.lines.length - 1, (line < 0 ? this.lines.length + line : line - 1)));
      this.col = Math.max(0, Math.min(this.line.length, Number.isInteger(col) ? col - 1 : 0));
      this.want = this.col;
      this.center = true;
    }
  }
}
