// Follows what a terminal emulator does with the bytes the tty sends, just enough to know the
// cursor column and the text of the current line (the prompt), so the line editor can redraw an
// edited line that wraps, and Ctrl-L can repaint the prompt.

export class ScreenTracker {
  /** 0..cols; cols means the cursor sits past the last column with a wrap pending (as xterm). */
  col = 0;
  /** Printable text written since the last line break, escape sequences kept (prompt colours). */
  line = '';
  cols: number;

  constructor(cols: number) {
    this.cols = cols;
  }

  write(data: string): void {
    let i = 0;
    while (i < data.length) {
      const ch = data[i];
      if (ch === '\x1b') {
        const len = sequenceLength(data, i);
        const seq = data.slice(i, i + len);
        const home = /^\x1b\[(?:\d*;)?(\d*)[Hf]$/.exec(seq);
        if (home) {
          // Cursor positioning (clear screen is ESC[H ESC[2J): the column is known again.
          this.col = Math.max(0, Number(home[1] || '1') - 1);
          this.line = '';
        } else {
          this.line += seq;
        }
        i += len;
        continue;
      }
      if (ch === '\r') {
        this.col = 0;
        this.line = '';
      } else if (ch === '\n') {
        this.line = '';
      } else if (ch === '\b') {
        if (this.col > 0) this.col = Math.min(this.col, this.cols) - 1;
      } else if (ch >= ' ') {
        if (this.col >= this.cols) this.col = 0;
        this.col++;
        this.line += ch;
      }
      i++;
    }
  }
}

function sequenceLength(s: string, i: number): number {
  if (s[i + 1] === '[') {
    let j = i + 2;
    while (j < s.length && !(s.charCodeAt(j) >= 0x40 && s.charCodeAt(j) <= 0x7e)) j++;
    return Math.min(s.length, j + 1) - i;
  }
  if (s[i + 1] === ']') {
    // OSC: up to BEL or ST
    let j = i + 2;
    while (j < s.length && s[j] !== '\x07' && !(s[j] === '\x1b' && s[j + 1] === '\\')) j++;
    return Math.min(s.length, s[j] === '\x07' ? j + 1 : j + 2) - i;
  }
  return Math.min(2, s.length - i);
}
