import { describe, expect, it } from 'vitest';
import { Machine } from '../../src/machine/machine.ts';
import { OUTPUT_BURST, OUTPUT_TICK_MS } from '../../src/shell/tty/tty.ts';

const settle = () => new Promise<void>((r) => setImmediate(r));

async function terminal() {
  const machine = new Machine({ host: { settle } });
  await machine.ready;
  const tty = machine.openTerminal({ cols: 80 });
  let out = '';
  tty.onOutput((d) => { out += d; });
  await machine.settle();
  return { machine, tty, output: () => out, clear: () => { out = ''; } };
}

describe('terminal flood control', () => {
  it('yes writes no faster than the terminal drains: one burst per tick of virtual time', async () => {
    const t = await terminal();
    t.tty.input('yes\r');
    await t.machine.advance(1000);
    const ticks = 1000 / OUTPUT_TICK_MS + 1;
    expect(t.output().length).toBeGreaterThan(OUTPUT_BURST);
    // Each line `y\n` is `y\r\n` on the screen; a burst may overshoot by one write (1 KiB).
    expect(t.output().length).toBeLessThan(ticks * (OUTPUT_BURST + 1024) * 3);
  });

  it('Ctrl-C stops yes at once, while it waits for the terminal, and the prompt comes back', async () => {
    const t = await terminal();
    t.tty.input('yes\r');
    await t.machine.advance(200);
    const at = t.machine.clock.now();
    t.tty.input('\x03');
    for (let i = 0; i < 20 && !t.tty.reading; i++) await t.machine.settle();
    expect(t.tty.reading).toBe(true);
    expect(t.machine.clock.now()).toBe(at);
    t.clear();
    await t.machine.advance(1000);
    expect(t.output()).not.toContain('y\r\n');
  });

  it('a loop printing lines is throttled too and still ends on Ctrl-C', async () => {
    const t = await terminal();
    t.tty.input('while true; do echo flood; done\r');
    await t.machine.advance(500);
    t.tty.input('\x03');
    for (let i = 0; i < 20 && !t.tty.reading; i++) await t.machine.settle();
    expect(t.tty.reading).toBe(true);
    expect(t.output()).toContain('flood\r\n');
  });
});
