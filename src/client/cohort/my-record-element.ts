// <podlab-my-record>: the learner downloads a completion record of this browser's labs (the
// progress file with their name and when each lab was last saved) to send to their team lead.

import type { LabProgress } from '../../labs/progress/progress.ts';
import { readAllProgress } from '../lab-store.ts';
import { progressFile, type ProgressFileLab } from '../progress-file.ts';

interface Stored {
  lab?: string;
  savedAt?: number;
  progress?: LabProgress;
}

class PodlabMyRecord extends HTMLElement {
  connectedCallback(): void {
    this.querySelector('form')!.addEventListener('submit', (e) => {
      e.preventDefault();
      void this.download();
    });
  }

  private async download(): Promise<void> {
    const name = this.querySelector<HTMLInputElement>('input[name="learner"]')!.value;
    const stored = ((await readAllProgress().catch(() => [])) as Stored[])
      .filter((r): r is Required<Pick<Stored, 'lab' | 'progress'>> & Stored => typeof r?.lab === 'string' && typeof r.progress?.tasks === 'object');
    const labs: ProgressFileLab[] = stored.map((r) => ({ lab: r.lab, progress: r.progress, ...(typeof r.savedAt === 'number' ? { savedAt: r.savedAt } : {}) }));
    const file = progressFile(labs, Date.now(), name);
    const url = URL.createObjectURL(new Blob([JSON.stringify(file, null, 2)], { type: 'application/json' }));
    const a = document.createElement('a');
    a.href = url;
    const slug = (file.learner ?? 'learner').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '') || 'learner';
    a.download = `podlab-record-${slug}-${file.exportedAt.slice(0, 10)}.json`;
    a.click();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
    const done = labs.filter((l) => l.progress.completedAt !== undefined).length;
    this.querySelector('.podlab-record__message')!.textContent = `Downloaded a record of ${labs.length} ${labs.length === 1 ? 'lab' : 'labs'} (${done} complete).`;
  }
}

if (!customElements.get('podlab-my-record')) customElements.define('podlab-my-record', PodlabMyRecord);
