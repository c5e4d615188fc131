import { describe, it, expect } from 'vitest';
import { announcements, badge, formatDuration, summary, taskMessage } from '../../src/client/lab-status.ts';
import type { LabProgress } from '../../src/labs/progress/progress.ts';

const tasks = [{ id: 'write', title: 'Write the Pod' }, { id: 'create', title: 'Create the Pod' }];
const progress = (write: 'open' | 'passed', create: 'locked' | 'open' | 'passed', extra: Partial<LabProgress> = {}): LabProgress => ({
  version: 1, lab: 'demo', ...extra,
  tasks: {
    write: { status: write, hintsShown: 0, checks: [{ passed: write === 'passed', message: 'no file oom-pod.yaml in your home folder' }], ...(write === 'passed' ? { timeTakenMs: 65_000 } : {}) },
    create: { status: create, hintsShown: 0, checks: [] },
  },
});

describe('lab panel wording', () => {
  it.each([
    [0, '0 s'], [45_400, '45 s'], [60_000, '1 min'], [843_000, '14 min 3 s'], [3_600_000, '1 h'], [3_720_000, '1 h 2 min'],
  ])('formats %i ms as %s', (ms, text) => {
    expect(formatDuration(ms)).toBe(text);
  });

  it('badges tasks as pending, passed or locked', () => {
    const p = progress('passed', 'locked');
    expect([badge(p.tasks.write), badge(p.tasks.create), badge(progress('open', 'open').tasks.write)]).toEqual(['Passed', 'Locked', 'Pending']);
  });

  it('says the failing check\'s sentence under a pending task, the needed tasks under a locked one, the time under a passed one', () => {
    const p = progress('open', 'locked');
    expect(taskMessage(p.tasks.write, [])).toBe('no file oom-pod.yaml in your home folder');
    expect(taskMessage(p.tasks.create, [tasks[0]])).toBe('Opens after: Write the Pod.');
    expect(taskMessage(progress('passed', 'open').tasks.write, [])).toBe('Done in 1 min 5 s.');
  });

  it('sums up tasks done and the lab\'s completion time', () => {
    expect(summary(progress('passed', 'open'), tasks)).toBe('1 of 2 tasks done.');
    expect(summary(progress('passed', 'passed', { completedAt: 1, timeTakenMs: 843_000 }), tasks)).toBe('Lab complete: all 2 tasks done in 14 min 3 s.');
  });

  it('announces tasks that just passed and the lab\'s completion, and nothing on the first render', () => {
    const done = progress('passed', 'passed', { completedAt: 1, timeTakenMs: 120_000 });
    expect(announcements(undefined, done, tasks)).toEqual([]);
    expect(announcements(progress('open', 'locked'), progress('passed', 'open'), tasks)).toEqual(['Task passed: Write the Pod.']);
    expect(announcements(progress('passed', 'open'), done, tasks)).toEqual(['Task passed: Create the Pod.', 'Lab complete: all 2 tasks done in 2 min.']);
  });
});
