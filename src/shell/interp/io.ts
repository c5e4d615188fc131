// The descriptors a command runs with, and the small streams the shell makes itself.

import type { Reader, Writer } from '../../os/pipe.ts';
import { FsError } from '../../os/fs/errors.ts';
import { sourceOf } from '../../os/process/streams.ts';

export interface Io {
  stdin: Reader;
  stdout: Writer;
  stderr: Writer;
  /** Descriptors 3–9 opened with `exec 3>file` or `3>&1`. */
  extra?: Map<number, Reader | Writer>;
}

export const MAX_CAPTURE = 4 << 20;

/** Collects output for `$(…)`; stops accepting past a bound so runaway output cannot exhaust memory. */
export class Capture implements Writer {
  text = '';
  closed = false;
  write(chunk: string): boolean {
    if (this.closed) return false;
    if (this.text.length + chunk.length > MAX_CAPTURE) { this.closed = true; return false; }
    this.text += chunk;
    return true;
  }
  close(): void { this.closed = true; }
}

/** Discards everything (`>/dev/null` when the filesystem has no such device). */
export class NullWriter implements Writer {
  readonly closed = false;
  write(): boolean { return true; }
  close(): void {}
}

export class StringReader implements Reader {
  private text: string | null;
  constructor(text: string) { this.text = text; }
  read(_cancel?: Promise<unknown>): Promise<string | null> { return Promise.resolve(this.drain() || null); }
  drain(): string { const t = this.text ?? ''; this.text = null; return t; }
  closeRead(): void { this.text = null; }
}

/** Writes into a file as output arrives, so `while …; done > log` can be followed with tail -f. */
export class FileWriter implements Writer {
  closed = false;
  failure: string | undefined;
  private readonly append: (chunk: string) => void;
  /** `append` writes a chunk and throws FsError when it cannot (ENOSPC, EFBIG, EROFS). */
  constructor(append: (chunk: string) => void) { this.append = append; }
  write(chunk: string): boolean {
    if (this.closed) return false;
    try {
      this.append(chunk);
      this.failure = undefined;
      return true;
    } catch (e) {
      if (!(e instanceof FsError)) throw e;
      this.failure = e.message;
      return false;
    }
  }
  close(): void { this.closed = true; }
}

/** A writer that never closes the one it wraps: shared descriptors outlive a single command. */
export class Borrowed implements Writer {
  private readonly inner: Writer;
  // A child writes to the stream itself, not through the shell's process wrapper, so a broken
  // pipe raises SIGPIPE in the child (the writer), as on Linux.
  constructor(inner: Writer) { this.inner = sourceOf(inner); }
  get closed(): boolean { return this.inner.closed; }
  get broken(): boolean { return !!(this.inner as { broken?: boolean }).broken; }
  write(chunk: string): boolean { return this.inner.write(chunk); }
  get failure(): string | undefined { return this.inner.failure; }
  ready(): Promise<void> | undefined { return this.inner.ready?.(); }
  close(): void {}
}

// Text the shell read past a line (`read`, the interactive loop) is kept per reader, so the next
// reader of the same stream gets it first: `while read l; do …; done < file` sees every line.
const pushback = new WeakMap<Reader, string>();

export function unread(r: Reader, text: string): void {
  if (text) pushback.set(r, text + (pushback.get(r) ?? ''));
}

// A read the shell gave up on (Ctrl-C during `read`) stays outstanding on the stream; the next
// reader takes its result instead of starting another read, so no typed line goes astray.
const pending = new WeakMap<Reader, Promise<string | null>>();

function nextChunk(r: Reader, cancel?: Promise<unknown>): Promise<string | null> {
  let p = pending.get(r);
  if (!p) {
    p = r.read(cancel);
    pending.set(r, p);
  }
  return p;
}

/** Reads one line (without its newline); null at end of input or when `cancel` resolves first. */
export async function readLine(r: Reader, cancel?: Promise<unknown>): Promise<{ line: string; eof: boolean } | null> {
  let buf = pushback.get(r) ?? '';
  pushback.delete(r);
  for (;;) {
    const nl = buf.indexOf('\n');
    if (nl >= 0) {
      unread(r, buf.slice(nl + 1));
      return { line: buf.slice(0, nl), eof: false };
    }
    const read = nextChunk(r, cancel);
    const got = cancel ? await Promise.race([read, cancel.then(() => CANCELLED)]) : await read;
    if (got === CANCELLED) { unread(r, buf); return null; }
    pending.delete(r);
    const chunk = got as string | null;
    if (chunk === null) return buf === '' ? null : { line: buf, eof: true };
    buf += chunk;
  }
}

const CANCELLED = Symbol('cancelled');

/**
 * The stream to give a child for `r`: the underlying stream (so a killed child's pending read
 * ends with it and never swallows the next typed line), first yielding what the shell read ahead.
 */
export function withPushback(r: Reader): Reader {
  const ahead = pushback.get(r);
  const outstanding = pending.get(r);
  const raw = sourceOf(r);
  if (!ahead && !outstanding) return raw;
  pushback.delete(r);
  pending.delete(r);
  let first: string | null = ahead ?? null;
  let stale = outstanding;
  return {
    read: (cancel) => {
      if (first !== null) { const t = first; first = null; return Promise.resolve(t); }
      if (stale) { const p = stale; stale = undefined; return p; }
      return raw.read(cancel);
    },
    drain: () => { const t = (first ?? '') + raw.drain(); first = null; return t; },
    closeRead: () => raw.closeRead(),
  };
}
