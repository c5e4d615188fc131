// The controlling terminal of a session, as programs see it (termios and tcsetpgrp in spirit):
// full-screen programs switch it to raw mode, the interactive shell sets line editing options
// and says which process group is in the foreground (it receives Ctrl-C).

import type { Reader } from '../pipe.ts';

/** What Tab completion returns: replace text[from..cursor] with one of the candidates. */
export interface Completion {
  from: number;
  candidates: string[];
  /** Whether a single candidate is a whole word (append a space); folders end in '/' instead. */
  exact?: boolean;
}

export type Completer = (line: string, cursor: number) => Completion | Promise<Completion>;

export interface LineOptions {
  /** Add submitted lines to the history (the interactive shell's reads, not `read`'s). */
  history: boolean;
  completer?: Completer;
  /** The read is a continuation of an unfinished command (PS2), not a new one. */
  continuation?: boolean;
}

export interface ControllingTerminal {
  mode: 'canonical' | 'raw';
  setMode(mode: 'canonical' | 'raw'): void;
  lineOptions: LineOptions;
  readonly cols: number;
  readonly rows: number;
  /** The process group that gets SIGINT/SIGQUIT from the keyboard. */
  foregroundPgid: number;
  /** Listens for window size changes (SIGWINCH). */
  onResize(listener: () => void): () => void;
  readonly history: { list(): readonly string[]; clear(): void };
  /**
   * The stream keystrokes arrive on, when the terminal knows it (a container's pseudo-terminal):
   * a program whose stdin is this stream has isatty(0).
   */
  readonly inputStream?: Reader;
}
