// A lesson's lab completed from the lesson page: the lesson's Run buttons do most of the work,
// the rest is typed, the lab panel marks every task done, and the course overview on the home
// page shows the lab completed.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { builtSite, findChromium } from './support/browser.ts';

type TerminalElement = HTMLElement & { type(text: string): Promise<void>; screenText(): Promise<string> };

const taskStatus = (page: Page, id: string) => page.locator(`.podlab-task[data-task="${id}"]`).getAttribute('data-status');

async function run(page: Page, cmd: string): Promise<void> {
  await page.locator(`.podlab-command[data-text="${cmd}"] button[data-podlab-action="run"]`).first().click();
}

async function typeInLab(page: Page, line: string): Promise<void> {
  await page.locator('podlab-lab podlab-terminal').evaluate((el, text) => (el as TerminalElement).type(text), `${line}\r`);
}

describe.skipIf(!findChromium())('the first-pod lab from lesson 1', () => {
  const built = builtSite();

  it('is completed with the lesson\'s Run buttons and a few typed lines, marked done, and shown done on the course overview', async () => {
    const page = await (await built.browser.newContext()).newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(String(e)));
    await page.goto(`${built.site.url}/lessons/what-is-a-pod/`);
    await page.locator('podlab-lab').scrollIntoViewIfNeeded();
    await expect.poll(() => page.locator('podlab-lab').getAttribute('data-state'), { timeout: 20_000 }).toBe('ready');

    await run(page, 'kubectl run web --image=nginx');
    await expect.poll(() => taskStatus(page, 'run-nginx'), { timeout: 30_000 }).toBe('passed');
    await run(page, 'kubectl get pod web -o wide');
    await run(page, 'kubectl describe pod web');
    await typeInLab(page, 'answer node01');
    await expect.poll(() => taskStatus(page, 'where-is-it'), { timeout: 15_000 }).toBe('passed');
    await run(page, 'kubectl logs web --tail=3');
    await typeInLab(page, 'answer 1.27.3');
    await run(page, 'kubectl exec web -- hostname');
    await expect.poll(() => taskStatus(page, 'exec'), { timeout: 15_000 }).toBe('passed');
    await expect.poll(() => taskStatus(page, 'logs'), { timeout: 15_000 }).toBe('passed');
    await run(page, 'kubectl delete pod web');
    await expect.poll(() => taskStatus(page, 'delete'), { timeout: 30_000 }).toBe('passed');
    await typeInLab(page, 'kubectl run web --image=nginx:alpine --dry-run=client -o yaml > web.yaml');
    await typeInLab(page, 'kubectl apply -f web.yaml');
    await expect.poll(() => taskStatus(page, 'apply'), { timeout: 30_000 }).toBe('passed');
    await expect.poll(() => page.locator('.podlab-lab__complete').isVisible()).toBe(true);
    const completed = Date.now();
    const statuses = await page.locator('podlab-lab .podlab-task').evaluateAll((tasks) => tasks.map((t) => (t as HTMLElement).dataset.status));
    expect(statuses).toEqual(Array(statuses.length).fill('passed'));
    expect(statuses.length).toBe(7);
    expect(await page.locator('.podlab-lab__summary').textContent()).toMatch(/^Lab complete: all 7 tasks done/);

    // Once saved, the home page's course overview reads the completed lab from this browser.
    await expect.poll(async () => Number(await page.locator('.podlab-lab__saved').getAttribute('data-saved-at') ?? 0), { timeout: 15_000 }).toBeGreaterThan(completed);
    await page.goto(`${built.site.url}/`);
    const item = page.locator('podlab-course-progress li[data-lab="first-pod"]');
    await expect.poll(() => item.getAttribute('data-status')).toBe('complete');
    expect(await item.locator('.podlab-course__status').textContent()).toMatch(/^Completed in \d/);
    expect(errors).toEqual([]);
    await page.close();
  });
});
