// A Machine terminal attached to a headless xterm: type keys, read the screen as a person sees it.

import xterm from '@xterm/headless';
import { Machine } from '../../src/machine/machine.ts';
import type { Tty } from '../../src/shell/tty/tty.ts';

const { Terminal } = xterm;

export const nodeSettle = () => new Promise<void>((resolve) => setImmediate(resolve));

export class Screen {
  readonly machine: Machine;
  readonly tty: Tty;
  readonly term: InstanceType<typeof Terminal>;
  private writes: Promise<void> = Promise.resolve();

  constructor(options: { cols?: number; rows?: number; machine?: Machine } = {}) {
    const cols = options.cols ?? 80;
    const rows = options.rows ?? 24;
    this.machine = options.machine ?? new Machine({ host: { settle: nodeSettle } });
    this.term = new Terminal({ cols, rows, allowProposedApi: true });
    this.tty = this.machine.openTerminal({ cols, rows });
    this.tty.onOutput((data) => {
      this.writes = this.writes.then(() => new Promise<void>((r) => this.term.write(data, r)));
    });
  }

  /** Types keys and lets the machine and the emulator catch up. */
  async type(keys: string): Promise<void> {
    await this.settle();
    this.tty.input(keys);
    await this.settle();
  }

  async settle(): Promise<void> {
    for (let i = 0; i < 3; i++) await this.machine.settle();
    await this.writes;
  }

  /** Visible rows, right-trimmed, trailing empty rows dropped. */
  lines(): string[] {
    const buf = this.term.buffer.active;
    const out: string[] = [];
    for (let i = 0; i < this.term.rows; i++) out.push(buf.getLine(buf.viewportY + i)?.translateToString(true) ?? '');
    while (out.length > 0 && out[out.length - 1] === '') out.pop();
    return out;
  }

  text(): string {
    return this.lines().join('\n');
  }

  cursor(): { x: number; y: number } {
    const buf = this.term.buffer.active;
    return { x: buf.cursorX, y: buf.cursorY };
  }
}
