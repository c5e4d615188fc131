// How far a learner is through a lesson, from the stored progress records of its labs: the
// numbers and the words the course map and the sidebar show. Pure, so it is tested with tables.

/** What the course map and sidebar need of a stored progress record (unvalidated). */
export interface StoredRecord {
  lab?: unknown;
  progress?: { completedAt?: unknown; tasks?: unknown } | null;
}

export interface LessonProgress {
  done: number;
  total: number;
  /** Some lab of the lesson has a task passed but not every lab is complete. */
  started: boolean;
}

/** The labs of `labs` completed (and any started) according to `records`. */
export function lessonProgress(labs: readonly string[], records: readonly unknown[]): LessonProgress {
  const byLab = new Map<string, StoredRecord['progress']>();
  for (const r of records as StoredRecord[]) {
    if (r && typeof r.lab === 'string' && r.progress && typeof r.progress === 'object') byLab.set(r.lab, r.progress);
  }
  let done = 0;
  let anyPassed = false;
  for (const id of labs) {
    const p = byLab.get(id);
    if (!p) continue;
    if (p.completedAt !== undefined) done++;
    const tasks = p.tasks && typeof p.tasks === 'object' ? Object.values(p.tasks as Record<string, { status?: unknown } | null>) : [];
    if (tasks.some((t) => t?.status === 'passed')) anyPassed = true;
  }
  return { done, total: labs.length, started: anyPassed && done < labs.length };
}

/** The sentence for a lesson's labs: "All 3 labs done", "1 of 3 labs done", "3 labs". */
export function lessonSummary({ done, total }: LessonProgress): string {
  const labs = total === 1 ? 'lab' : 'labs';
  if (total === 0) return 'No labs';
  if (done === total) return total === 1 ? 'Lab done' : `All ${total} labs done`;
  if (done > 0) return `${done} of ${total} ${labs} done`;
  return `${total} ${labs}`;
}

/** The sidebar's short marker (shown) and its words (read out); none before a lab is done. */
export function sidebarMarker({ done, total }: LessonProgress): { shown: string; said: string } | undefined {
  if (total === 0 || done === 0) return undefined;
  if (done === total) return { shown: '✓', said: total === 1 ? 'lab done' : `all ${total} labs done` };
  return { shown: `${done}/${total} labs`, said: `${done} of ${total} labs done` };
}
