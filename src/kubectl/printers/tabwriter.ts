// Go's text/tabwriter (left aligned, space padding), the aligner behind both kubectl layouts:
// `get` tables (cli-runtime printers/tabwriter.go: minwidth 6, tabwidth 4, padding 3) and
// `describe` (kubectl pkg/describe tabbedString: minwidth 0, tabwidth 8, padding 2).
// Models go/src/text/tabwriter/tabwriter.go (format, writeLines, the flush on one-cell lines).
//
// Cells are tab-terminated: the text after a line's last tab is not part of any column and is
// never padded. A column is aligned over a run of consecutive lines that have a cell in it, and a
// line without any tab flushes everything buffered, so it also ends every column above it.
// Widths count Unicode code points, as Go counts runes.

export interface TabwriterOptions {
  minwidth: number;
  padding: number;
}

/** cli-runtime's table writer settings (`kubectl get`). */
export const TABLE_TABWRITER: TabwriterOptions = { minwidth: 6, padding: 3 };
/** kubectl describe's tabbedString settings. */
export const DESCRIBE_TABWRITER: TabwriterOptions = { minwidth: 0, padding: 2 };

/** A streaming Go tabwriter: write text, flush to get aligned output. */
export class Tabwriter {
  readonly options: TabwriterOptions;
  private pending: string[][] = [];
  private partial = '';
  private out: string[] = [];

  constructor(options: TabwriterOptions) {
    this.options = options;
  }

  write(text: string): void {
    const pieces = (this.partial + text).split('\n');
    this.partial = pieces.pop() ?? '';
    for (const line of pieces) {
      const cells = line.split('\t');
      this.pending.push(cells);
      if (cells.length === 1) this.formatPending(true);
    }
  }

  /** Formats everything written so far (Go's Flush); later text starts new columns. */
  flush(): void {
    if (this.partial === '') {
      this.formatPending(true);
      return;
    }
    this.pending.push(this.partial.split('\t'));
    this.partial = '';
    this.formatPending(false);
  }

  /** Flushes and returns all output produced so far. */
  toString(): string {
    this.flush();
    const text = this.out.join('');
    this.out = [text];
    return text;
  }

  private formatPending(lastHasNewline: boolean): void {
    const lines = this.pending;
    this.pending = [];
    if (lines.length === 0) return;
    const widths: number[] = [];
    const lineWidths: number[][] = lines.map((l) => l.map(runeCount));
    const emit = (from: number, to: number) => {
      for (let i = from; i < to; i++) {
        const cells = lines[i];
        let text = '';
        for (let j = 0; j < cells.length; j++) {
          text += cells[j];
          if (j < widths.length && j < cells.length - 1) text += ' '.repeat(Math.max(0, widths[j] - lineWidths[i][j]));
        }
        this.out.push(lastHasNewline || i < lines.length - 1 ? text + '\n' : text);
      }
    };
    const format = (line0: number, line1: number): void => {
      const column = widths.length;
      let start = line0;
      for (let row = line0; row < line1; row++) {
        if (column >= lines[row].length - 1) continue;
        emit(start, row);
        start = row;
        let width = this.options.minwidth;
        for (; row < line1; row++) {
          if (column >= lines[row].length - 1) break;
          width = Math.max(width, lineWidths[row][column] + this.options.padding);
        }
        widths.push(width);
        format(start, row);
        widths.pop();
        start = row;
        row--; // the outer loop's increment must revisit the line that ended this block
      }
      emit(start, line1);
    };
    format(0, lines.length);
  }
}

/** Aligns a whole text at once, as a tabwriter that is flushed at the end. */
export function tabwrite(text: string, options: TabwriterOptions): string {
  const w = new Tabwriter(options);
  w.write(text);
  return w.toString();
}

function runeCount(text: string): number {
  let n = 0;
  for (const _ of text) n++;
  return n;
}
