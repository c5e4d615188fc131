// A container instance's log: what its processes write to stdout and stderr, cut into lines
// stamped with the virtual time each line was completed, in the order written — what the CRI
// log file holds and `kubectl logs` reads. Models containerd pkg/cri/io/logger.go.

import type { Writer } from '../../os/pipe.ts';
import type { LogLine } from '../cri/types.ts';

/** Log lines longer than this are split, as containerd's 16 KiB max_container_log_line_size. */
const MAX_LINE = 16 * 1024;

/** The kubelet's containerLogMaxSize and containerLogMaxFiles defaults. */
export const CONTAINER_LOG_MAX_SIZE = 10 * 1024 * 1024;
export const CONTAINER_LOG_MAX_FILES = 5;

/**
 * What the log takes per tick before writers wait, as containerd's logger drains the FIFO:
 * a container running `yes` advances at a bounded rate instead of taking the whole machine.
 */
export const LOG_BURST = 64 * 1024;
export const LOG_TICK_MS = 50;

/** A line's size in the CRI log file: `2026-01-05T09:00:00.000000000Z stdout F text\n`. */
const criBytes = (line: LogLine) => 30 + 1 + line.stream.length + 3 + line.text.length + 1;

export class ContainerLog {
  /** The current log file's lines: what `kubectl logs` reads. */
  readonly lines: LogLine[] = [];
  /** Sizes of the rotated files kept beside it, newest first (at most CONTAINER_LOG_MAX_FILES - 1). */
  readonly rotated: number[] = [];
  private size = 0;
  private readonly partial: Record<LogLine['stream'], string> = { stdout: '', stderr: '' };
  private readonly followers = new Set<(line: LogLine) => void>();
  private readonly tappers = new Set<(stream: LogLine['stream'], chunk: string) => void>();
  private readonly now: () => number;
  private readonly setTimer: ((ms: number, fire: () => void) => void) | undefined;
  private ended = false;
  private backlog = 0;
  private drainWaiters: (() => void)[] = [];

  constructor(now: () => number, setTimer?: (ms: number, fire: () => void) => void) {
    this.now = now;
    this.setTimer = setTimer;
  }

  private queue(chars: number): void {
    if (!this.setTimer) return;
    if (this.backlog === 0) {
      this.setTimer(LOG_TICK_MS, () => {
        this.backlog = 0;
        for (const w of this.drainWaiters.splice(0)) w();
      });
    }
    this.backlog += chars;
  }

  writer(stream: LogLine['stream']): Writer {
    return {
      write: (chunk) => {
        if (this.ended) return false;
        for (const t of [...this.tappers]) t(stream, chunk);
        this.append(stream, chunk);
        this.queue(chunk.length);
        return true;
      },
      ready: () => (this.backlog >= LOG_BURST && !this.ended ? new Promise<void>((r) => this.drainWaiters.push(r)) : undefined),
      // Processes closing their stdout do not end the container's log; the runtime does.
      close: () => {},
      get closed() {
        return false;
      },
    };
  }

  follow(listener: (line: LogLine) => void): () => void {
    this.followers.add(listener);
    return () => this.followers.delete(listener);
  }

  /** Appends to the log without telling attached clients (a pty's echo of what a client typed). */
  record(stream: LogLine['stream'], chunk: string): void {
    if (!this.ended) this.append(stream, chunk);
  }

  /** What a stream has written since its last newline (a shell's prompt, waiting for input). */
  unfinished(stream: LogLine['stream']): string {
    return this.partial[stream];
  }

  /** Every write as it happens, partial lines included (an attached client's view). */
  tap(listener: (stream: LogLine['stream'], chunk: string) => void): () => void {
    this.tappers.add(listener);
    return () => this.tappers.delete(listener);
  }

  /** The container ended: an unfinished last line is written as it is. */
  end(): void {
    if (this.ended) return;
    for (const stream of ['stdout', 'stderr'] as const) {
      if (this.partial[stream] !== '') this.emit(stream, this.partial[stream]);
      this.partial[stream] = '';
    }
    this.ended = true;
  }

  private append(stream: LogLine['stream'], chunk: string): void {
    let buf = this.partial[stream] + chunk;
    for (let nl = buf.indexOf('\n'); nl >= 0; nl = buf.indexOf('\n')) {
      this.emit(stream, buf.slice(0, nl));
      buf = buf.slice(nl + 1);
    }
    while (buf.length > MAX_LINE) {
      this.emit(stream, buf.slice(0, MAX_LINE));
      buf = buf.slice(MAX_LINE);
    }
    this.partial[stream] = buf;
  }

  private emit(stream: LogLine['stream'], text: string): void {
    const line: LogLine = { time: this.now(), stream, text };
    this.lines.push(line);
    this.size += criBytes(line);
    for (const f of [...this.followers]) f(line);
    if (this.size > CONTAINER_LOG_MAX_SIZE) this.rotate();
  }

  /**
   * The kubelet's log rotation: the current file is renamed aside (kubectl logs no longer sees
   * its lines) and the oldest rotated file goes once there are more than containerLogMaxFiles.
   * Models pkg/kubelet/logs/container_log_manager.go (rotateLatestLog, cleanupUnusedLogs).
   */
  private rotate(): void {
    this.rotated.unshift(this.size);
    this.rotated.length = Math.min(this.rotated.length, CONTAINER_LOG_MAX_FILES - 1);
    this.lines.length = 0;
    this.size = 0;
  }
}

/** Go's time.RFC3339Nano as kubelet prints `kubectl logs --timestamps` (trailing zeros dropped). */
export function rfc3339Nano(ms: number): string {
  const iso = new Date(ms).toISOString();
  const frac = iso.slice(20, 23).replace(/0+$/, '');
  return `${iso.slice(0, 19)}${frac ? `.${frac}` : ''}Z`;
}
