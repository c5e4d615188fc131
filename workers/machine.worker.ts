// The page's computer: one Machine in a Web Worker, exposed with comlink. Virtual time follows
// the wall clock here (labs may speed it up); everything else happens inside the Machine.

import { expose } from 'comlink';
import { Machine, type MachineHost } from '../src/machine/machine.ts';
import type { Tty } from '../src/shell/tty/tty.ts';

// A macrotask hop that is not clamped like setTimeout(0): lets all pending promise jobs run.
const channel = new MessageChannel();
const hops: (() => void)[] = [];
channel.port1.onmessage = () => hops.shift()?.();
const host: MachineHost = {
  settle: () => new Promise<void>((resolve) => {
    hops.push(resolve);
    channel.port2.postMessage(0);
  }),
};

const machine = new Machine({ host, seed: 1 });
const terminals = new Map<number, Tty>();
let nextId = 1;
let speed = 1;

let last = Date.now();
let busy = false;
setInterval(() => {
  const now = Date.now();
  const elapsed = (now - last) * speed;
  last = now;
  if (busy) return;
  busy = true;
  void machine.advance(elapsed).finally(() => { busy = false; });
}, 50);

const api = {
  async openTerminal(cols: number, rows: number, onOutput: (data: string) => void): Promise<number> {
    await machine.ready;
    const tty = machine.openTerminal({ cols, rows });
    // Coalesce output written in one turn into one message to the page.
    let pending = '';
    tty.onOutput((data) => {
      if (pending === '') queueMicrotask(() => {
        const out = pending;
        pending = '';
        onOutput(out);
      });
      pending += data;
    });
    const id = nextId++;
    terminals.set(id, tty);
    // Bracketed paste lets a multi-line paste arrive as one piece.
    onOutput('\x1b[?2004h');
    return id;
  },
  input(id: number, data: string): void {
    terminals.get(id)?.input(data);
  },
  resize(id: number, cols: number, rows: number): void {
    terminals.get(id)?.resize(cols, rows);
  },
  /** Virtual seconds per wall second, for labs that wait on the cluster. */
  setSpeed(factor: number): void {
    speed = Math.min(600, Math.max(0, factor));
  },
};

export type MachineApi = typeof api;
expose(api);
