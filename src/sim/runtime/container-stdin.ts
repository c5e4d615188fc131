// A container's stdin when its spec says `stdin: true`: held open by the runtime and fed by
// whichever client is attached (kubectl attach, run -i, debug -i). With `stdinOnce` the first
// client's end of input closes it for good; on a tty the client's Ctrl-D reaches the process as
// end of input while the stream stays open for the next attach.
// Models containerd's stdin FIFO for a task (pkg/cri/io: container_io.go Attach, StdinOnce).

import type { Reader } from '../../os/pipe.ts';

const DETACHED = Symbol('detached');

export class ContainerStdin implements Reader {
  private readonly once: boolean;
  private readonly tty: boolean;
  private source: Reader | undefined;
  private detachSource: (() => void) | undefined;
  private waiters: (() => void)[] = [];
  private closed = false;
  /** Sees every chunk the process reads (a pty echoes it into the container's output). */
  onInput?: (chunk: string) => void;

  constructor(options: { once: boolean; tty: boolean }) {
    this.once = options.once;
    this.tty = options.tty;
  }

  /** Connects a client's input; returns the detach. A later attach replaces an earlier one. */
  attach(source: Reader): () => void {
    this.detachSource?.();
    let release: () => void = () => {};
    const detached = new Promise<void>((resolve) => { release = resolve; });
    const detach = () => {
      if (this.source !== source) return;
      this.source = undefined;
      this.detachSource = undefined;
      release();
    };
    this.source = source;
    this.detachSource = detach;
    this.pending = detached;
    for (const w of this.waiters.splice(0)) w();
    return detach;
  }

  private pending: Promise<void> = Promise.resolve();

  close(): void {
    this.closed = true;
    this.detachSource?.();
    for (const w of this.waiters.splice(0)) w();
  }

  async read(cancel?: Promise<unknown>): Promise<string | null> {
    let cancelled = false;
    void cancel?.then(() => { cancelled = true; for (const w of this.waiters.splice(0)) w(); });
    for (;;) {
      if (this.closed || cancelled) return null;
      const source = this.source;
      if (!source) {
        await new Promise<void>((resolve) => this.waiters.push(resolve));
        continue;
      }
      const stop = Promise.race([this.pending, ...(cancel ? [cancel] : [])]);
      // A client killed mid-read (Ctrl-C on kubectl) may never answer: detaching must not wait for it.
      const chunk = await Promise.race([source.read(stop), stop.then(() => DETACHED)]);
      if (typeof chunk === 'symbol') continue;
      if (chunk !== null) {
        this.onInput?.(chunk);
        return chunk;
      }
      if (this.source !== source || cancelled) continue;
      // The client's input ended.
      if (this.once) {
        this.close();
        return null;
      }
      if (this.tty) return null;
      this.detachSource?.();
    }
  }

  drain(): string {
    return '';
  }

  closeRead(): void {
    this.close();
  }
}
