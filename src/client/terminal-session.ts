// The heavy half of a terminal: xterm.js on screen, wired to a terminal of its machine (its lab's,
// else the page's: page-machine.ts) in a worker. The page keeps no shell state: keys go to the worker, bytes come back.

import { Terminal } from '@xterm/xterm';
import { FitAddon } from '@xterm/addon-fit';
import '@xterm/xterm/css/xterm.css';
import { proxy, type Remote } from 'comlink';
import type { MachineApi } from '../../workers/machine.worker.ts';
import { machineFor, machineKeyOf, onMachineRestart } from './page-machine.ts';
import { keyBytes } from './terminal-keys.ts';
import { MINIMUM_CONTRAST, TERMINAL_THEMES, themeOf, type ThemeName } from './terminal-theme.ts';

const reducedMotion = matchMedia('(prefers-reduced-motion: reduce)');
const pageTheme = (): ThemeName => themeOf(document.documentElement.dataset.theme);

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
      cursorBlink: !reducedMotion.matches,
      smoothScrollDuration: 0,
      fontFamily: 'ui-monospace, SFMono-Regular, Menlo, Consolas, "Liberation Mono", monospace',
      fontSize: 14,
      scrollback: 5000,
      theme: TERMINAL_THEMES[pageTheme()],
      minimumContrastRatio: MINIMUM_CONTRAST,
    });
    // The terminal follows Starlight's theme switch and the reduced-motion setting as they change.
    new MutationObserver(() => { term.options.theme = TERMINAL_THEMES[pageTheme()]; })
      .observe(document.documentElement, { attributes: true, attributeFilter: ['data-theme'] });
    reducedMotion.addEventListener('change', () => { term.options.cursorBlink = !reducedMotion.matches; });
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

  /** Sends a key bar key (terminal-keys.ts) as the keyboard would. */
  sendKey(id: string): void {
    const bytes = keyBytes(id, this.term.modes.applicationCursorKeysMode);
    if (bytes !== undefined) void this.machine.input(this.id, bytes);
  }

  /** The colours the terminal draws with now: used by the browser tests. */
  themeBackground(): string | undefined {
    return this.term.options.theme?.background;
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
