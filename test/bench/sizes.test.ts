import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it, expect } from 'vitest';
import { pageCost } from '../../bench/sizes.ts';

// Sizes of the production build are deterministic, so their budgets (issue 9) are checked here;
// timings are only reported by `npm run bench`. Without a build (dist/) there is nothing to weigh.
const dist = join(import.meta.dirname, '../../dist');
const built = existsSync(join(dist, 'lessons/what-is-a-pod/index.html'));
const kb = (bytes: number) => bytes / 1024;

describe.skipIf(!built)('the JavaScript a built page costs, gzipped', () => {
  it('a lesson page without a terminal loads at most 40 KB', () => {
    expect(kb(pageCost(dist, 'index.html').initial)).toBeLessThanOrEqual(40);
  });

  it('a terminal page loads at most 120 KB on the main thread, xterm included', () => {
    const lesson = pageCost(dist, 'lessons/what-is-a-pod/index.html');
    expect(kb(lesson.initial + lesson.terminal)).toBeLessThanOrEqual(120);
  });

  // kubectl's commands and printers, the YAML library, image layers and entrypoints, busybox's
  // usage texts and the less common tools are chunks fetched on first use.
  it('the worker loads at most 160 KB at start, and fetches the rest on first use', () => {
    const lesson = pageCost(dist, 'lessons/what-is-a-pod/index.html');
    expect(kb(lesson.worker)).toBeLessThanOrEqual(160);
    expect(lesson.files.workerLazy.length).toBeGreaterThan(0);
  });
});
