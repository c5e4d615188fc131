// Reading inputs and writing outputs the way filters do: files named on the command line (or
// stdin for none or `-`), line by line as input arrives, stopping when the reader is gone.

import { isFsError } from '../../../os/fs/errors.ts';
import type { ProcessContext } from '../../../os/process/context.ts';

/** Splits arriving chunks into lines; each line keeps its '\n' (the last may lack one). */
export class LineReader {
  private buf = '';
  private done = false;
  private readonly read: () => Promise<string | null>;

  constructor(read: () => Promise<string | null>) {
    this.read = read;
  }

  static of(text: string): LineReader {
    let given = false;
    return new LineReader(async () => {
      if (given) return null;
      given = true;
      return text;
    });
  }

  async next(): Promise<string | null> {
    for (;;) {
      const i = this.buf.indexOf('\n');
      if (i >= 0) {
        const line = this.buf.slice(0, i + 1);
        this.buf = this.buf.slice(i + 1);
        return line;
      }
      if (this.done) {
        if (this.buf === '') return null;
        const last = this.buf;
        this.buf = '';
        return last;
      }
      const chunk = await this.read();
      if (chunk === null) this.done = true;
      else this.buf += chunk;
    }
  }
}

/** The message of an error as Linux prints it (strerror text for filesystem errors). */
export function errText(e: unknown): string {
  if (isFsError(e)) return e.message;
  return e instanceof Error ? e.message : String(e);
}

/**
 * open(2) of a folder succeeds and read(2) fails with EISDIR, so tools report a folder with
 * their read-error sentence, not their open-error one.
 */
export function isDirRead(e: unknown): boolean {
  return isFsError(e, 'EISDIR');
}

/** Everything on stdin, until end of input. */
export async function readStdin(ctx: ProcessContext): Promise<string> {
  let s = '';
  for (let c = await ctx.stdin.read(); c !== null; c = await ctx.stdin.read()) {
    s += c;
    await ctx.checkpoint();
  }
  return s;
}

/** A file's text, or stdin for '-'. Throws FsError like open(2)+read(2). */
export async function readInput(ctx: ProcessContext, name: string): Promise<string> {
  if (name === '-') return readStdin(ctx);
  return ctx.fs.readFile(ctx.resolve(name), ctx.cred);
}

/** Lines of a named input, or of stdin as they arrive. */
export function inputLines(ctx: ProcessContext, name: string): LineReader {
  if (name === '-') return new LineReader(() => ctx.stdin.read());
  return LineReader.of(ctx.fs.readFile(ctx.resolve(name), ctx.cred));
}

/** Writes `text`; false when nobody reads any more (the program should stop). */
export function out(ctx: ProcessContext, text: string): boolean {
  return ctx.stdout.write(text);
}

/** Splits text into lines without their newlines (a trailing newline adds no empty line). */
export function splitLines(text: string): string[] {
  if (text === '') return [];
  const lines = text.split('\n');
  if (lines[lines.length - 1] === '') lines.pop();
  return lines;
}

/** Human-readable sizes as `ls -h`/`du -h`/`df -h` print them: 1.5K, 12M, 4.0K. */
export function humanSize(bytes: number): string {
  if (bytes < 1024) return String(bytes);
  const units = ['K', 'M', 'G', 'T', 'P'];
  let v = bytes;
  let u = -1;
  do {
    v /= 1024;
    u++;
  } while (v >= 1024 && u < units.length - 1);
  // coreutils rounds up, one decimal below 10.
  if (v < 10) {
    const r = Math.ceil(v * 10) / 10;
    return r >= 10 ? `${Math.ceil(r)}${units[u]}` : `${r.toFixed(1)}${units[u]}`;
  }
  return `${Math.ceil(v)}${units[u]}`;
}
