// The lab's worker dies mid-lab (its global scope closes, as when it crashes): the page's
// supervisor notices the missed pings, says so, starts a new worker from the last save, and the
// learner's files and pods are back in the same terminal.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { builtSite, findChromium } from './support/browser.ts';

type TerminalElement = HTMLElement & { type(text: string): Promise<void>; screenText(): Promise<string> };

async function typeInLab(page: Page, line: string): Promise<void> {
  await page.locator('podlab-lab podlab-terminal').evaluate((el, text) => (el as TerminalElement).type(text), `${line}\r`);
}

const screen = (page: Page) => page.locator('podlab-lab podlab-terminal').evaluate((el) => (el as TerminalElement).screenText());
const savedAt = async (page: Page) => Number(await page.locator('.podlab-lab__saved').getAttribute('data-saved-at') ?? 0);

describe.skipIf(!findChromium())('a lab whose worker dies', () => {
  const built = builtSite();

  it('is restarted from the last save with the learner\'s files and pods back', async () => {
    const page = await (await built.browser.newContext()).newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(String(e)));
    await page.goto(`${built.site.url}/lessons/what-is-a-pod/`);
    await page.locator('podlab-lab').scrollIntoViewIfNeeded();
    await expect.poll(() => page.locator('podlab-lab').getAttribute('data-state'), { timeout: 30_000 }).toBe('ready');

    await typeInLab(page, 'echo kept-across-restart > /root/notes.txt');
    await typeInLab(page, 'kubectl run web --image=nginx');
    await expect.poll(() => page.locator('.podlab-task[data-task="run-nginx"]').getAttribute('data-status'), { timeout: 30_000 }).toBe('passed');
    const before = Date.now();
    await expect.poll(() => savedAt(page), { timeout: 20_000 }).toBeGreaterThan(before);

    const workers = page.workers().filter((w) => w.url().includes('machine.worker'));
    expect(workers.length).toBeGreaterThan(0);
    // Closing its global scope ends the worker: no more answers to pings, nothing thrown at the page.
    for (const w of workers) void w.evaluate(() => { (self as unknown as { close(): void }).close(); }).catch(() => {});

    await expect.poll(() => page.locator('.podlab-lab__notice').textContent(), { timeout: 30_000 }).toMatch(/restarted from your last save/);
    await expect.poll(() => page.locator('podlab-lab').getAttribute('data-state'), { timeout: 30_000 }).toBe('ready');

    // The terminal reconnects to the new machine: a fresh screen with its prompt.
    await expect.poll(() => screen(page), { timeout: 20_000 }).toMatch(/^controlplane:~\$\s*$/);
    await typeInLab(page, 'cat /root/notes.txt; kubectl get pod web --no-headers');
    // The file's contents alone on a line (not the echo that wrote it), then the Pod's row.
    await expect.poll(() => screen(page), { timeout: 20_000 }).toMatch(/^kept-across-restart\s*\n(.*\n)*web\s+\d\/1\s/m);
    expect(await page.locator('.podlab-task[data-task="run-nginx"]').getAttribute('data-status')).toBe('passed');
    expect(errors).toEqual([]);
    await page.close();
  });
});
