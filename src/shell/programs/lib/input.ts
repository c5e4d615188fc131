// Inputs read chunk by chunk, as read(2) sees them: stdin ('-') as the pipe delivers it, a
// file's text, and the character devices, whose bytes are made on demand so that
// `head -c 10 /dev/zero` and `dd if=/dev/urandom bs=1M count=5` stop after what they asked for
// and `cat /dev/zero` runs until a signal or a broken pipe ends it.

import type { DeviceKind } from '../../../os/fs/inode.ts';
import type { ProcessContext } from '../../../os/process/context.ts';

/** What one read(2) of a device returns at most (a pipe's capacity, 64 KiB). */
export const DEVICE_CHUNK = 65536;

export interface ChunkReader {
  /** The next chunk, at most `max` characters when given; null at end of input. */
  read(max?: number): Promise<string | null>;
  /** Done with this input: for stdin, the writer upstream then gets a broken pipe. */
  close(): void;
  /** The device read from, if any (dd prices /dev/urandom's bytes dearer than /dev/zero's). */
  readonly device?: DeviceKind;
}

/**
 * Opens `name` ('-' for stdin) for reading. Throws FsError like open(2): ENOENT, EACCES, and
 * EISDIR for a folder (tools report that with their read-error sentence).
 */
export function openInput(ctx: ProcessContext, name: string): ChunkReader {
  if (name === '-') return stdinReader(ctx);
  const opened = ctx.fs.openRead(ctx.resolve(name), ctx.cred);
  if ('data' in opened) return textReader(opened.data);
  return deviceReader(ctx, opened.device);
}

function stdinReader(ctx: ProcessContext): ChunkReader {
  let held = '';
  return {
    async read(max) {
      const chunk = held !== '' ? held : await ctx.stdin.read();
      held = '';
      if (chunk === null || max === undefined || chunk.length <= max) return chunk;
      held = chunk.slice(max);
      return chunk.slice(0, max);
    },
    close: () => ctx.stdin.closeRead(),
  };
}

function textReader(text: string): ChunkReader {
  let at = 0;
  return {
    async read(max) {
      if (at >= text.length) return null;
      const end = max === undefined ? text.length : Math.min(text.length, at + max);
      const chunk = text.slice(at, end);
      at = end;
      return chunk;
    },
    close: () => undefined,
  };
}

let zeros = '\0'.repeat(DEVICE_CHUNK);

/** NULs, from one cached block: a dd of a thousand 1M blocks builds the block once. */
function zeroBlock(n: number): string {
  if (n > zeros.length) zeros = '\0'.repeat(n);
  return n === zeros.length ? zeros : zeros.slice(0, n);
}

function deviceReader(ctx: ProcessContext, device: DeviceKind): ChunkReader {
  const endless = device === 'zero' || device === 'full' || device === 'random' || device === 'urandom';
  const random = device === 'random' || device === 'urandom' ? new ByteGenerator(seedOf(ctx.pid, ctx.now())) : undefined;
  return {
    device,
    async read(max) {
      if (!endless) return null;
      // An endless reader must stay killable (Ctrl-C, SIGPIPE) and let the machine breathe.
      await ctx.checkpoint();
      // A device fills the whole buffer a read(2) offers (dd bs=1M gets whole records).
      const n = max ?? DEVICE_CHUNK;
      return random ? random.take(n) : zeroBlock(n);
    },
    close: () => undefined,
  };
}

/** A 32-bit seed from the reading process and the virtual clock: the same run gives the same bytes. */
export function seedOf(pid: number, now: number): number {
  let h = 0x811c9dc5;
  for (const v of [pid, now % 0x100000000, Math.floor(now / 0x100000000)]) {
    h = Math.imul(h ^ (v >>> 0), 0x01000193) >>> 0;
  }
  return h || 1;
}

/**
 * Deterministic pseudo-random bytes (xorshift32; the core never uses Math.random). Bytes stay
 * below 0x80: files hold text and count their size as UTF-8, so one byte must be one character.
 */
export class ByteGenerator {
  private state: number;

  constructor(seed: number) {
    this.state = seed >>> 0 || 1;
  }

  take(n: number): string {
    const parts: string[] = [];
    const codes = new Array<number>(Math.min(n, 4096));
    for (let done = 0; done < n; ) {
      const len = Math.min(4096, n - done);
      codes.length = len;
      for (let i = 0; i < len; i++) {
        let x = this.state;
        x ^= x << 13;
        x ^= x >>> 17;
        x ^= x << 5;
        this.state = x >>> 0;
        codes[i] = (this.state >>> 24) & 0x7f;
      }
      parts.push(String.fromCharCode(...codes));
      done += len;
    }
    return parts.join('');
  }
}
