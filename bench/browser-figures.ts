// Browser timings on the production build, in headless Debian Chromium.

import { findChromium, launchBrowser } from '../test/e2e/support/browser.ts';
import { serveStatic } from '../test/e2e/support/static-server.ts';

/** Milliseconds from navigation start to a prompt on screen that accepts input, per run. */
export async function navigationToPrompt(dist: string, path: string, runs: number): Promise<number[] | null> {
  if (!findChromium()) {
    console.warn('no Chromium found: browser figures skipped');
    return null;
  }
  const site = await serveStatic(dist);
  const browser = await launchBrowser();
  const samples: number[] = [];
  try {
    for (let i = 0; i < runs; i++) {
      const context = await browser.newContext();
      const page = await context.newPage();
      const start = Date.now();
      await page.goto(site.url + path);
      const terminal = page.locator('podlab-terminal').first();
      await terminal.scrollIntoViewIfNeeded();
      await page.waitForFunction(async () => {
        const el = document.querySelector('podlab-terminal') as (HTMLElement & { screenText(): Promise<string> }) | null;
        return el?.dataset.state === 'ready' && (await el.screenText()).endsWith('$');
      }, undefined, { polling: 5 });
      samples.push(Date.now() - start);
      await context.close();
    }
  } finally {
    await browser.close();
    await site.close();
  }
  return samples;
}
