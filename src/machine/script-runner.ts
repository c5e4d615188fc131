// Types a script into a terminal line by line, as a person would, and collects a transcript:
// `$ <line>` then what the line printed; the further lines of an unfinished command (a heredoc,
// an open quote or `if`) follow it as typed. Virtual time jumps straight to the next timer while a
// command runs, so `sleep 30` costs nothing. This is how tests, lab checks, benchmarks and
// `podlab run` drive a Machine without a browser.

import type { Machine } from './machine.ts';

export interface RunOptions {
  /** Virtual time a single line may take before it is interrupted with Ctrl-C. */
  lineTimeoutMs?: number;
}

const HOUR = 3_600_000;

export async function runScript(machine: Machine, script: string, write: (text: string) => void, options: RunOptions = {}): Promise<void> {
  await machine.ready;
  const tty = machine.openTerminal({ echo: false, prompt: false, cols: 200 });
  tty.onOutput((data) => write(data.replace(/\r\n/g, '\n')));
  const limit = options.lineTimeoutMs ?? HOUR;
  const lines = script.replace(/\r\n/g, '\n').split('\n');
  if (lines[lines.length - 1] === '') lines.pop();
  await machine.settle();
  for (const line of lines) {
    await untilReading(machine, limit, () => tty.input('\x03'));
    write(tty.lineOptions.continuation ? `${line}\n` : `$ ${line}\n`);
    tty.input(`${line}\r`);
    await machine.settle();
  }
  await untilReading(machine, limit, () => tty.input('\x03'));

  async function untilReading(m: Machine, budget: number, interrupt: () => void): Promise<void> {
    const deadline = m.clock.now() + budget;
    let interrupted = false;
    for (;;) {
      await m.settle();
      if (tty.reading) return;
      const next = m.clock.nextAt();
      if (next === undefined || next > deadline) {
        if (interrupted) return;
        // A command waiting for input that will never come, or running past its budget.
        interrupted = true;
        if (next === undefined) tty.input('\x04');
        else interrupt();
        continue;
      }
      await m.step();
    }
  }
}
