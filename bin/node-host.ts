// How a Node process hosts a Machine: a settle that drains pending promise jobs, and a loop that
// keeps virtual time in step with wall time for interactive use.

import type { Machine, MachineHost } from '../src/machine/machine.ts';

export const nodeHost: MachineHost = {
  settle: () => new Promise((resolve) => setImmediate(resolve)),
};

/** Advances the machine's clock with the wall clock; returns a stop function. */
export function startRealTimeClock(machine: Machine, speed = 1, tickMs = 50): () => void {
  let last = Date.now();
  let busy = false;
  const timer = setInterval(() => {
    if (busy) return;
    busy = true;
    const now = Date.now();
    const elapsed = (now - last) * speed;
    last = now;
    void machine.advance(elapsed).finally(() => { busy = false; });
  }, tickMs);
  return () => clearInterval(timer);
}
