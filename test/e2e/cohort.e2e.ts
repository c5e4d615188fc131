// The cohort page in Chromium: two learners' completion records loaded by a team lead and
// tabulated, a damaged one refused with its reason, and a learner's own record downloaded.
import { readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import { describe, expect, it } from 'vitest';
import { builtSite, findChromium } from './support/browser.ts';

const done = { status: 'passed', hintsShown: 0, checks: [{ passed: true, message: 'ok' }] };
const OOM_TASKS = ['write-manifest', 'create-pod', 'watch-it-fail', 'report', 'fix', 'clean-up'];
const record = (learner: string, labs: unknown[]) => Buffer.from(JSON.stringify({ format: 'podlab-progress', version: 1, exportedAt: '2026-03-04T10:00:00.000Z', learner, labs }));
const oomDone = {
  lab: 'oom-killed', savedAt: Date.UTC(2026, 2, 3, 12),
  progress: { version: 1, lab: 'oom-killed', startedAt: 1, completedAt: 843_001, timeTakenMs: 843_000, tasks: Object.fromEntries(OOM_TASKS.map((t) => [t, done])) },
};
const oomHalf = {
  lab: 'oom-killed',
  progress: { version: 1, lab: 'oom-killed', startedAt: 1, tasks: { 'write-manifest': done, 'create-pod': done } },
};

describe.skipIf(!findChromium())('the cohort page in Chromium', () => {
  const built = builtSite();

  it('tabulates two learners’ records and refuses a damaged one with its reason', async () => {
    const context = await built.browser.newContext();
    const page = await context.newPage();
    await page.goto(`${built.site.url}/cohort/`);
    await page.locator('podlab-cohort input[type="file"]').setInputFiles([
      { name: 'ada.json', mimeType: 'application/json', buffer: record('Ada <b>Lovelace</b>', [oomDone]) },
      { name: 'bob.json', mimeType: 'application/json', buffer: record('Bob', [oomHalf]) },
      { name: 'broken.json', mimeType: 'application/json', buffer: Buffer.from('{"format":"podlab-progress","version":1,"exportedAt":"x","labs":[]}') },
    ]);
    await expect.poll(() => page.locator('.podlab-cohort__message').textContent()).toBe('Loaded 2 of 3 records; the table has 2.');
    expect(await page.locator('.podlab-cohort__problems li').allTextContents()).toEqual(['broken.json was not loaded: exportedAt: exportedAt is not an ISO date and time.']);

    const rows = page.locator('.podlab-cohort tbody tr');
    expect(await rows.count()).toBe(2);
    // The learner's name is text, never markup.
    expect(await rows.nth(0).locator('th').textContent()).toBe('Ada <b>Lovelace</b>');
    expect(await page.locator('.podlab-cohort tbody b').count()).toBe(0);
    const col = await page.locator('.podlab-cohort thead th').evaluateAll((ths) => ths.findIndex((th) => (th as HTMLElement).dataset.lab === 'oom-killed'));
    expect(col).toBeGreaterThan(1);
    expect(await rows.nth(0).locator('td').nth(col - 1).textContent()).toBe('Done · 14 min 3 s · 2026-03-03');
    expect(await rows.nth(1).locator('td').nth(col - 1).textContent()).toBe('2 of 6 tasks');
    expect(await rows.nth(1).locator('td').nth(0).textContent()).toMatch(/^0 of \d+$/);

    // A record dropped on the drop zone joins the table like a picked one.
    await page.locator('.podlab-cohort__drop').evaluate((zone, json) => {
      const data = new DataTransfer();
      data.items.add(new File([json], 'cy.json', { type: 'application/json' }));
      zone.dispatchEvent(new DragEvent('drop', { dataTransfer: data, bubbles: true, cancelable: true }));
    }, record('Cy', []).toString());
    await expect.poll(() => rows.count()).toBe(3);

    const axe = await new AxeBuilder({ page }).include('podlab-cohort').analyze();
    expect(axe.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id)).toEqual([]);
    await context.close();
  });

  it('downloads the learner’s own record with their name, which the table reads back', async () => {
    const context = await built.browser.newContext({ acceptDownloads: true });
    const page = await context.newPage();
    await page.goto(`${built.site.url}/cohort/`);
    await page.locator('#podlab-learner').fill('Grace Hopper');
    const [download] = await Promise.all([page.waitForEvent('download'), page.locator('#podlab-learner').press('Enter')]);
    expect(download.suggestedFilename()).toMatch(/^podlab-record-grace-hopper-\d{4}-\d\d-\d\d\.json$/);
    const text = readFileSync((await download.path())!, 'utf8');
    // Keyboard only: from the name field, Tab reaches the download button and then the record picker.
    await page.locator('#podlab-learner').focus();
    const stops: string[] = [];
    for (let i = 0; i < 3; i++) {
      await page.keyboard.press('Tab');
      stops.push(await page.evaluate(() => { const el = document.activeElement as HTMLElement; return `${el.tagName.toLowerCase()}${el.getAttribute('type') ? `[${el.getAttribute('type')}]` : ''}`; }));
    }
    expect(stops.slice(0, 2)).toEqual(['button[submit]', 'input[file]']);
    expect(JSON.parse(text)).toMatchObject({ format: 'podlab-progress', version: 1, learner: 'Grace Hopper', labs: [] });
    await page.locator('podlab-cohort input[type="file"]').setInputFiles({ name: 'grace.json', mimeType: 'application/json', buffer: Buffer.from(text) });
    await expect.poll(() => page.locator('.podlab-cohort tbody th').textContent()).toBe('Grace Hopper');
    await context.close();
  });
});
