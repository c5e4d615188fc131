// The writer every describer prints through: levelled indentation over a describe tabwriter.
// Models kubectl pkg/describe/describe.go (PrefixWriter, tabbedString).

import { DESCRIBE_TABWRITER, Tabwriter } from '../tabwriter.ts';

export const LEVEL_0 = 0;
export const LEVEL_1 = 1;
export const LEVEL_2 = 2;
export const LEVEL_3 = 3;
export const LEVEL_4 = 4;

export class PrefixWriter {
  private readonly tw = new Tabwriter(DESCRIBE_TABWRITER);

  /** Writes `text` indented two spaces per level (text may hold several lines; only the first is indented). */
  write(level: number, text: string): void {
    this.tw.write('  '.repeat(level) + text);
  }

  /** Writes the parts joined by spaces and a newline, at level 0 without indentation (WriteLine). */
  writeLine(...parts: string[]): void {
    this.tw.write(parts.join(' ') + '\n');
  }

  /** Ends the current alignment run, as describe does before the Events table. */
  flush(): void {
    this.tw.flush();
  }

  toString(): string {
    return this.tw.toString();
  }
}

/** Runs a describer against a fresh writer and returns the aligned text. */
export function tabbedString(describe: (w: PrefixWriter) => void): string {
  const w = new PrefixWriter();
  describe(w);
  return w.toString();
}
