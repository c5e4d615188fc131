// One simulated computer: the clock, the randomness, the terminals and the programs behind them
// (and, as the cluster grows, the cluster they reach). The worker in the page and `podlab` in a
// Node terminal each wrap one Machine; nothing here knows which host it runs in.

import { VirtualClock } from '../sim/clock.ts';
import { Random } from '../sim/random.ts';
import { minimalShell } from '../shell/minimal-shell.ts';
import { Tty, type TtyOptions } from '../shell/tty/tty.ts';

/** What the host provides: a way to let pending work run (a macrotask hop, never a timer). */
export interface MachineHost {
  settle(): Promise<void>;
}

export interface MachineOptions {
  seed?: number;
  /** Virtual start instant, epoch ms. */
  start?: number;
  host: MachineHost;
  hostname?: string;
}

export interface TerminalOptions extends TtyOptions {
  /** False for scripted sessions (`podlab run`): no prompts are printed. */
  prompt?: boolean;
}

/** 2026-01-05 09:00:00 UTC: a fixed start so a fresh machine prints the same thing every time. */
export const DEFAULT_START = Date.UTC(2026, 0, 5, 9, 0, 0);

export class Machine {
  readonly clock: VirtualClock;
  readonly random: Random;
  readonly hostname: string;
  private readonly host: MachineHost;
  private readonly terminals = new Set<Tty>();

  constructor(options: MachineOptions) {
    this.clock = new VirtualClock(options.start ?? DEFAULT_START);
    this.random = new Random(options.seed ?? 1);
    this.host = options.host;
    this.hostname = options.hostname ?? 'controlplane';
  }

  /** Opens a terminal with a login shell on it. */
  openTerminal(options: TerminalOptions = {}): Tty {
    const tty = new Tty(options);
    this.terminals.add(tty);
    let interrupt = () => {};
    tty.onSignal = (signal) => {
      if (signal === 'SIGINT') interrupt();
    };
    const showPrompt = options.prompt ?? true;
    void minimalShell({
      stdin: tty.stdin,
      stdout: showPrompt ? tty.stdout : withoutPrompts(tty, this.hostname),
      stderr: tty.stdout,
      tty,
      hostname: this.hostname,
      sleep: (ms) => this.clock.sleep(ms),
      onInterrupt: (handler) => { interrupt = handler; },
    }).then(() => {
      this.terminals.delete(tty);
      tty.hangup();
    });
    return tty;
  }

  /** Lets every program run until it waits on the clock or on input. */
  settle(): Promise<void> {
    return this.host.settle();
  }

  /** Advances virtual time by `ms`, firing every timer due on the way. */
  async advance(ms: number): Promise<void> {
    await this.clock.runUntil(this.clock.now() + ms, this.host.settle);
  }

  /** Advances to the next pending timer, if any; false when nothing is scheduled. */
  async step(): Promise<boolean> {
    const next = this.clock.nextAt();
    if (next === undefined) return false;
    await this.clock.runUntil(next, this.host.settle);
    return true;
  }
}

/** Drops the prompt the minimal shell prints, for scripted sessions. */
function withoutPrompts(tty: Tty, hostname: string) {
  const prompt = `${hostname}:~$ `;
  return {
    write: (chunk: string) => (chunk === prompt ? true : tty.stdout.write(chunk)),
    close: () => {},
    get closed() {
      return false;
    },
  };
}
