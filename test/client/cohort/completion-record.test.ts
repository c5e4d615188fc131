import { describe, it, expect } from 'vitest';
import { parseCompletionRecord } from '../../../src/client/cohort/completion-record.ts';
import { progressFile, type LabOutline } from '../../../src/client/progress-file.ts';
import type { LabProgress } from '../../../src/labs/progress/progress.ts';

const outlines: LabOutline[] = [{ id: 'oom-killed', title: 'OOMKilled', tasks: [{ id: 'write', needs: [], checks: 1 }, { id: 'create', needs: ['write'], checks: 1 }] }];
const progress: LabProgress = {
  version: 1, lab: 'oom-killed', startedAt: 10, completedAt: 70, timeTakenMs: 60,
  tasks: { write: { status: 'passed', hintsShown: 1, checks: [{ passed: true, message: 'ok', at: 20 }] }, create: { status: 'passed', hintsShown: 0, checks: [{ passed: true, message: 'ok', at: 70 }] } },
};
const file = (extra: object) => JSON.stringify({ ...progressFile([{ lab: 'oom-killed', progress }], 0, 'Ada'), ...extra });

describe('a completion record on the cohort page', () => {
  it('reads the learner, the lab and when it was saved from a downloaded record', () => {
    const text = JSON.stringify(progressFile([{ lab: 'oom-killed', progress, savedAt: Date.UTC(2026, 2, 3) }], Date.UTC(2026, 2, 4), '  Ada Lovelace '));
    const r = parseCompletionRecord(text, 'ada.json', outlines);
    expect(r.ok && r.record.learner).toBe('Ada Lovelace');
    expect(r.ok && r.record.labs.get('oom-killed')).toEqual({ progress, savedAt: Date.UTC(2026, 2, 3) });
  });

  it('names a record without a learner after its file', () => {
    const r = parseCompletionRecord(JSON.stringify(progressFile([], 0)), 'grace-hopper.json', outlines);
    expect(r.ok && r.record.learner).toBe('grace-hopper');
  });

  it('leaves out labs this site does not have and says which', () => {
    const r = parseCompletionRecord(JSON.stringify(progressFile([{ lab: 'gone', progress: { ...progress, lab: 'gone' } }], 0)), 'a.json', outlines);
    expect(r.ok && r.record.ignored).toEqual(['gone']);
    expect(r.ok && r.record.labs.size).toBe(0);
  });

  it.each([
    ['not JSON', '{', 'it is not JSON'],
    ['another kind of file', '{"format":"something"}', 'it is not a PodLab progress file'],
    ['another version', file({ version: 2 }), 'it is format version 2; this site reads version 1'],
    ['a bad export time', file({ exportedAt: 'yesterday' }), 'exportedAt: exportedAt is not an ISO date and time'],
    ['a learner that is not text', file({ learner: 42 }), 'learner:'],
    ['labs that are not a list', file({ labs: {} }), 'labs:'],
    ['a damaged lab', file({ labs: [{ lab: 'oom-killed', progress: { ...progress, tasks: { write: { status: 'won' } } } }] }), 'labs[0] (oom-killed): progress record tasks.write'],
    ['a negative save time', file({ labs: [{ lab: 'oom-killed', savedAt: -1, progress }] }), 'labs[0].savedAt:'],
  ])('refuses %s with the reason', (_name, text, error) => {
    const r = parseCompletionRecord(text, 'x.json', outlines);
    expect(r.ok).toBe(false);
    expect(!r.ok && r.error).toContain(error);
  });
});
