// <podlab-course-progress>: the course map's lessons and labs with their status from this
// browser's saved progress, and progress moved in and out as a JSON file. The validating half (zod) loads only on import.

import type { LabProgress } from '../labs/progress/progress.ts';
import type { LabOutline } from './progress-file.ts';
import { formatDuration } from './lab-status.ts';
import { readAllProgress, writeProgress } from './lab-store.ts';
import { lessonProgress, lessonSummary } from './lesson-progress.ts';

interface Stored {
  lab?: string;
  progress?: LabProgress;
}

class PodlabCourseProgress extends HTMLElement {
  connectedCallback(): void {
    void this.refresh();
    this.querySelector('[data-action="export"]')!.addEventListener('click', () => void this.exportFile());
    const input = this.querySelector<HTMLInputElement>('input[type="file"]')!;
    input.addEventListener('change', () => {
      const file = input.files?.[0];
      input.value = '';
      if (file) void this.importFile(file);
    });
  }

  private get outline(): LabOutline[] {
    return JSON.parse(this.dataset.outline ?? '[]') as LabOutline[];
  }

  private async stored(): Promise<{ lab: string; progress: LabProgress }[]> {
    const records = (await readAllProgress()) as Stored[];
    return records.filter((r): r is { lab: string; progress: LabProgress } => typeof r?.lab === 'string' && typeof r.progress?.tasks === 'object')
      .map(({ lab, progress }) => ({ lab, progress }));
  }

  private async refresh(): Promise<void> {
    const records = await this.stored().catch(() => []);
    const byLab = new Map(records.map((r) => [r.lab, r.progress]));
    for (const lesson of this.querySelectorAll<HTMLElement>('li[data-lesson]')) {
      const labs = [...lesson.querySelectorAll<HTMLElement>('li[data-lab]')].map((li) => li.dataset.lab!);
      if (labs.length === 0) continue;
      const p = lessonProgress(labs, records);
      lesson.dataset.status = p.done === p.total ? 'complete' : p.started || p.done > 0 ? 'started' : 'new';
      lesson.querySelector('.podlab-course__lesson-status')!.textContent = lessonSummary(p);
    }
    for (const li of this.querySelectorAll<HTMLElement>('li[data-lab]')) {
      const p = byLab.get(li.dataset.lab!);
      const total = Number(li.dataset.tasks);
      const done = p ? Object.values(p.tasks).filter((t) => t?.status === 'passed').length : 0;
      const status = li.querySelector('.podlab-course__status')!;
      if (p?.completedAt !== undefined) {
        li.dataset.status = 'complete';
        status.textContent = `Completed${p.timeTakenMs !== undefined ? ` in ${formatDuration(p.timeTakenMs)}` : ''}`;
      } else if (p && done > 0) {
        li.dataset.status = 'started';
        status.textContent = `${done} of ${total} tasks done`;
      } else {
        li.dataset.status = 'new';
        status.textContent = 'Not started';
      }
    }
  }

  private say(text: string): void {
    this.querySelector('.podlab-course__message')!.textContent = text;
  }

  private async exportFile(): Promise<void> {
    const { progressFile } = await import('./progress-file.ts');
    const file = progressFile(await this.stored(), Date.now());
    const url = URL.createObjectURL(new Blob([JSON.stringify(file, null, 2)], { type: 'application/json' }));
    const a = document.createElement('a');
    a.href = url;
    a.download = `podlab-progress-${file.exportedAt.slice(0, 10)}.json`;
    a.click();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
    this.say(`Downloaded progress for ${file.labs.length} ${file.labs.length === 1 ? 'lab' : 'labs'}.`);
  }

  private async importFile(file: File): Promise<void> {
    const { parseProgressFile } = await import('./progress-file.ts');
    const r = parseProgressFile(await file.text(), this.outline);
    if (!r.ok) {
      this.say(`That file was not loaded: ${r.error}. Nothing was changed.`);
      return;
    }
    for (const { lab, progress } of r.labs) await writeProgress(lab, progress);
    await this.refresh();
    this.say(`Loaded progress for ${r.labs.length} ${r.labs.length === 1 ? 'lab' : 'labs'}.`);
  }
}

if (!customElements.get('podlab-course-progress')) customElements.define('podlab-course-progress', PodlabCourseProgress);
