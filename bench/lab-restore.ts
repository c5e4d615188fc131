// Restore of a saved lab in headless Chromium on the production build: the learner has created a
// pod and a file in a lesson's lab, the save is in IndexedDB, and the page is reloaded. A sample
// runs from the reload until the lab says the saved work is back and its terminal shows a prompt
// that takes input; that the pod and the file came back is checked after the timed runs.

import type { Page } from 'playwright-core';
import { findChromium, launchBrowser } from '../test/e2e/support/browser.ts';
import { serveStatic } from '../test/e2e/support/static-server.ts';

type TerminalElement = HTMLElement & { screenText(): Promise<string> };

async function labBack(page: Page, lab: string, restored: boolean): Promise<void> {
  await page.locator(lab).scrollIntoViewIfNeeded();
  await page.waitForFunction(async ([selector, restored]) => {
    const root = document.querySelector<HTMLElement>(selector as string);
    const terminal = root?.querySelector<TerminalElement>('podlab-terminal');
    if (root?.dataset.state !== 'ready' || terminal?.dataset.state !== 'ready') return false;
    if (restored && !root.querySelector('.podlab-lab__state')?.textContent?.includes('saved work is back')) return false;
    return (await terminal.screenText()).endsWith('$');
  }, [lab, restored] as const, { polling: 5, timeout: 60_000 });
}

/** Puts the keyboard in the lab's terminal, as a click does for a learner. */
async function focusTerminal(page: Page, lab: string): Promise<void> {
  await page.locator(lab).locator('.podlab-terminal__screen').click();
  await page.waitForFunction((selector) => document.activeElement === document.querySelector(`${selector as string} .xterm-helper-textarea`), lab, { timeout: 15_000 });
}

async function screenOf(page: Page, lab: string): Promise<string> {
  return page.locator(lab).locator('podlab-terminal').evaluate((el) => (el as TerminalElement).screenText());
}

async function waitFor(what: string, check: () => Promise<boolean>, page: Page, lab: string): Promise<void> {
  const deadline = Date.now() + 30_000;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`lab restore: ${what}; the terminal shows:\n${await screenOf(page, lab)}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

const savedAt = async (page: Page, lab: string) => Number(await page.locator(lab).locator('.podlab-lab__saved').getAttribute('data-saved-at') ?? 0);

/** Milliseconds from reload to the lab's prompt with the saved work back, per run. */
export async function labRestore(dist: string, path: string, labId: string, runs: number): Promise<number[] | null> {
  if (!findChromium()) {
    console.warn('no Chromium found: lab restore skipped');
    return null;
  }
  const lab = `podlab-lab[data-lab="${labId}"]`;
  const site = await serveStatic(dist);
  const browser = await launchBrowser();
  try {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(site.url + path);
    await labBack(page, lab, false);
    await focusTerminal(page, lab);
    await page.keyboard.type('kubectl run kept --image=nginx:1.27; echo kept > kept.txt\n');
    await waitFor('the pod was not created', async () => (await screenOf(page, lab)).includes('pod/kept created'), page, lab);
    const created = Date.now();
    await waitFor('the lab did not save', async () => (await savedAt(page, lab)) > created, page, lab);
    const samples: number[] = [];
    for (let i = 0; i < runs; i++) {
      const start = Date.now();
      await page.reload();
      await labBack(page, lab, true);
      samples.push(Date.now() - start);
    }
    await focusTerminal(page, lab);
    await page.keyboard.type('kubectl get pod kept -o name; cat kept.txt\n');
    await waitFor('the pod or the file did not come back', async () => /pod\/kept\nkept\n/.test(await screenOf(page, lab)), page, lab);
    await context.close();
    return samples;
  } finally {
    await browser.close();
    await site.close();
  }
}

if (import.meta.main) {
  const { join } = await import('node:path');
  console.log(JSON.stringify(await labRestore(join(import.meta.dirname, '../dist'), '/lessons/what-is-a-pod/', 'first-pod', 5)));
}
