import { describe, it, expect } from 'vitest';
import { cohortCell, cohortRows } from '../../../src/client/cohort/cohort-table.ts';
import type { CompletionRecord } from '../../../src/client/cohort/completion-record.ts';
import type { LabOutline } from '../../../src/client/progress-file.ts';
import type { LabProgress } from '../../../src/labs/progress/progress.ts';

const lab: LabOutline = { id: 'oom-killed', title: 'OOMKilled', tasks: [{ id: 'a', needs: [], checks: 1 }, { id: 'b', needs: ['a'], checks: 1 }] };
const passed = { status: 'passed' as const, hintsShown: 0, checks: [] };
const open = { status: 'open' as const, hintsShown: 0, checks: [] };
const p = (extra: Partial<LabProgress>): LabProgress => ({ version: 1, lab: 'oom-killed', tasks: { a: open, b: open }, ...extra });

describe('a cohort table cell', () => {
  it.each([
    ['no record of the lab', undefined, 'new', '—'],
    ['a lab never worked on', { progress: p({}) }, 'new', '—'],
    ['a lab started with nothing passed', { progress: p({ startedAt: 1 }) }, 'started', '0 of 2 tasks'],
    ['a lab half done', { progress: p({ startedAt: 1, tasks: { a: passed, b: open } }) }, 'started', '1 of 2 tasks'],
    ['a completed lab', { progress: p({ startedAt: 1, completedAt: 843_001, timeTakenMs: 843_000, tasks: { a: passed, b: passed } }) }, 'done', 'Done · 14 min 3 s'],
    ['a completed lab with its save day', { progress: p({ completedAt: 5, timeTakenMs: 60_000 }), savedAt: Date.UTC(2026, 2, 3, 15) }, 'done', 'Done · 1 min · 2026-03-03'],
  ])('shows %s', (_name, entry, state, text) => {
    expect(cohortCell(entry, lab)).toMatchObject({ state, text });
  });
});

describe('the cohort table', () => {
  it('has a row per record with its labs done counted', () => {
    const record = (learner: string, labs: CompletionRecord['labs']): CompletionRecord => ({ learner, file: `${learner}.json`, exportedAt: '', labs, ignored: [] });
    const rows = cohortRows([
      record('ada', new Map([['oom-killed', { progress: p({ completedAt: 2, tasks: { a: passed, b: passed } }) }]])),
      record('bob', new Map()),
    ], [lab]);
    expect(rows.map((r) => [r.learner, r.done, r.cells[0].state])).toEqual([['ada', 1, 'done'], ['bob', 0, 'new']]);
  });
});
