// The built site in real Chromium: a lesson page, its terminal, and its accessibility.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { artefactsDir, builtSite, findChromium } from './support/browser.ts';

const LESSON = '/lessons/what-is-a-pod/';

async function screenText(page: Page): Promise<string> {
  return page.locator('podlab-terminal').first().evaluate((el) => (el as HTMLElement & { screenText(): Promise<string> }).screenText());
}

describe.skipIf(!findChromium())('a lesson page in Chromium', () => {
  const built = builtSite();
  const errors: string[] = [];

  async function open(path: string): Promise<Page> {
    const page = await (await built.browser.newContext()).newPage();
    page.on('pageerror', (e) => errors.push(String(e)));
    page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
    await page.goto(built.site.url + path);
    return page;
  }

  it('runs echo hello in the embedded terminal', async () => {
    const page = await open(LESSON);
    const terminal = page.locator('podlab-terminal').first();
    await terminal.scrollIntoViewIfNeeded();
    await expect.poll(() => terminal.getAttribute('data-state'), { timeout: 15_000 }).toBe('ready');
    await expect.poll(() => screenText(page)).toBe('controlplane:~$');
    // On a lesson with a lab, the lab's panel starts beside the terminal; type where the learner clicked.
    await terminal.locator('.podlab-terminal__screen').click();
    await page.keyboard.type('echo hello');
    await page.keyboard.press('Enter');
    await expect.poll(() => screenText(page)).toBe('controlplane:~$ echo hello\nhello\ncontrolplane:~$');
    mkdirSync(artefactsDir, { recursive: true });
    await terminal.screenshot({ path: join(artefactsDir, 'lesson-terminal.png') });
    expect(errors).toEqual([]);
    await page.close();
  });

  it('does not load the terminal code until the terminal is reached', async () => {
    const page = await (await built.browser.newContext({ viewport: { width: 1280, height: 400 } })).newPage();
    const scripts: string[] = [];
    page.on('request', (r) => { if (r.resourceType() === 'script' || r.url().endsWith('.js')) scripts.push(r.url()); });
    await page.goto(built.site.url + LESSON);
    await page.waitForLoadState('networkidle');
    expect(scripts.some((s) => s.includes('terminal-session') || s.includes('machine.worker'))).toBe(false);
    await page.locator('podlab-terminal').first().scrollIntoViewIfNeeded();
    await expect.poll(() => scripts.some((s) => s.includes('machine.worker'))).toBe(true);
    await page.close();
  });

  it.each(['/', LESSON])('has no serious or critical accessibility violations on %s', async (path) => {
    const page = await open(path);
    if (path === LESSON) {
      await page.locator('podlab-terminal').first().scrollIntoViewIfNeeded();
      await expect.poll(() => page.locator('podlab-terminal').first().getAttribute('data-state'), { timeout: 15_000 }).toBe('ready');
    }
    const result = await new AxeBuilder({ page }).analyze();
    const bad = result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
    expect(bad.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`)).toEqual([]);
    await page.close();
  });
});
