// A one-way byte stream between processes (and between a tty and its programs). Output is
// delivered as it is written, so `while true; do date; sleep 1; done` streams line by line.
// Text only: the simulated machine moves UTF-16 strings, as everything it prints is text.

export interface Reader {
  /**
   * The next chunk, or null once the writing end is closed and everything was read.
   * When `cancel` settles first, the read is withdrawn (resolving null) and no data is lost:
   * the kernel passes the reading process's end, so a killed reader leaves input to others.
   */
  read(cancel?: Promise<unknown>): Promise<string | null>;
  /** Whatever is buffered right now, without waiting ('' when empty). */
  drain(): string;
  /** Stop reading: later writes fail as with EPIPE, so `yes | head -1` ends. */
  closeRead(): void;
}

export interface Writer {
  /** False when the reading end is gone (EPIPE); the writer should stop. */
  write(chunk: string): boolean;
  close(): void;
  readonly closed: boolean;
  /**
   * A device with an output queue (a terminal) gives a promise that settles once it takes
   * more; undefined when it takes more now. Writers wait on it at their checkpoints.
   */
  ready?(): Promise<void> | undefined;
  /**
   * Why the last write failed when the reader is not the cause (a file on a full disk): the
   * strerror text, e.g. `No space left on device`. Cleared by a write that succeeds.
   */
  readonly failure?: string;
}

export class Pipe implements Reader, Writer {
  private chunks: string[] = [];
  private waiting: ((chunk: string | null) => void)[] = [];
  private _closed = false;
  private readerGone = false;
  /** Called on every write; lets a host (the tty) push output without a pending read. */
  onWrite?: () => void;

  get closed(): boolean {
    return this._closed;
  }

  get broken(): boolean {
    return this.readerGone;
  }

  write(chunk: string): boolean {
    if (this.readerGone || this._closed) return false;
    if (chunk === '') return true;
    const waiter = this.waiting.shift();
    if (waiter) waiter(chunk);
    else this.chunks.push(chunk);
    this.onWrite?.();
    return true;
  }

  close(): void {
    if (this._closed) return;
    this._closed = true;
    for (const w of this.waiting.splice(0)) w(null);
    this.onWrite?.();
  }

  read(cancel?: Promise<unknown>): Promise<string | null> {
    if (this.chunks.length > 0) return Promise.resolve(this.drain());
    if (this._closed || this.readerGone) return Promise.resolve(null);
    return new Promise((resolve) => {
      this.waiting.push(resolve);
      void cancel?.then(() => {
        const i = this.waiting.indexOf(resolve);
        if (i < 0) return;
        this.waiting.splice(i, 1);
        resolve(null);
      });
    });
  }

  drain(): string {
    const all = this.chunks.join('');
    this.chunks = [];
    return all;
  }

  closeRead(): void {
    this.readerGone = true;
    this.chunks = [];
    for (const w of this.waiting.splice(0)) w(null);
  }
}
