// <podlab-lab>: the light, always-loaded half of a lab. It waits until the lab is near the
// viewport or something in it gets focus, then loads the panel's code (lab-controller.ts),
// which restores the learner's work and starts the terminal.

class PodlabLab extends HTMLElement {
  private started = false;
  private observer: IntersectionObserver | null = null;
  private settle!: () => void;
  private readonly whenSettled = new Promise<void>((resolve) => { this.settle = resolve; });

  connectedCallback(): void {
    this.addEventListener('focusin', () => this.start(), { once: true });
    this.observer = new IntersectionObserver((entries) => {
      if (entries.some((e) => e.isIntersecting)) this.start();
    }, { rootMargin: '200px' });
    this.observer.observe(this);
  }

  disconnectedCallback(): void {
    this.observer?.disconnect();
  }

  /** Starts the lab if needed; resolves once it has loaded (or cannot: open elsewhere, failed). */
  settled(): Promise<void> {
    this.start();
    return this.whenSettled;
  }

  private start(): void {
    if (this.started) return;
    this.started = true;
    this.observer?.disconnect();
    import('./lab-controller.ts').then(({ startLab }) => startLab(this, () => this.settle())).catch((e: unknown) => {
      this.settle();
      console.error(e);
      this.dataset.state = 'error';
      const state = this.querySelector('.podlab-lab__state');
      if (state) state.textContent = 'The lab could not start. Reload the page to try again.';
    });
  }
}

if (!customElements.get('podlab-lab')) customElements.define('podlab-lab', PodlabLab);
