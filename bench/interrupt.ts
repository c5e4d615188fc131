// Wall time from Ctrl-C on a busy loop (`while true; do :; done`) to the prompt coming back,
// with the machine driven as the worker drives it.

import { Machine } from '../src/machine/machine.ts';

const settle = () => new Promise<void>((resolve) => setImmediate(resolve));

export async function interruptLatency(runs: number): Promise<number[]> {
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const machine = new Machine({ host: { settle } });
    await machine.ready;
    const tty = machine.openTerminal();
    tty.onOutput(() => {});
    await machine.settle();
    tty.input('while true; do :; done\r');
    // Let the loop spin for a while before interrupting it.
    const spinUntil = performance.now() + 100;
    while (performance.now() < spinUntil) await settle();
    if (tty.reading) throw new Error('the loop ended by itself');
    const start = performance.now();
    tty.input('\x03');
    while (!tty.reading) await settle();
    samples.push(performance.now() - start);
  }
  return samples;
}

if (import.meta.main) console.log(JSON.stringify(await interruptLatency(5)));
