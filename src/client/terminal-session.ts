// The heavy half of a terminal: xterm.js on screen, wired to a terminal of the page's machine
// in the worker. The page keeps no shell state: keys go to the worker, bytes come back.

import { Terminal } from '@xterm/xterm';
import { FitAddon } from '@xterm/addon-fit';
import '@xterm/xterm/css/xterm.css';
import { proxy } from 'comlink';
import { pageMachine } from './page-machine.ts';

export class TerminalSession {
  private readonly term: Terminal;
  private readonly id: number;

  private constructor(term: Terminal, id: number) {
    this.term = term;
    this.id = id;
  }

  static async open(host: HTMLElement): Promise<TerminalSession> {
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
    const machine = pageMachine();
    const id = await machine.openTerminal(term.cols, term.rows, proxy((data: string) => term.write(data)));
    const session = new TerminalSession(term, id);
    term.onData((data) => void machine.input(id, data));
    term.onResize(({ cols, rows }) => void machine.resize(id, cols, rows));
    new ResizeObserver(() => fit.fit()).observe(host);
    term.focus();
    return session;
  }

  type(text: string): void {
    void pageMachine().input(this.id, text);
    this.term.focus();
  }

  screenText(): string {
    const buffer = this.term.buffer.active;
    const lines: string[] = [];
    for (let i = 0; i < buffer.length; i++) lines.push((buffer.getLine(i)?.translateToString(true) ?? '').trimEnd());
    return lines.join('\n').replace(/\n+$/, '');
  }
}
