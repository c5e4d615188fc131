import { describe, expect, it } from 'vitest';
import { lessonProgress, lessonSummary, sidebarMarker } from '../../src/client/lesson-progress.ts';

const complete = (lab: string) => ({ lab, progress: { completedAt: 5, tasks: { a: { status: 'passed' } } } });
const started = (lab: string) => ({ lab, progress: { tasks: { a: { status: 'passed' }, b: { status: 'open' } } } });
const untouched = (lab: string) => ({ lab, progress: { tasks: { a: { status: 'open' } } } });

describe('lessonProgress', () => {
  it.each([
    { name: 'no records', records: [], want: { done: 0, total: 3, started: false } },
    { name: 'one lab complete', records: [complete('b')], want: { done: 1, total: 3, started: true } },
    { name: 'a lab with a task passed', records: [started('a')], want: { done: 0, total: 3, started: true } },
    { name: 'a lab opened but nothing passed', records: [untouched('a')], want: { done: 0, total: 3, started: false } },
    { name: 'every lab complete', records: [complete('a'), complete('b'), complete('c')], want: { done: 3, total: 3, started: false } },
    { name: 'labs of other lessons', records: [complete('x'), complete('y')], want: { done: 0, total: 3, started: false } },
    { name: 'damaged records', records: [null, { lab: 4 }, { lab: 'a', progress: 'done' }, { lab: 'b' }], want: { done: 0, total: 3, started: false } },
  ])('counts $name', ({ records, want }) => {
    expect(lessonProgress(['a', 'b', 'c'], records)).toEqual(want);
  });
});

describe('lessonSummary and sidebarMarker', () => {
  it.each([
    { done: 0, total: 0, summary: 'No labs', marker: undefined },
    { done: 0, total: 1, summary: '1 lab', marker: undefined },
    { done: 1, total: 1, summary: 'Lab done', marker: { shown: '✓', said: 'lab done' } },
    { done: 0, total: 3, summary: '3 labs', marker: undefined },
    { done: 2, total: 3, summary: '2 of 3 labs done', marker: { shown: '2/3 labs', said: '2 of 3 labs done' } },
    { done: 3, total: 3, summary: 'All 3 labs done', marker: { shown: '✓', said: 'all 3 labs done' } },
  ])('says $summary for $done of $total', ({ done, total, summary, marker }) => {
    expect(lessonSummary({ done, total, started: false })).toBe(summary);
    expect(sidebarMarker({ done, total, started: false })).toEqual(marker);
  });
});
