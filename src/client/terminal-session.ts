// The heavy half of a terminal: xterm.js on screen, wired to a terminal of its machine (its lab's,
// else the page's: page-machine.ts) in a worker. The page keeps no shell state: keys go to the worker, bytes come back.

import { Terminal } from '@xterm/xterm';
import { FitAddon } from '@xterm/addon-fit';
import '@xterm/xterm/css/xterm.css';
import { proxy, type Remote } from 'comlink';
import type { MachineApi } from '../../workers/machine.worker.ts';
import { machineFor, machineKeyOf, onMachineRestart } from './page-machine.ts';

export class TerminalSession {
  private readonly term: Terminal;
  private machine: Remote<MachineApi>;
  private id: number;

  private constructor(term: Terminal, machine: Remote<MachineApi>, id: number) {
    this.term = term;
    this.machine = machine;
    this.id = id;
  }

  /** `focus`: take the keyboard once connected (false for a terminal its lab starts on its own). */
  static async open(host: HTMLElement, focus = true): Promise<TerminalSession> {
    const term = new Terminal({
      screenReaderMode: true,
      cursorBlink: !matchMedia('(prefers-reduced-motion: reduce)').matches,
      fontFamily: 'ui-monospace, SFMono-Regular, Menlo, Consolas, "Liberation Mono", monospace',
      fontSize: 14,
      scrollback: 5000,
      theme: { background: '#14161b', foreground: '#e6e6e6', cursor: '#8ab4f8' },
    });
    const fit = new FitAddon();
    term.loadAddon(fit);
    // The focusable wrapper hands focus to xterm's own textarea.
    host.removeAttribute('tabindex');
    term.open(host);
    fit.fit();
    const key = machineKeyOf(host);
    const machine = machineFor(key);
    const session = new TerminalSession(term, machine, await TerminalSession.connect(term, machine));
    term.onData((data) => void session.machine.input(session.id, data));
    // Tab belongs to the shell (completion); Escape then Tab lets keyboard users leave the terminal.
    let escaped = false;
    term.attachCustomKeyEventHandler((e) => {
      if (e.type !== 'keydown') return true;
      if (e.key === 'Tab' && escaped) {
        escaped = false;
        return false;
      }
      escaped = e.key === 'Escape';
      return true;
    });
    term.onResize(({ cols, rows }) => void session.machine.resize(session.id, cols, rows));
    // A restarted worker is a new computer: a fresh screen and a new login on it.
    onMachineRestart(key, (fresh) => {
      session.machine = fresh;
      term.reset();
      void TerminalSession.connect(term, fresh).then((id) => { session.id = id; });
    });
    new ResizeObserver(() => fit.fit()).observe(host);
    if (focus) term.focus();
    return session;
  }

  private static connect(term: Terminal, machine: Remote<MachineApi>): Promise<number> {
    return machine.openTerminal(term.cols, term.rows, proxy((data: string) => term.write(data)));
  }

  type(text: string): void {
    void this.machine.input(this.id, text);
    this.term.focus();
  }

  screenText(): string {
    const buffer = this.term.buffer.active;
    const lines: string[] = [];
    for (let i = 0; i < buffer.length; i++) lines.push((buffer.getLine(i)?.translateToString(true) ?? '').trimEnd());
    return lines.join('\n').replace(/\n+$/, '');
  }
}
