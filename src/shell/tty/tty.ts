// A terminal device: the line discipline between a terminal emulator (xterm.js in the page, the
// Node terminal for `podlab shell`) and the programs of a session. Programs see only a Reader
// (stdin) and a Writer (stdout/stderr) and receive signals; the emulator sees only bytes.
// Canonical mode edits a line (readline's keys, history, completion) and hands it over on Enter;
// raw mode passes every byte through (full-screen programs such as vi and nano).

import type { Reader, Writer } from '../../os/pipe.ts';
import { KeyReader, type Key } from './keys.ts';
import { History, LineEditor } from './line-editor.ts';
import { ScreenTracker } from './screen-tracker.ts';
import type { Completion, ControllingTerminal, LineOptions } from '../../os/process/terminal.ts';

export type { Completer, Completion, LineOptions } from '../../os/process/terminal.ts';

export type TtySignal = 'SIGINT' | 'SIGQUIT' | 'SIGTSTP';

export interface TtyOptions {
  cols?: number;
  rows?: number;
  /** Echo typed input; off for `podlab run`, which prints each command itself. */
  echo?: boolean;
  /**
   * Sets a timer on the machine's clock. With it the terminal drains its output queue at
   * OUTPUT_BURST characters per OUTPUT_TICK_MS, and writers beyond that wait (flood control):
   * `yes` runs at the speed a screen can show, and the page stays responsive.
   */
  setTimer?: (ms: number, fire: () => void) => void;
}

/** Characters a terminal takes per tick before writers wait: about 1.3 MB/s on the wall clock. */
export const OUTPUT_BURST = 64 * 1024;
export const OUTPUT_TICK_MS = 50;

export class Tty implements ControllingTerminal {
  readonly history = new History();
  readonly stdin: Reader;
  readonly stdout: Writer;
  mode: 'canonical' | 'raw' = 'canonical';
  lineOptions: LineOptions = { history: false };
  /** The process group in the foreground: Ctrl-C goes to it. */
  foregroundPgid = 0;
  /** Set by the session: delivers Ctrl-C and friends to the foreground process group. */
  onSignal: (signal: TtySignal) => void = () => {};
  rows: number;
  echo: boolean;

  private readonly keyReader = new KeyReader();
  private readonly editor: LineEditor;
  private readonly screen: ScreenTracker;
  private readonly outputListeners = new Set<(data: string) => void>();
  private readonly resizeListeners = new Set<() => void>();
  private readonly logoutListeners = new Set<() => void>();
  /** Keys typed while nobody reads, replayed when the next read starts. */
  private typeahead: Key[] = [];
  /** Whole lines (from pastes or type-ahead) waiting for a reader. */
  private ready: (string | null)[] = [];
  private rawBuffer = '';
  private unheard = '';
  private waiter: ((chunk: string | null) => void) | null = null;
  private editing = false;
  /** Column where the edited text starts, and the cursor's row below the start. */
  private startCol = 0;
  private cursorRow = 0;
  private drawnLength = 0;
  private tabCount = 0;
  /** What was on the line before the edited text: the prompt, for Ctrl-L and completion lists. */
  private promptText = '';
  private completing = false;
  /** Output written since the queue last drained, and the writers waiting for it to drain. */
  private backlog = 0;
  private drainWaiters: (() => void)[] = [];
  private readonly setTimer: TtyOptions['setTimer'];

  constructor(options: TtyOptions = {}) {
    this.screen = new ScreenTracker(options.cols ?? 80);
    this.rows = options.rows ?? 24;
    this.echo = options.echo ?? true;
    this.setTimer = options.setTimer;
    this.editor = new LineEditor(this.history);
    this.stdin = {
      read: (cancel?: Promise<unknown>) => this.read(cancel),
      drain: () => {
        const s = this.rawBuffer;
        this.rawBuffer = '';
        return s;
      },
      closeRead: () => {},
    };
    this.stdout = {
      write: (chunk: string) => {
        this.programOutput(chunk);
        this.queue(chunk.length);
        return true;
      },
      ready: () => (this.drainWaiters.length > 0 || this.backlog >= OUTPUT_BURST ? this.drained() : undefined),
      close: () => {},
      get closed() {
        return false;
      },
    };
  }

  get cols(): number {
    return this.screen.cols;
  }

