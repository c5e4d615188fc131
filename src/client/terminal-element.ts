// <podlab-terminal>: the light, always-loaded half of a terminal. It waits until the terminal is
// near the viewport or focused, then loads xterm.js and its machine's worker (terminal-session.ts).

type Session = import('./terminal-session.ts').TerminalSession;

class PodlabTerminal extends HTMLElement {
  private session: Promise<Session> | null = null;
  private observer: IntersectionObserver | null = null;

  connectedCallback(): void {
    this.wireKeyBar();
    // A lab's terminal waits for its lab to be restored first; the lab starts it.
    if (this.hasAttribute('data-manual')) return;
    const screen = this.querySelector<HTMLElement>('.podlab-terminal__screen')!;
    screen.addEventListener('focus', () => void this.start(), { once: true });
    this.observer = new IntersectionObserver((entries) => {
      if (entries.some((e) => e.isIntersecting)) void this.start();
    }, { rootMargin: '200px' });
    this.observer.observe(this);
  }

  disconnectedCallback(): void {
    this.observer?.disconnect();
  }

  start(): Promise<Session> {
    if (!this.session) {
      this.observer?.disconnect();
      this.setStatus('connecting', 'Connecting…');
      this.session = this.labSettled().then(() => import('./terminal-session.ts')).then(async ({ TerminalSession }) => {
        const screen = this.querySelector<HTMLElement>('.podlab-terminal__screen')!;
        // A lab starts its terminal by itself; it must not pull focus from where the learner is.
        const focus = !this.hasAttribute('data-manual') || this.contains(document.activeElement);
        const session = await TerminalSession.open(screen, focus);
        this.setStatus('ready', 'Connected');
        return session;
      });
      this.session.catch((e: unknown) => {
        console.error(e);
        this.setStatus('error', 'Could not start the terminal. Reload the page to try again.');
      });
    }
    return this.session;
  }

  /**
   * A terminal works on its lab's machine, or (outside any lab) on the machine of the page's first
   * lab: it waits until that lab has restored the learner's work, so it never shows a machine about
   * to be replaced. A lab starts its own terminal only once settled, so this does not wait on itself.
   */
  private async labSettled(): Promise<void> {
    const lab = (this.closest('podlab-lab') ?? document.querySelector('podlab-lab')) as (HTMLElement & { settled?: () => Promise<void> }) | null;
    await lab?.settled?.();
  }

  /**
   * The touch key bar. A tap must not take focus from xterm's textarea, or the on-screen keyboard
   * would close; a keyboard user's Enter or Space on a button still sends the key.
   */
  private wireKeyBar(): void {
    const bar = this.querySelector<HTMLElement>('.podlab-terminal__keys');
    if (!bar) return;
    bar.addEventListener('pointerdown', (e) => {
      if ((e.target as HTMLElement).closest('button')) e.preventDefault();
    });
    bar.addEventListener('click', (e) => {
      const key = (e.target as HTMLElement).closest<HTMLButtonElement>('button[data-key]')?.dataset.key;
      if (key) void this.start().then((s) => s.sendKey(key));
    });
  }

  /** The terminal's background colour now (it follows the page's theme): used by the browser tests. */
  async themeBackground(): Promise<string | undefined> {
    return (await this.start()).themeBackground();
  }

  /** The text on screen, one string per row: used by the browser tests. */
  async screenText(): Promise<string> {
    return (await this.start()).screenText();
  }

  /** Types text as if from the keyboard (Run buttons in lessons use this). */
  async type(text: string): Promise<void> {
    (await this.start()).type(text);
  }

  private setStatus(state: string, text: string): void {
    this.dataset.state = state;
    const status = this.querySelector('.podlab-terminal__status');
    if (status) status.textContent = text;
  }
}

if (!customElements.get('podlab-terminal')) customElements.define('podlab-terminal', PodlabTerminal);
