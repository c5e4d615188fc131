// A process's view of its standard streams: reads end when the process ends (so a killed
// `cat` does not swallow the next line typed at the terminal), writes after death are dropped,
// and writing into a pipe nobody reads raises SIGPIPE as on Linux (`yes | head -1` ends).

import type { Reader, Writer } from '../pipe.ts';
import type { Process } from './process.ts';

const SOURCE = Symbol('source');

interface Wrapped {
  [SOURCE]?: Reader | Writer;
}

/** The stream a process stream wraps (to recognise the terminal behind ctx.stdin). */
export function sourceOf<T extends Reader | Writer>(stream: T): T {
  return ((stream as Wrapped)[SOURCE] as T | undefined) ?? stream;
}

export function processReader(source: Reader, process: Process): Reader {
  const reader: Reader & Wrapped = {
    [SOURCE]: source,
    read: () => {
      let withdraw: () => void = () => {};
      const cancelled = new Promise<void>((resolve) => { withdraw = resolve; });
      return process.block(source.read(cancelled), withdraw);
    },
    drain: () => (process.alive ? source.drain() : ''),
    closeRead: () => source.closeRead(),
  };
  return reader;
}

/** `output`: the process's stdout, whose failed writes (a full disk) it reports as it exits. */
export function processWriter(source: Writer, process: Process, output = false): Writer {
  const writer: Writer & Wrapped = {
    [SOURCE]: source,
    write: (chunk: string) => {
      if (!process.alive) return false;
      const ok = source.write(chunk);
      if (!ok && (source as { broken?: boolean }).broken) process.kill('SIGPIPE');
      else if (!ok && output && source.failure) process.outputFailure ??= source.failure;
      return ok;
    },
    close: () => source.close(),
    get closed() {
      return source.closed;
    },
    ready: () => source.ready?.(),
    get failure() {
      return source.failure;
    },
  };
  return writer;
}