  private queue(chars: number): void {
    if (!this.setTimer) return;
    if (this.backlog === 0) {
      this.setTimer(OUTPUT_TICK_MS, () => {
        this.backlog = 0;
        for (const w of this.drainWaiters.splice(0)) w();
      });
    }
    this.backlog += chars;
  }

  private drained(): Promise<void> {
    return new Promise((resolve) => this.drainWaiters.push(resolve));
  }

  /** True while a program waits for a line in canonical mode (the prompt is showing). */
  get reading(): boolean {
    return this.waiter !== null && this.mode === 'canonical';
  }

  /** The first listener also gets whatever was written before anyone listened (the first prompt). */
  onOutput(listener: (data: string) => void): () => void {
    this.outputListeners.add(listener);
    if (this.unheard !== '') {
      const early = this.unheard;
      this.unheard = '';
      listener(early);
    }
    return () => this.outputListeners.delete(listener);
  }

  /** Called once the session on this terminal ends (the login shell exited). */
  onLogout(listener: () => void): () => void {
    this.logoutListeners.add(listener);
    return () => this.logoutListeners.delete(listener);
  }

  hangup(): void {
    for (const l of this.logoutListeners) l();
    this.logoutListeners.clear();
  }

  onResize(listener: () => void): () => void {
    this.resizeListeners.add(listener);
    return () => this.resizeListeners.delete(listener);
  }

  resize(cols: number, rows: number): void {
    this.screen.cols = Math.max(1, cols);
    this.rows = Math.max(1, rows);
    for (const l of this.resizeListeners) l();
  }

  /** Bytes from the terminal emulator: keystrokes and pastes. */
  input(data: string): void {
    if (this.mode === 'raw') {
      this.rawBuffer += data;
      this.flushRaw();
      return;
    }
    for (const key of this.keyReader.feed(data)) {
      if (key.kind === 'control' && key.code === 0x03) {
        this.interrupt('SIGINT', '^C');
      } else if (key.kind === 'control' && key.code === 0x1c) {
        this.interrupt('SIGQUIT', '^\\');
      } else if (this.editing && this.typeahead.length === 0 && !this.completing) {
        this.handleKey(key);
      } else {
        this.typeahead.push(key);
      }
    }
  }

  /** Switch modes as termios would; leaving raw mode drops unread raw bytes. */
  setMode(mode: 'canonical' | 'raw'): void {
    if (mode === this.mode) return;
    this.mode = mode;
    this.rawBuffer = '';
    if (mode === 'canonical' && this.waiter) this.beginEditing();
  }

  private emit(data: string): void {
    if (data === '') return;
    this.screen.write(data);
    this.send(data);
  }

  private send(data: string): void {
    if (this.outputListeners.size === 0) this.unheard += data;
    for (const l of this.outputListeners) l(data);
  }

  private programOutput(chunk: string): void {
    const out = chunk.replace(/\r?\n/g, '\r\n');
    if (this.editing && this.editor.text !== '') {
      // Output arriving mid-edit (a background job): move the line out of the way, print, redraw.
      this.moveTo(0);
      this.emit('\r\x1b[J');
      this.emit(out);
      this.startCol = this.screen.col;
      this.promptText = this.screen.line;
      this.cursorRow = 0;
      this.drawnLength = 0;
      this.redraw();
      return;
    }
    this.emit(out);
    if (this.editing) {
      this.startCol = this.screen.col;
      this.promptText = this.screen.line;
      this.cursorRow = 0;
      this.drawnLength = 0;
    }
  }

  /** A read withdrawn by `cancel` (its reader was killed) leaves the line being typed to the next reader. */
  private read(cancel?: Promise<unknown>): Promise<string | null> {
    if (this.mode === 'raw') {
      if (this.rawBuffer !== '') {
        const s = this.rawBuffer;
        this.rawBuffer = '';
        return Promise.resolve(s);
      }
    } else if (this.ready.length > 0) {
      return Promise.resolve(this.ready.shift()!);
    }
    return new Promise((resolve) => {
      this.waiter = resolve;
      void cancel?.then(() => {
        if (this.waiter !== resolve) return;
        this.waiter = null;
        this.editing = false;
        resolve(null);
      });
      if (this.mode === 'canonical') this.beginEditing();
    });
  }

