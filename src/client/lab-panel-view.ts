// The lab panel's DOM, as Lab.astro rendered it: this file only updates it from progress records
// and asks the learner to confirm. Every string from the worker is set as text, never as HTML;
// the only HTML shown later (hints) was rendered from the lab file at build time.

import type { LabProgress } from '../labs/progress/progress.ts';
import { announcements, badge, summary, taskMessage, type TaskOutline } from './lab-status.ts';

export class LabPanelView {
  readonly root: HTMLElement;
  private readonly tasks: (TaskOutline & { needs: string[] })[];
  private last: LabProgress | undefined;

  constructor(root: HTMLElement) {
    this.root = root;
    this.tasks = [...root.querySelectorAll<HTMLElement>('.podlab-task')].map((li) => ({
      id: li.dataset.task!, title: li.dataset.title!, needs: (li.dataset.needs ?? '').split(' ').filter(Boolean),
    }));
  }

  private q<T extends HTMLElement = HTMLElement>(selector: string): T {
    return this.root.querySelector<T>(selector)!;
  }

  /** idle | connecting | ready | busy | error: drives the status line and which controls work. */
  setState(state: string, text: string): void {
    this.root.dataset.state = state;
    this.q('.podlab-lab__state').textContent = text;
    const usable = state === 'ready';
    for (const b of this.root.querySelectorAll<HTMLButtonElement>('.podlab-lab__panel button')) b.disabled = !usable || b.dataset.exhausted === 'true';
    this.q('.podlab-lab__layout').inert = state === 'busy';
  }

  /** A message that stays until dismissed by the next one (a save set aside, a lost tab). */
  notice(text: string | undefined): void {
    const n = this.q('.podlab-lab__notice');
    n.hidden = text === undefined;
    n.textContent = text ?? '';
  }

  showBusy(show: boolean, text = 'This lab is open in another tab. Working in two tabs at once would overwrite your work.'): void {
    const b = this.q('.podlab-lab__busy');
    b.hidden = !show;
    b.querySelector('p')!.textContent = text;
    if (show) b.querySelector<HTMLButtonElement>('button')!.focus();
  }

  announce(text: string): void {
    const live = this.q('.podlab-lab__live');
    // Clearing first makes a repeated sentence be read again.
    live.textContent = '';
    requestAnimationFrame(() => { live.textContent = text; });
  }

  savedAt(at: number): void {
    const s = this.q('.podlab-lab__saved');
    s.textContent = `Saved in this browser at ${new Date(at).toLocaleTimeString()}`;
    s.dataset.savedAt = String(at);
  }

  render(progress: LabProgress): void {
    const byId = new Map(this.tasks.map((t) => [t.id, t]));
    for (const t of this.tasks) {
      const li = this.q(`.podlab-task[data-task="${t.id}"]`);
      const tp = progress.tasks[t.id];
      li.dataset.status = tp?.status ?? 'open';
      li.querySelector('.podlab-task__badge')!.textContent = badge(tp);
      li.querySelector('.podlab-task__check')!.textContent = taskMessage(tp, t.needs.map((n) => byId.get(n)!).filter(Boolean));
      this.renderHints(li, tp?.hintsShown ?? 0);
    }
    this.q('.podlab-lab__summary').textContent = summary(progress, this.tasks);
    const complete = this.q('.podlab-lab__complete');
    const wasComplete = !complete.hidden;
    complete.hidden = progress.completedAt === undefined;
    complete.querySelector('p')!.textContent = summary(progress, this.tasks);
    const said = announcements(this.last, progress, this.tasks);
    if (said.length) this.announce(said.join(' '));
    if (!wasComplete && !complete.hidden && this.last) complete.focus();
    this.last = progress;
  }

  private renderHints(li: HTMLElement, shown: number): void {
    const templates = [...li.querySelectorAll<HTMLTemplateElement>('template.podlab-task__hint')];
    const list = li.querySelector<HTMLOListElement>('.podlab-task__hint-list');
    const button = li.querySelector<HTMLButtonElement>('button[data-action="hint"]');
    if (!list || !button) return;
    while (list.children.length > Math.min(shown, templates.length)) list.lastElementChild!.remove();
    while (list.children.length < Math.min(shown, templates.length)) {
      const item = document.createElement('li');
      item.tabIndex = -1;
      item.append(templates[list.children.length].content.cloneNode(true));
      list.append(item);
    }
    list.hidden = shown === 0;
    const left = templates.length - shown;
    button.dataset.exhausted = String(left <= 0);
    button.disabled = left <= 0 || this.root.dataset.state !== 'ready';
    button.textContent = left <= 0 ? 'No more hints' : `Show hint ${shown + 1} of ${templates.length}`;
  }

  showSolution(text: string): void {
    const box = this.q('.podlab-lab__solution');
    box.querySelector('code')!.textContent = text;
    box.hidden = false;
    box.focus();
  }

  hideSolution(): void {
    this.q('.podlab-lab__solution').hidden = true;
  }

  /** Asks in the panel's modal dialog; resolves true when the learner confirms. */
  confirm(message: string, ok: string): Promise<boolean> {
    const dialog = this.q<HTMLDialogElement>('.podlab-lab__confirm');
    dialog.querySelector('.podlab-lab__confirm-text')!.textContent = message;
    dialog.querySelector<HTMLButtonElement>('button[value="ok"]')!.textContent = ok;
    dialog.returnValue = '';
    dialog.showModal();
    return new Promise((resolve) => {
      dialog.addEventListener('close', () => resolve(dialog.returnValue === 'ok'), { once: true });
    });
  }
}
