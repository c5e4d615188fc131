// The terminal on a phone and for everyone: the touch key bar, the light/dark theme followed, a
// 360 px lab page that does not scroll sideways (screenshot in test-results/), reduced motion.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { BrowserContextOptions, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { artefactsDir, builtSite, findChromium } from './support/browser.ts';

const LESSON = '/lessons/what-is-a-pod/';
const PHONE: BrowserContextOptions = { viewport: { width: 360, height: 740 }, hasTouch: true, isMobile: true, deviceScaleFactor: 2 };

type TerminalEl = HTMLElement & { screenText(): Promise<string>; themeBackground(): Promise<string | undefined> };
const screenText = (page: Page) => page.locator('podlab-terminal').first().evaluate((el) => (el as TerminalEl).screenText());

describe.skipIf(!findChromium())('the terminal on touch screens and in both themes', () => {
  const built = builtSite();

  async function ready(options: BrowserContextOptions): Promise<Page> {
    const page = await (await built.browser.newContext(options)).newPage();
    await page.goto(built.site.url + LESSON);
    const terminal = page.locator('podlab-terminal').first();
    await terminal.scrollIntoViewIfNeeded();
    await expect.poll(() => terminal.getAttribute('data-state'), { timeout: 15_000 }).toBe('ready');
    await expect.poll(() => screenText(page)).toBe('controlplane:~$');
    return page;
  }

  it('stops a running command with the key bar’s Ctrl-C, keeping the keyboard in the terminal', async () => {
    const page = await ready(PHONE);
    const terminal = page.locator('podlab-terminal').first();
    await terminal.locator('.podlab-terminal__screen').tap();
    await page.keyboard.type('sleep 1000');
    await page.keyboard.press('Enter');
    await expect.poll(() => screenText(page)).toBe('controlplane:~$ sleep 1000');
    const ctrlC = terminal.getByRole('button', { name: 'Ctrl-C', exact: true });
    expect(await ctrlC.isVisible()).toBe(true);
    await ctrlC.tap();
    await expect.poll(() => screenText(page)).toBe('controlplane:~$ sleep 1000\n^C\ncontrolplane:~$');
    expect(await page.evaluate(() => document.activeElement?.classList.contains('xterm-helper-textarea'))).toBe(true);

    // Up arrow from the bar recalls the command; the keyboard's Enter on a focused bar key works too.
    await terminal.getByRole('button', { name: 'Up arrow' }).tap();
    await expect.poll(() => screenText(page)).toBe('controlplane:~$ sleep 1000\n^C\ncontrolplane:~$ sleep 1000');
    await terminal.getByRole('button', { name: 'Ctrl-C', exact: true }).focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => screenText(page)).toBe('controlplane:~$ sleep 1000\n^C\ncontrolplane:~$ sleep 1000^C\ncontrolplane:~$');
    await page.context().close();
  });

  it('lays a lab page out in 360 px without sideways scrolling', async () => {
    const page = await ready(PHONE);
    await page.evaluate(() => window.scrollTo(0, 0));
    const overflow = await page.evaluate(() => {
      const el = document.scrollingElement!;
      return { scroll: el.scrollWidth, client: el.clientWidth, wide: [...document.querySelectorAll('main *')].filter((e) => e.getBoundingClientRect().right > el.clientWidth + 1 && !e.closest('pre, .expressive-code, .xterm, table, [data-podlab-scroll]')).map((e) => `${e.tagName}.${e.className}`).slice(0, 5) };
    });
    expect(overflow.wide).toEqual([]);
    expect(overflow.scroll).toBeLessThanOrEqual(overflow.client);
    mkdirSync(artefactsDir, { recursive: true });
    await page.locator('podlab-lab').first().evaluate((lab) => {
      lab.scrollIntoView({ block: 'start' });
      window.scrollBy(0, -120);
    });
    await page.screenshot({ path: join(artefactsDir, 'lab-page-360.png') });
    await page.screenshot({ path: join(artefactsDir, 'lab-page-360-full.png'), fullPage: true });
    await page.context().close();
  });

  it('hides the key bar on a wide screen with a mouse', async () => {
    const page = await ready({ viewport: { width: 1280, height: 800 } });
    expect(await page.locator('.podlab-terminal__keys').first().isVisible()).toBe(false);
    await page.context().close();
  });

  it('switches the terminal’s colours when the site’s theme changes', async () => {
    const page = await ready({ viewport: { width: 1280, height: 800 }, colorScheme: 'dark' });
    const terminal = page.locator('podlab-terminal').first();
    const background = () => terminal.evaluate((el) => (el as TerminalEl).themeBackground());
    const drawn = () => terminal.locator('.xterm-scrollable-element').evaluate((el) => getComputedStyle(el).backgroundColor);
    expect(await background()).toBe('#14161b');
    expect(await drawn()).toBe('rgb(20, 22, 27)');
    await page.locator('starlight-theme-select select').first().selectOption('light');
    await expect.poll(background).toBe('#fbfbfc');
    await expect.poll(drawn).toBe('rgb(251, 251, 252)');
    await page.locator('starlight-theme-select select').first().selectOption('dark');
    await expect.poll(background).toBe('#14161b');
    await page.context().close();
  });

  it('does not blink the cursor when the learner asks for reduced motion', async () => {
    const blinking = async (reducedMotion: 'reduce' | 'no-preference') => {
      const page = await ready({ viewport: { width: 1280, height: 800 }, reducedMotion });
      await page.locator('podlab-terminal .podlab-terminal__screen').first().click();
      const blink = await page.locator('podlab-terminal .xterm-cursor-blink').count();
      await page.context().close();
      return blink;
    };
    expect(await blinking('no-preference')).toBeGreaterThan(0);
    expect(await blinking('reduce')).toBe(0);
  });
});