  private flushRaw(): void {
    if (this.waiter && this.rawBuffer !== '') {
      const w = this.waiter;
      this.waiter = null;
      const s = this.rawBuffer;
      this.rawBuffer = '';
      w(s);
    }
  }

  private beginEditing(): void {
    this.editing = true;
    this.editor.reset();
    this.startCol = this.screen.col;
    this.promptText = this.screen.line;
    this.cursorRow = 0;
    this.drawnLength = 0;
    this.tabCount = 0;
    this.replayTypeahead();
  }

  private replayTypeahead(): void {
    while (this.editing && !this.completing && this.typeahead.length > 0) {
      this.handleKey(this.typeahead.shift()!);
    }
  }

  private deliver(line: string | null): void {
    this.editing = false;
    const w = this.waiter;
    if (w) {
      this.waiter = null;
      w(line);
    } else {
      this.ready.push(line);
    }
  }

  private interrupt(signal: TtySignal, echo: string): void {
    // The line discipline flushes its queues on an interrupt (no NOFLSH): writers waiting for
    // the output queue to drain go on at once, so Ctrl-C is answered without waiting a tick.
    this.backlog = 0;
    for (const w of this.drainWaiters.splice(0)) w();
    this.typeahead = [];
    this.ready = [];
    if (this.editing) {
      this.moveTo(this.editor.text.length);
      this.editor.reset();
      this.drawnLength = 0;
    }
    // The driver echoes ^C; the shell then starts a new line (as bash does after readline or a killed job).
    this.emit(echo);
    if (this.editing) {
      this.startCol = 0;
      this.promptText = '';
      this.cursorRow = 0;
    }
    this.onSignal(signal);
  }

  private handleKey(key: Key): void {
    const ed = this.editor;
    if (key.kind !== 'control' || key.code !== 0x09) this.tabCount = 0;
    switch (key.kind) {
      case 'char':
        ed.insert(key.text);
        if (ed.cursor === ed.text.length) this.echoTail(key.text);
        else this.redraw();
        return;
      case 'paste':
        this.paste(key.text);
        return;
      case 'escape':
        this.handleEscape(key.seq);
        return;
      case 'control':
        this.handleControl(key.code);
    }
  }

  private paste(text: string): void {
    const lines = text.replace(/\r\n?/g, '\n').split('\n');
    this.editor.insert(lines[0].replace(/\t/g, '    '));
    this.redraw();
    if (lines.length === 1) return;
    // Each further line is typed as if Enter had been pressed between them.
    const rest: Key[] = [{ kind: 'control', code: 0x0d }];
    lines.slice(1).forEach((l, i) => {
      if (l !== '') rest.push({ kind: 'paste', text: l });
      if (i < lines.length - 2) rest.push({ kind: 'control', code: 0x0d });
    });
    this.typeahead.unshift(...rest);
    this.replayTypeahead();
  }

  private handleEscape(seq: string): void {
    const ed = this.editor;
    switch (seq) {
      case '\x1b[D': case '\x1bOD': ed.left(); break;
      case '\x1b[C': case '\x1bOC': ed.right(); break;
      case '\x1b[A': case '\x1bOA': ed.historyPrev(); break;
      case '\x1b[B': case '\x1bOB': ed.historyNext(); break;
      case '\x1b[H': case '\x1bOH': case '\x1b[1~': case '\x1b[7~': ed.home(); break;
      case '\x1b[F': case '\x1bOF': case '\x1b[4~': case '\x1b[8~': ed.end(); break;
      case '\x1b[3~': ed.deleteForward(); break;
      case '\x1b[1;5D': case '\x1bb': ed.wordLeft(); break;
      case '\x1b[1;5C': case '\x1bf': ed.wordRight(); break;
      default: return; // unknown keys (F1, PageUp…) do nothing, as in bash
    }
    this.redraw();
  }

  private handleControl(code: number): void {
    const ed = this.editor;
    switch (code) {
      case 0x0d: case 0x0a: this.submit(); return;
      case 0x7f: case 0x08: ed.backspace(); break;
      case 0x01: ed.home(); break;
      case 0x05: ed.end(); break;
      case 0x02: ed.left(); break;
      case 0x06: ed.right(); break;
      case 0x0b: ed.killToEnd(); break;
      case 0x15: ed.killToStart(); break;
      case 0x17: ed.killWordBack(); break;
      case 0x19: ed.yank(); break;
      case 0x10: ed.historyPrev(); break;
      case 0x0e: ed.historyNext(); break;
      case 0x0c: this.clearScreen(); return;
      case 0x04:
        if (ed.text === '') {
          this.deliver(null);
          return;
        }
        ed.deleteForward();
        break;
      case 0x09: void this.complete(); return;
      default: return;
    }
    this.redraw();
  }

