// The course overview on the home page in Chromium: lab status from this browser, the progress
// file downloaded and loaded again, and a bad file refused.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { builtSite, findChromium } from './support/browser.ts';

const done = { status: 'passed', hintsShown: 0, checks: [{ passed: true, message: 'ok' }] };
const PROGRESS = {
  format: 'podlab-progress', version: 1, exportedAt: '2026-01-05T09:00:00.000Z',
  labs: [{
    lab: 'oom-killed',
    progress: {
      version: 1, lab: 'oom-killed', startedAt: 1, completedAt: 843_001, timeTakenMs: 843_000,
      tasks: Object.fromEntries(['write-manifest', 'create-pod', 'watch-it-fail', 'report', 'fix', 'clean-up'].map((t) => [t, done])),
    },
  }],
};

describe.skipIf(!findChromium())('the course overview in Chromium', () => {
  const built = builtSite();

  it('loads a progress file, shows the completed lab, and downloads the same progress again', async () => {
    const context = await built.browser.newContext({ acceptDownloads: true });
    const page = await context.newPage();
    await page.goto(`${built.site.url}/`);
    const item = page.locator('podlab-course-progress li[data-lab="oom-killed"]');
    await expect.poll(() => item.locator('.podlab-course__status').textContent()).toBe('Not started');

    await page.locator('podlab-course-progress input[type="file"]').setInputFiles({ name: 'progress.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(PROGRESS)) });
    await expect.poll(() => page.locator('.podlab-course__message').textContent()).toBe('Loaded progress for 1 lab.');
    expect(await item.locator('.podlab-course__status').textContent()).toBe('Completed in 14 min 3 s');
    await page.reload();
    await expect.poll(() => item.locator('.podlab-course__status').textContent()).toBe('Completed in 14 min 3 s');

    const [download] = await Promise.all([page.waitForEvent('download'), page.locator('button[data-action="export"]').click()]);
    const exported = JSON.parse(readFileSync((await download.path())!, 'utf8'));
    expect(exported.labs).toEqual(PROGRESS.labs);
    await context.close();
  });

  it('refuses a damaged progress file and changes nothing', async () => {
    const context = await built.browser.newContext();
    const page = await context.newPage();
    await page.goto(`${built.site.url}/`);
    const bad = { ...PROGRESS, labs: [{ lab: 'oom-killed', progress: { ...PROGRESS.labs[0].progress, tasks: { 'write-manifest': { status: 'won' } } } }] };
    await page.locator('podlab-course-progress input[type="file"]').setInputFiles({ name: 'progress.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(bad)) });
    await expect.poll(() => page.locator('.podlab-course__message').textContent()).toContain('That file was not loaded: labs[0] (oom-killed): progress record tasks.write-manifest');
    expect(await page.locator('li[data-lab="oom-killed"] .podlab-course__status').textContent()).toBe('Not started');
    await context.close();
  });
});
