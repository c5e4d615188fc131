// One tab at a time works on a lab. Tabs on the same lab talk over a BroadcastChannel: a tab
// opening the lab asks who has it; the owner answers; a tab taking over asks the owner to save
// and let go first. When two tabs claim at once, the later claim wins everywhere (`yieldsTo`),
// and the ownership record in IndexedDB (lab-store.ts) refuses the loser's saves regardless.

export interface Claim {
  tab: string;
  at: number;
}

type Message =
  | { type: 'who'; from: string }
  | { type: 'mine'; from: string }
  | { type: 'take'; from: string }
  | { type: 'released'; from: string }
  | { type: 'claimed'; claim: Claim };

/** Whether an owner holding `mine` must give way to `theirs`: the later claim wins, ties by tab id. */
export function yieldsTo(mine: Claim, theirs: Claim): boolean {
  return theirs.at > mine.at || (theirs.at === mine.at && theirs.tab > mine.tab);
}

const ANSWER_WAIT_MS = 300;
const RELEASE_WAIT_MS = 2000;

export class TabLock {
  readonly tab: string;
  private readonly channel: BroadcastChannel;
  private claim: Claim | undefined;
  private answered: (() => void) | undefined;
  private released: (() => void) | undefined;
  private lostListeners = new Set<() => void>();
  /** Saves the lab before another tab takes it over. */
  beforeRelease: () => Promise<void> = async () => {};

  constructor(lab: string) {
    this.tab = crypto.randomUUID();
    this.channel = new BroadcastChannel(`podlab-lab:${lab}`);
    this.channel.onmessage = (e: MessageEvent<Message>) => void this.receive(e.data);
  }

  get owned(): boolean {
    return this.claim !== undefined;
  }

  /** Claims the lab unless another open tab has it; 'busy' then, and nothing is claimed. */
  async acquire(): Promise<'mine' | 'busy'> {
    const answered = new Promise<boolean>((resolve) => {
      this.answered = () => resolve(true);
      setTimeout(() => resolve(false), ANSWER_WAIT_MS);
    });
    this.post({ type: 'who', from: this.tab });
    const busy = await answered;
    this.answered = undefined;
    if (busy) return 'busy';
    this.announce();
    return 'mine';
  }

  /** Asks the owning tab to save and let go (or waits out a tab that does not answer), then claims. */
  async takeOver(): Promise<void> {
    await new Promise<void>((resolve) => {
      this.released = resolve;
      setTimeout(resolve, RELEASE_WAIT_MS);
      this.post({ type: 'take', from: this.tab });
    });
    this.released = undefined;
    this.announce();
  }

  /** Fires when another tab took the lab: stop saving. */
  onLost(listener: () => void): void {
    this.lostListeners.add(listener);
  }

  close(): void {
    this.channel.close();
  }

  private announce(): void {
    this.claim = { tab: this.tab, at: Date.now() };
    this.post({ type: 'claimed', claim: this.claim });
  }

  private lose(): void {
    if (!this.claim) return;
    this.claim = undefined;
    for (const l of this.lostListeners) l();
  }

  private async receive(m: Message): Promise<void> {
    switch (m.type) {
      case 'who':
        if (this.claim) this.post({ type: 'mine', from: this.tab });
        break;
      case 'mine':
        this.answered?.();
        break;
      case 'take':
        if (!this.claim) break;
        try {
          await this.beforeRelease();
        } finally {
          this.lose();
          this.post({ type: 'released', from: this.tab });
        }
        break;
      case 'released':
        this.released?.();
        break;
      case 'claimed':
        if (this.claim && yieldsTo(this.claim, m.claim)) this.lose();
        break;
    }
  }

  private post(m: Message): void {
    this.channel.postMessage(m);
  }
}