  private submit(): void {
    const line = this.editor.text;
    this.moveTo(line.length);
    if (this.echo) this.emit('\r\n');
    if (this.lineOptions.history) this.history.add(line);
    this.editor.reset();
    this.drawnLength = 0;
    this.deliver(`${line}\n`);
  }

  private clearScreen(): void {
    this.emit('\x1b[H\x1b[2J');
    this.emit(this.promptText);
    this.startCol = this.screen.col;
    this.cursorRow = 0;
    this.drawnLength = 0;
    this.redraw();
  }

  private async complete(): Promise<void> {
    const completer = this.lineOptions.completer;
    if (!completer) return;
    this.tabCount++;
    const ed = this.editor;
    this.completing = true;
    let result: Completion;
    try {
      result = await completer(ed.text, ed.cursor);
    } finally {
      this.completing = false;
    }
    if (!this.editing) return;
    const word = ed.text.slice(result.from, ed.cursor);
    const { candidates } = result;
    if (candidates.length === 1) {
      const c = candidates[0];
      ed.insert(c.slice(word.length) + (result.exact === false || c.endsWith('/') ? '' : ' '));
      this.redraw();
    } else if (candidates.length > 1) {
      const common = commonPrefix(candidates);
      if (common.length > word.length) {
        ed.insert(common.slice(word.length));
        this.redraw();
      } else if (this.tabCount >= 2) {
        this.listCandidates(candidates);
      }
    }
    this.replayTypeahead();
  }

  private listCandidates(candidates: string[]): void {
    this.moveTo(this.editor.text.length);
    const prompt = this.promptText;
    const width = Math.max(...candidates.map((c) => c.length)) + 2;
    const perRow = Math.max(1, Math.floor(this.cols / width));
    let out = '\r\n';
    candidates.forEach((c, i) => {
      out += (i % perRow === perRow - 1 || i === candidates.length - 1) ? `${c}\r\n` : c.padEnd(width);
    });
    this.emit(out);
    this.emit(prompt);
    this.startCol = this.screen.col;
    this.cursorRow = 0;
    this.drawnLength = 0;
    this.redraw();
  }

  /** Typing at the end of the line: just echo, the cheap common case. */
  private echoTail(text: string): void {
    if (!this.echo) return;
    this.emit(text);
    this.drawnLength = this.editor.text.length;
    this.afterDraw(this.drawnLength);
  }

  /** Repaint the edited text from its start column and put the cursor where the editor has it. */
  private redraw(): void {
    if (!this.echo) return;
    const { text, cursor } = this.editor;
    this.moveTo(0);
    this.emit(text);
    this.drawnLength = text.length;
    this.afterDraw(text.length);
    this.emit('\x1b[J');
    this.moveTo(cursor);
  }

  /** After drawing up to `pos`: resolve a pending wrap so the cursor row is where we think. */
  private afterDraw(pos: number): void {
    const abs = this.startCol + pos;
    if (pos > 0 && abs % this.cols === 0) this.emit(' \b');
    this.cursorRow = Math.floor(abs / this.cols);
  }

  /** Move the cursor to text index `pos`, from wherever the last draw left it. */
  private moveTo(pos: number): void {
    if (!this.echo) return;
    const abs = this.startCol + pos;
    const row = Math.floor(abs / this.cols);
    const col = abs % this.cols;
    let seq = '';
    if (row < this.cursorRow) seq += `\x1b[${this.cursorRow - row}A`;
    if (row > this.cursorRow) seq += `\x1b[${row - this.cursorRow}B`;
    seq += '\r';
    if (col > 0) seq += `\x1b[${col}C`;
    this.cursorRow = row;
    // Cursor motion is not text: keep the tracker's idea of the line (the prompt) intact.
    this.send(seq);
    this.screen.col = col;
  }
}

function commonPrefix(words: string[]): string {
  let p = words[0];
  for (const w of words) while (!w.startsWith(p)) p = p.slice(0, -1);
  return p;
}
