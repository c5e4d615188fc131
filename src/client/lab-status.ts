// What the lab panel says about progress, as pure functions of the progress record: badges,
// the sentence under a task, the summary line, and what a screen reader hears when it changes.

import type { LabProgress, TaskProgress } from '../labs/progress/progress.ts';

export interface TaskOutline {
  id: string;
  title: string;
}

/** `14 min 3 s`, `1 h 2 min`, `45 s`: time taken, in the lab's (virtual) time. */
export function formatDuration(ms: number): string {
  const s = Math.max(0, Math.round(ms / 1000));
  if (s < 60) return `${s} s`;
  const m = Math.floor(s / 60);
  if (m < 60) return s % 60 ? `${m} min ${s % 60} s` : `${m} min`;
  const h = Math.floor(m / 60);
  return m % 60 ? `${h} h ${m % 60} min` : `${h} h`;
}

export function badge(task: TaskProgress | undefined): string {
  switch (task?.status) {
    case 'passed': return 'Passed';
    case 'locked': return 'Locked';
    default: return 'Pending';
  }
}

/** The sentence under a task: why it is not done yet, or when it was. */
export function taskMessage(task: TaskProgress | undefined, needs: readonly TaskOutline[]): string {
  if (!task) return '';
  if (task.status === 'passed') return task.timeTakenMs !== undefined ? `Done in ${formatDuration(task.timeTakenMs)}.` : 'Done.';
  if (task.status === 'locked') return needs.length ? `Opens after: ${needs.map((n) => n.title).join(', ')}.` : '';
  return task.checks.find((c) => !c.passed)?.message ?? '';
}

export function summary(progress: LabProgress, tasks: readonly TaskOutline[]): string {
  const done = tasks.filter((t) => progress.tasks[t.id]?.status === 'passed').length;
  if (progress.completedAt !== undefined) {
    return `Lab complete: all ${tasks.length} tasks done${progress.timeTakenMs !== undefined ? ` in ${formatDuration(progress.timeTakenMs)}` : ''}.`;
  }
  return `${done} of ${tasks.length} tasks done.`;
}

/** What changed between two records, as sentences for the live region (empty: say nothing). */
export function announcements(before: LabProgress | undefined, after: LabProgress, tasks: readonly TaskOutline[]): string[] {
  const out: string[] = [];
  for (const t of tasks) {
    const was = before?.tasks[t.id]?.status;
    const now = after.tasks[t.id]?.status;
    if (before && was !== 'passed' && now === 'passed') out.push(`Task passed: ${t.title}.`);
  }
  if (before && before.completedAt === undefined && after.completedAt !== undefined) out.push(summary(after, tasks));
  return out;
}
