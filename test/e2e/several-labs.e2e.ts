// Two labs on one lesson page (lesson 2: bad-image and run-to-completion), each on a machine of
// its own: separate clusters and files, separate grading, separate saves, and a Run button that
// types into the lab terminal above it.
import AxeBuilder from '@axe-core/playwright';
import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { builtSite, findChromium } from './support/browser.ts';

const LESSON = '/lessons/pod-lifecycle/';

type TerminalElement = HTMLElement & { type(text: string): Promise<void>; screenText(): Promise<string> };

const lab = (page: Page, id: string) => page.locator(`podlab-lab[data-lab="${id}"]`);
const screenText = (l: Locator) => l.locator('podlab-terminal').evaluate((el) => (el as TerminalElement).screenText());
const typeIn = (l: Locator, line: string) => l.locator('podlab-terminal').evaluate((el, text) => (el as TerminalElement).type(text), `${line}\r`);
const taskStatus = (l: Locator, id: string) => l.locator(`.podlab-task[data-task="${id}"]`).getAttribute('data-status');

async function ready(l: Locator): Promise<void> {
  await l.scrollIntoViewIfNeeded();
  await expect.poll(() => l.getAttribute('data-state'), { timeout: 20_000 }).toBe('ready');
  await expect.poll(() => l.locator('podlab-terminal').getAttribute('data-state'), { timeout: 20_000 }).toBe('ready');
  await expect.poll(() => screenText(l), { timeout: 20_000 }).toMatch(/controlplane:~\$$/);
}

describe.skipIf(!findChromium())('several labs on one page', () => {
  const built = builtSite();

  it('runs each lab on its own machine, grades and saves them apart, and Run types into the lab above', async () => {
    const context = await built.browser.newContext();
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(String(e)));
    page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
    await page.goto(built.site.url + LESSON);
    expect(await page.locator('podlab-lab').count()).toBe(3);
    const badImage = lab(page, 'bad-image');
    const toCompletion = lab(page, 'run-to-completion');
    await ready(badImage);
    await ready(toCompletion);
    expect(page.workers().filter((w) => w.url().includes('machine.worker')).length).toBeGreaterThanOrEqual(2);

    const typed = Date.now();
    // bad-image's cluster has the broken Pod shop; run-to-completion's has none.
    await typeIn(badImage, 'kubectl get pod shop');
    await expect.poll(() => screenText(badImage), { timeout: 15_000 }).toMatch(/shop\s+0\/1\s+(ErrImagePull|ImagePullBackOff)/);
    await typeIn(toCompletion, 'kubectl get pod shop; echo mine > only-here.txt');
    await expect.poll(() => screenText(toCompletion), { timeout: 15_000 }).toContain('Error from server (NotFound): pods "shop" not found');

    // Grading in one lab leaves the other alone.
    await typeIn(badImage, 'answer nginx:1.27.99');
    await expect.poll(() => taskStatus(badImage, 'diagnose'), { timeout: 15_000 }).toBe('passed');
    expect(await toCompletion.locator('.podlab-lab__summary').textContent()).toMatch(/^0 of \d+ tasks done\.$/);

    // A Run button placed after a lab types into that lab's terminal, not the next lab's.
    await page.evaluate(() => {
      const block = document.createElement('div');
      block.dataset.podlabBlock = '';
      block.dataset.text = 'ls only-here.txt || echo not-in-this-lab';
      block.innerHTML = '<button type="button" data-podlab-action="run">Run</button><p data-podlab-status></p>';
      document.querySelector('podlab-lab[data-lab="bad-image"]')!.after(block);
    });
    await page.locator('[data-text="ls only-here.txt || echo not-in-this-lab"] button').click();
    await expect.poll(() => screenText(badImage), { timeout: 15_000 }).toContain('not-in-this-lab');
    expect(await screenText(toCompletion)).not.toContain('not-in-this-lab');

    // Each lab comes back from its own save.
    await expect.poll(async () => Number(await badImage.locator('.podlab-lab__saved').getAttribute('data-saved-at') ?? 0), { timeout: 15_000 }).toBeGreaterThan(typed);
    await expect.poll(async () => Number(await toCompletion.locator('.podlab-lab__saved').getAttribute('data-saved-at') ?? 0), { timeout: 15_000 }).toBeGreaterThan(typed);
    await page.reload();
    await ready(lab(page, 'bad-image'));
    await ready(lab(page, 'run-to-completion'));
    expect(await taskStatus(lab(page, 'bad-image'), 'diagnose')).toBe('passed');
    expect(await taskStatus(lab(page, 'run-to-completion'), 'countdown')).toBe('open');
    await typeIn(lab(page, 'run-to-completion'), 'cat only-here.txt');
    await expect.poll(() => screenText(lab(page, 'run-to-completion')), { timeout: 15_000 }).toMatch(/^mine$/m);

    const result = await new AxeBuilder({ page }).include('podlab-lab').analyze();
    const bad = result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
    expect(bad.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`)).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('restarts only the lab whose worker stopped answering', async () => {
    const context = await built.browser.newContext();
    const page = await context.newPage();
    await page.goto(built.site.url + LESSON);
    const badImage = lab(page, 'bad-image');
    const toCompletion = lab(page, 'run-to-completion');
    await ready(badImage);
    await ready(toCompletion);
    await typeIn(toCompletion, 'echo still-here');
    await expect.poll(() => screenText(toCompletion)).toContain('still-here');
    // Each lab's worker is named after its lab; stop bad-image's.
    const names = await Promise.all(page.workers().map((w) => w.evaluate(() => self.name).catch(() => '')));
    const worker = page.workers()[names.indexOf('podlab-machine:bad-image')];
    expect(worker).toBeDefined();
    await worker.evaluate(() => { self.close(); });
    await expect.poll(() => badImage.locator('.podlab-lab__notice').textContent(), { timeout: 20_000 }).toContain('stopped responding');
    await expect.poll(() => badImage.getAttribute('data-state'), { timeout: 20_000 }).toBe('ready');
    expect(await toCompletion.locator('.podlab-lab__notice').isHidden()).toBe(true);
    expect(await screenText(toCompletion)).toContain('still-here');
    await context.close();
  });
});
