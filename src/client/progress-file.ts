// The progress file learners download and load again (another browser, a cleared profile):
// every lab's progress record, validated on import against the labs this site has, so a file
// from another course, another version or edited by hand is refused with the reason.

import { parseProgress, type LabProgress } from '../labs/progress/progress.ts';
import type { Lab } from '../labs/schema/lab-schema.ts';

export const PROGRESS_FILE_FORMAT = 'podlab-progress';
export const PROGRESS_FILE_VERSION = 1;

/** What the overview knows of each lab at build time: enough to validate a progress record. */
export interface LabOutline {
  id: string;
  title: string;
  tasks: { id: string; needs: string[]; checks: number }[];
}

/** One lab in the file; `savedAt` (wall clock, epoch ms) is when this browser last saved it. */
export interface ProgressFileLab {
  lab: string;
  progress: LabProgress;
  savedAt?: number;
}

export interface ProgressFile {
  format: typeof PROGRESS_FILE_FORMAT;
  version: number;
  exportedAt: string;
  /** Who the record is from, as the learner typed it: a completion record for a team lead. */
  learner?: string;
  labs: ProgressFileLab[];
}

export function progressFile(records: ProgressFileLab[], now: number, learner?: string): ProgressFile {
  const who = learner?.trim();
  return { format: PROGRESS_FILE_FORMAT, version: PROGRESS_FILE_VERSION, exportedAt: new Date(now).toISOString(), ...(who ? { learner: who } : {}), labs: records };
}

// parseProgress reads only a lab's id and its tasks' ids, needs and number of checks; the
// outline carries exactly those, so it stands in for the full lab here.
export const outlineLab = (o: LabOutline) => ({ id: o.id, tasks: o.tasks.map((t) => ({ id: t.id, needs: t.needs, checks: new Array(t.checks).fill(null) })) }) as unknown as Lab;

export type ProgressImport = { ok: true; labs: { lab: string; progress: LabProgress }[] } | { ok: false; error: string };

export function parseProgressFile(text: string, outlines: readonly LabOutline[]): ProgressImport {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return { ok: false, error: 'the file is not JSON' };
  }
  const d = data as Partial<ProgressFile> | null;
  if (typeof d !== 'object' || d === null || d.format !== PROGRESS_FILE_FORMAT) return { ok: false, error: 'the file is not a PodLab progress file' };
  if (d.version !== PROGRESS_FILE_VERSION) return { ok: false, error: `the file is format version ${JSON.stringify(d.version)}; this site reads version ${PROGRESS_FILE_VERSION}` };
  if (!Array.isArray(d.labs)) return { ok: false, error: 'the file has no list of labs' };
  const out: { lab: string; progress: LabProgress }[] = [];
  for (const [i, entry] of d.labs.entries()) {
    const outline = outlines.find((o) => o.id === (entry as { lab?: unknown })?.lab);
    if (!outline) return { ok: false, error: `labs[${i}]: this site has no lab ${JSON.stringify((entry as { lab?: unknown })?.lab)}` };
    const r = parseProgress((entry as { progress?: unknown }).progress, outlineLab(outline));
    if (!r.ok) return { ok: false, error: `labs[${i}] (${outline.id}): ${r.error}` };
    out.push({ lab: outline.id, progress: r.progress });
  }
  return { ok: true, labs: out };
}
