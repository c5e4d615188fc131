import { describe, it, expect } from 'vitest';
import { parseProgressFile, progressFile, type LabOutline } from '../../src/client/progress-file.ts';
import type { LabProgress } from '../../src/labs/progress/progress.ts';

const outlines: LabOutline[] = [{ id: 'oom-killed', title: 'OOMKilled', tasks: [{ id: 'write', needs: [], checks: 1 }, { id: 'create', needs: ['write'], checks: 1 }] }];
const progress: LabProgress = {
  version: 1, lab: 'oom-killed', startedAt: 10, completedAt: 70, timeTakenMs: 60,
  tasks: { write: { status: 'passed', hintsShown: 1, checks: [{ passed: true, message: 'ok', at: 20 }] }, create: { status: 'passed', hintsShown: 0, checks: [{ passed: true, message: 'ok', at: 70 }] } },
};
const file = (labs: unknown, extra: object = {}) => JSON.stringify({ ...progressFile([], 0), labs, ...extra });

describe('the progress file', () => {
  it('reads back what it exported', () => {
    const text = JSON.stringify(progressFile([{ lab: 'oom-killed', progress }], Date.UTC(2026, 0, 5)));
    expect(parseProgressFile(text, outlines)).toEqual({ ok: true, labs: [{ lab: 'oom-killed', progress }] });
  });

  it.each([
    ['not JSON', '{', 'the file is not JSON'],
    ['another kind of file', '{"format":"something"}', 'the file is not a PodLab progress file'],
    ['another version', file([], { version: 2 }), 'the file is format version 2; this site reads version 1'],
    ['a lab this site lacks', file([{ lab: 'gone', progress }]), 'labs[0]: this site has no lab "gone"'],
    ['a damaged record', file([{ lab: 'oom-killed', progress: { ...progress, tasks: { write: { status: 'won' } } } }]), 'labs[0] (oom-killed): progress record tasks.write'],
    ['a record of another lab', file([{ lab: 'oom-killed', progress: { ...progress, lab: 'web-logger' } }]), 'progress record is for lab "web-logger", not "oom-killed"'],
  ])('refuses %s with the reason', (_name, text, error) => {
    const r = parseProgressFile(text, outlines);
    expect(r.ok).toBe(false);
    expect(!r.ok && r.error).toContain(error);
  });
});
