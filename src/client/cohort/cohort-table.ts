// The cohort table as data: one row per loaded record, one column per lab in course order, each
// cell done (when, how long), started (tasks done) or not started. The page only renders it.

import type { LabOutline } from '../progress-file.ts';
import { formatDuration } from '../lab-status.ts';
import type { CompletionRecord, RecordLab } from './completion-record.ts';

export interface CohortCell {
  state: 'done' | 'started' | 'new';
  /** What the cell shows. */
  text: string;
  /** The longer sentence for its title and screen readers. */
  label: string;
}

export interface CohortRow {
  learner: string;
  file: string;
  done: number;
  cells: CohortCell[];
}

const day = (ms: number) => new Date(ms).toISOString().slice(0, 10);

export function cohortCell(entry: RecordLab | undefined, outline: LabOutline): CohortCell {
  if (!entry) return { state: 'new', text: '—', label: `${outline.title}: not started` };
  const { progress, savedAt } = entry;
  if (progress.completedAt !== undefined) {
    const took = progress.timeTakenMs !== undefined ? formatDuration(progress.timeTakenMs) : undefined;
    const on = savedAt !== undefined ? day(savedAt) : undefined;
    const text = ['Done', took, on].filter(Boolean).join(' · ');
    return { state: 'done', text, label: `${outline.title}: done${took ? ` in ${took}` : ''}${on ? `, saved ${on}` : ''}` };
  }
  const passed = outline.tasks.filter((t) => progress.tasks[t.id]?.status === 'passed').length;
  if (passed === 0 && progress.startedAt === undefined) return { state: 'new', text: '—', label: `${outline.title}: not started` };
  const text = `${passed} of ${outline.tasks.length} tasks`;
  return { state: 'started', text, label: `${outline.title}: started, ${text} done` };
}

export function cohortRows(records: readonly CompletionRecord[], outlines: readonly LabOutline[]): CohortRow[] {
  return records.map((r) => {
    const cells = outlines.map((o) => cohortCell(r.labs.get(o.id), o));
    return { learner: r.learner, file: r.file, done: cells.filter((c) => c.state === 'done').length, cells };
  });
}
