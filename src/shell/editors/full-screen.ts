// What vi and nano share about owning the terminal: raw mode, the alternate screen, bracketed
// paste, whole keys from the byte stream, window size changes, and giving it all back on exit
// (even when the program is killed), so the shell's prompt comes back as it was.

import type { ProcessContext } from '../../os/process/context.ts';
import { KeyReader, type Key } from '../tty/keys.ts';

export type { Key } from '../tty/keys.ts';

const ENTER = '\x1b[?1049h\x1b[?2004h\x1b[H\x1b[2J';
const LEAVE = '\x1b[?2004l\x1b[?1049l';

export class FullScreen {
  private readonly ctx: ProcessContext;
  private readonly reader = new KeyReader();
  private queue: Key[] = [];
  private unsubscribe: () => void = () => {};
  private last = '';

  constructor(ctx: ProcessContext) {
    this.ctx = ctx;
  }

  get cols(): number {
    return this.ctx.terminal?.cols ?? 80;
  }

  get rows(): number {
    return this.ctx.terminal?.rows ?? 24;
  }

  /** Raw mode and the alternate screen; `onResize` repaints after a window size change. */
  enter(onResize: () => void): void {
    const term = this.ctx.terminal;
    term?.setMode('raw');
    this.unsubscribe = term?.onResize(() => {
      this.last = '';
      onResize();
    }) ?? (() => {});
    this.ctx.stdout.write(ENTER);
  }

  leave(): void {
    this.unsubscribe();
    this.ctx.stdout.write(LEAVE);
    this.ctx.terminal?.setMode('canonical');
  }

  /** The next key, or null at end of input. */
  async key(): Promise<Key | null> {
    while (this.queue.length === 0) {
      const chunk = await this.ctx.stdin.read();
      if (chunk === null) return null;
      this.queue.push(...this.reader.feed(chunk));
    }
    return this.queue.shift()!;
  }

  /** Whether keys already arrived that were not read yet (a paste typed as keys): draw after them. */
  get keysWaiting(): boolean {
    return this.queue.length > 0;
  }

  /** Paints a frame: rows of text (each may carry SGR codes) and the cursor, 0-based. */
  paint(rows: readonly string[], cursor: { row: number; col: number }): void {
    let out = '\x1b[?25l';
    // Erase first: erasing after a full-width row would take its last character.
    rows.forEach((line, i) => { out += `\x1b[${i + 1};1H\x1b[2K${line}\x1b[0m`; });
    out += `\x1b[${cursor.row + 1};${cursor.col + 1}H\x1b[?25h`;
    // An unchanged frame (a key that did nothing) costs no output.
    if (out === this.last) return;
    this.last = out;
    this.ctx.stdout.write(out);
  }
}

/** Runs `body` in full-screen mode and always gives the terminal back. */
export async function withFullScreen(ctx: ProcessContext, body: (screen: FullScreen) => Promise<number>): Promise<number> {
  const screen = new FullScreen(ctx);
  try {
    return await body(screen);
  } finally {
    screen.leave();
  }
}

/** What the full-screen editors have in common: they take keys and say when they are done. */
export interface KeyDriven {
  key(input: string | { paste: string }): void;
  readonly exitCode: number | undefined;
}

/**
 * The editors' main loop in full-screen mode: each key goes to `editor`, and the screen is
 * repainted from `frame` once no more keys are waiting, until the editor sets its exit code.
 * `escape` splits an escape sequence into the keys the editor reads (vi: `\x1b:` is two keys).
 */
export function runFullScreen(
  ctx: ProcessContext,
  editor: KeyDriven,
  frame: (cols: number, rows: number) => { rows: readonly string[]; cursor: { row: number; col: number } },
  escape: (seq: string) => string[] = (seq) => [seq],
): Promise<number> {
  return withFullScreen(ctx, async (screen) => {
    const draw = () => {
      const f = frame(screen.cols, screen.rows);
      screen.paint(f.rows, f.cursor);
    };
    screen.enter(draw);
    draw();
    for (;;) {
      const key = await screen.key();
      if (key === null) return 1;
      switch (key.kind) {
        case 'char': editor.key(key.text); break;
        case 'control': editor.key(String.fromCharCode(key.code)); break;
        case 'escape': for (const k of escape(key.seq)) editor.key(k); break;
        case 'paste': editor.key({ paste: key.text }); break;
      }
      if (editor.exitCode !== undefined) return editor.exitCode;
      if (!screen.keysWaiting) draw();
      await ctx.checkpoint();
    }
  });
}
