// A learner's completion record as a team lead's cohort page reads it: the progress file a
// learner downloads (progress-file.ts), checked against a schema and against the labs this site
// has. Records are plain JSON the learner holds, so they can be edited: the page reports what
// they say, it does not vouch for them.

import { z } from 'zod';
import { parseProgress, type LabProgress } from '../../labs/progress/progress.ts';
import { outlineLab, PROGRESS_FILE_FORMAT, PROGRESS_FILE_VERSION, type LabOutline } from '../progress-file.ts';

/** Larger files are refused before they are read: a real record is a few kilobytes per lab. */
export const MAX_RECORD_BYTES = 2_000_000;

const epochMs = z.number().int().nonnegative();

export const completionRecordSchema = z.object({
  format: z.literal(PROGRESS_FILE_FORMAT),
  version: z.literal(PROGRESS_FILE_VERSION),
  exportedAt: z.iso.datetime({ message: 'exportedAt is not an ISO date and time' }),
  learner: z.string().trim().min(1).max(120).optional(),
  labs: z.array(z.object({ lab: z.string().min(1).max(200), savedAt: epochMs.optional(), progress: z.unknown() })).max(1000),
});

/** One lab of a record: its progress and when the learner's browser last saved it (wall clock). */
export interface RecordLab {
  progress: LabProgress;
  savedAt?: number;
}

export interface CompletionRecord {
  /** The name in the record, else the file's name without `.json`. */
  learner: string;
  file: string;
  exportedAt: string;
  labs: Map<string, RecordLab>;
  /** Labs in the record this site does not have (another course version): left out. */
  ignored: string[];
}

export type RecordParse = { ok: true; record: CompletionRecord } | { ok: false; error: string };

const where = (path: readonly PropertyKey[]) => path.map((p) => (typeof p === 'number' ? `[${p}]` : `.${String(p)}`)).join('').replace(/^\./, '');

export function parseCompletionRecord(text: string, fileName: string, outlines: readonly LabOutline[]): RecordParse {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return { ok: false, error: 'it is not JSON' };
  }
  if (typeof data !== 'object' || data === null || (data as { format?: unknown }).format !== PROGRESS_FILE_FORMAT) {
    return { ok: false, error: 'it is not a PodLab progress file (its "format" is not "podlab-progress")' };
  }
  const r = completionRecordSchema.safeParse(data);
  if (!r.success) {
    const i = r.error.issues[0];
    if (i.path[0] === 'version') return { ok: false, error: `it is format version ${JSON.stringify((data as { version?: unknown }).version)}; this site reads version ${PROGRESS_FILE_VERSION}` };
    return { ok: false, error: `${where(i.path) || 'the file'}: ${i.message}` };
  }
  const labs = new Map<string, RecordLab>();
  const ignored: string[] = [];
  for (const [n, entry] of r.data.labs.entries()) {
    const outline = outlines.find((o) => o.id === entry.lab);
    if (!outline) {
      ignored.push(entry.lab);
      continue;
    }
    const p = parseProgress(entry.progress, outlineLab(outline));
    if (!p.ok) return { ok: false, error: `labs[${n}] (${entry.lab}): ${p.error}` };
    labs.set(entry.lab, { progress: p.progress, ...(entry.savedAt !== undefined ? { savedAt: entry.savedAt } : {}) });
  }
  const learner = r.data.learner ?? fileName.replace(/\.json$/i, '');
  return { ok: true, record: { learner, file: fileName, exportedAt: r.data.exportedAt, labs, ignored } };
}
