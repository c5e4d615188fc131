// Once a terminal page has loaded, the machine fetches every part it would otherwise load on
// first use, so the lab keeps working with the network gone (a laptop going offline, an intranet
// server restarting).
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { builtSite, findChromium } from './support/browser.ts';

const LESSON = '/lessons/what-is-a-pod/';

async function screenText(page: Page): Promise<string> {
  return page.locator('podlab-terminal').first().evaluate((el) => (el as HTMLElement & { screenText(): Promise<string> }).screenText());
}

describe.skipIf(!findChromium())('a terminal page offline', () => {
  const built = builtSite();

  it('runs tools, kubectl help and explain that were never used before the network went away', async () => {
    const context = await built.browser.newContext();
    const page = await context.newPage();
    const fetched: string[] = [];
    page.on('requestfinished', (r) => fetched.push(r.url()));
    await page.goto(built.site.url + LESSON);
    const terminal = page.locator('podlab-terminal').first();
    await terminal.scrollIntoViewIfNeeded();
    await expect.poll(() => terminal.getAttribute('data-state'), { timeout: 15_000 }).toBe('ready');
    // The machine fetches its on-demand parts a few seconds after the first prompt.
    await expect.poll(() => ['/awk-', '/core-v1-docs-', '/vi-'].every((c) => fetched.some((u) => u.includes(c))), { timeout: 20_000 }).toBe(true);
    await page.waitForLoadState('networkidle');
    await context.route('**/*', (route) => route.abort('internetdisconnected'));
    await terminal.locator('.podlab-terminal__screen').click();
    await page.keyboard.type("echo 'a b' | awk '{print $2}'; kubectl explain pod.spec.restartPolicy | head -2");
    await page.keyboard.press('Enter');
    await expect.poll(() => screenText(page), { timeout: 15_000 }).toContain('\nb\nKIND:       Pod\nVERSION:    v1\ncontrolplane:~$');
    await context.close();
  });
});
