// Lesson blocks in Chromium: Run types a command into the page's terminal, Save puts a manifest
// on the simulated machine, a quiz answers only when asked, and a prediction opens on request.
import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { builtSite, findChromium } from './support/browser.ts';

const LESSON = '/lessons/what-is-a-pod/';

async function screenText(page: Page): Promise<string> {
  return page.locator('podlab-terminal').first().evaluate((el) => (el as HTMLElement & { screenText(): Promise<string> }).screenText());
}

describe.skipIf(!findChromium())('lesson blocks in Chromium', () => {
  const built = builtSite();
  let page: Page;
  const errors: string[] = [];

  beforeAll(async () => {
    page = await (await built.browser.newContext()).newPage();
    page.on('pageerror', (e) => errors.push(String(e)));
    page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
    await page.goto(built.site.url + LESSON);
  });

  it('runs a command block in the terminal above it', async () => {
    await page.locator('.podlab-command[data-text="kubectl get nodes"] button[data-podlab-action="run"]').click();
    await expect.poll(() => screenText(page), { timeout: 15_000 }).toContain('node01         Ready    <none>');
    await expect.poll(() => page.locator('.podlab-command[data-text="kubectl get nodes"] [data-podlab-status]').textContent()).toBe('Sent to the terminal.');
  });

  it('saves a manifest into the home folder on the simulated machine', async () => {
    await page.locator('.podlab-manifest[data-file="duo.yaml"] button[data-podlab-action="save"]').click();
    await expect.poll(() => screenText(page)).toContain("cat <<'EOF' > ~/duo.yaml");
    await page.locator('podlab-terminal').first().evaluate((el) => (el as HTMLElement & { type(t: string): Promise<void> }).type('grep -c name: duo.yaml\r'));
    await expect.poll(() => screenText(page)).toMatch(/grep -c name: duo\.yaml\n3\n/);
  });

  it('gives quiz feedback only when an answer is checked', async () => {
    const question = page.locator('[data-podlab-question]').first();
    const feedback = question.locator('[data-podlab-feedback]');
    await question.getByRole('radio', { name: 'The node\'s IP address' }).check();
    expect(await feedback.textContent()).toBe('');
    await question.getByRole('button', { name: 'Check answer 1' }).click();
    await expect.poll(() => feedback.textContent()).toMatch(/^Not quite\. The node's address reaches the node/);
    await question.getByRole('radio', { name: /localhost/ }).check();
    await question.getByRole('button', { name: 'Check answer 1' }).click();
    await expect.poll(() => feedback.textContent()).toMatch(/^Correct\. They share the Pod's network namespace/);
  });

  it('reveals a prediction on request', async () => {
    const details = page.locator('.podlab-predict details').first();
    expect(await details.evaluate((d) => (d as HTMLDetailsElement).open)).toBe(false);
    await details.locator('summary').click();
    expect(await details.evaluate((d) => (d as HTMLDetailsElement).open)).toBe(true);
  });

  it.each([LESSON, '/lessons/pod-lifecycle/'])('has no accessibility violations on %s', async (path) => {
    const p = await (await built.browser.newContext()).newPage();
    await p.goto(built.site.url + path);
    const result = await new AxeBuilder({ page: p }).analyze();
    expect(result.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`)).toEqual([]);
    await p.close();
  });

  it('logged no errors', () => {
    expect(errors).toEqual([]);
  });
});
