// Typing latency on a lesson page's terminal, in headless Chromium on the production build: a key
// press until its echo is drawn, and Enter on `kubectl get pods` (30 pods) until the listing and
// the next prompt are drawn.
//
// How it is measured, all inside the page and on the page's own clock (performance.now):
// - start: the `keydown` event's timeStamp, taken by a capturing listener on the window. Chromium
//   stamps an input event when it is dispatched into the page, before any of PodLab's handlers.
// - end: xterm's DOM renderer rewrites the row elements under `.xterm-rows` inside a
//   requestAnimationFrame callback. A MutationObserver on those rows reads their text after each
//   change; once the expected text is there it posts a MessageChannel message, which is delivered
//   only after that frame's style, layout and paint steps have run. Its arrival is "drawn".
// Messages from the machine's worker are time-stamped too (a listener on every Worker, added before
// the page's scripts run), to split a sample into the worker's reply and xterm's share.
// So a sample covers xterm's key handling, the message to the machine's worker, the shell's echo
// (or the whole kubectl command), the message back, xterm's parse and its frame.

import type { Page } from 'playwright-core';
import { findChromium, launchBrowser } from '../test/e2e/support/browser.ts';
import { serveStatic } from '../test/e2e/support/static-server.ts';

/** One key press: ms from keydown to the worker's first and last reply, and to the frame drawn. */
export interface Sample {
  firstReply: number;
  lastReply: number;
  drawn: number;
}

export interface TerminalLatency {
  /** Key press → echo drawn, per key. */
  echo: Sample[];
  /** Enter on `kubectl get pods` with 30 pods → output and prompt drawn, per run. */
  getPods: Sample[];
}

function stampWorkerMessages(): void {
  const w = window as unknown as { workerMessages: number[] };
  w.workerMessages = [];
  const Base = window.Worker;
  window.Worker = class extends Base {
    constructor(url: string | URL, options?: WorkerOptions) {
      super(url, options);
      this.addEventListener('message', () => { w.workerMessages.push(performance.now()); });
    }
  };
}

const PODS = 30;
const LAST_POD = `pod-${PODS}`;

// Installed in the page: arms a probe that resolves with the latency once `want` holds for the
// text of the terminal's rows. `want` names a check: the last non-empty row ends with `arg`, or
// the listing's last pod is on screen with a bare prompt after it.
function arm([want, arg]: [string, string]): void {
  const host = document.querySelector('podlab-terminal')!;
  const rows = host.querySelector('.xterm-rows')!;
  const w = window as unknown as { probe: Promise<Sample>; workerMessages: number[] };
  w.workerMessages.length = 0;
  const rowsText = () => [...rows.children].map((r) => (r.textContent ?? '').replace(/\u00a0/g, ' ').trimEnd());
  const done = (lines: string[]) => {
    const filled = lines.filter((l) => l !== '');
    const last = filled[filled.length - 1] ?? '';
    if (want === 'last-row-ends') return last.endsWith(arg);
    return filled.some((l) => l.startsWith(`${arg} `)) && last.endsWith('$');
  };
  let start: number | undefined;
  addEventListener('keydown', (e) => { start ??= e.timeStamp; }, { capture: true, once: true });
  w.probe = new Promise<Sample>((resolve) => {
    const observer = new MutationObserver(() => {
      if (start === undefined || !done(rowsText())) return;
      observer.disconnect();
      const channel = new MessageChannel();
      const replies = w.workerMessages.filter((t) => t >= start!);
      channel.port1.onmessage = () => resolve({
        firstReply: (replies[0] ?? NaN) - start!, lastReply: (replies[replies.length - 1] ?? NaN) - start!, drawn: performance.now() - start!,
      });
      channel.port2.postMessage(0);
    });
    observer.observe(rows, { childList: true, subtree: true, characterData: true });
  });
}

async function lastRow(page: Page): Promise<string> {
  return page.evaluate(async () => {
    const el = document.querySelector('podlab-terminal') as HTMLElement & { screenText(): Promise<string> };
    const lines = (await el.screenText()).split('\n').filter((l) => l !== '');
    return lines[lines.length - 1] ?? '';
  });
}

async function until(what: string, check: () => Promise<boolean>, timeoutMs = 30_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`terminal latency: timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

async function timed(page: Page, want: [string, string], key: string): Promise<Sample> {
  await page.evaluate(arm, want);
  await page.keyboard.press(key);
  return page.evaluate(() => (window as unknown as { probe: Promise<Sample> }).probe);
}

export async function terminalLatency(dist: string, path: string, keys: number, runs: number): Promise<TerminalLatency | null> {
  if (!findChromium()) {
    console.warn('no Chromium found: terminal latency skipped');
    return null;
  }
  const site = await serveStatic(dist);
  const browser = await launchBrowser();
  try {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.addInitScript(stampWorkerMessages);
    await page.goto(site.url + path);
    const terminal = page.locator('podlab-terminal').first();
    await terminal.scrollIntoViewIfNeeded();
    await until('the prompt', async () => (await terminal.getAttribute('data-state')) === 'ready' && (await lastRow(page)).endsWith('$'));
    await terminal.locator('.podlab-terminal__screen').click();

    const echo: Sample[] = [];
    let typed = '';
    for (let i = 0; i < keys; i++) {
      // A fresh line every 20 keys keeps the echo on one row.
      if (typed.length === 20) {
        await page.keyboard.press('Control+C');
        await until('a fresh prompt', async () => (await lastRow(page)).endsWith('$'));
        typed = '';
      }
      const ch = String.fromCharCode(97 + (i % 26));
      typed += ch;
      echo.push(await timed(page, ['last-row-ends', `$ ${typed}`], ch));
    }
    await page.keyboard.press('Control+C');

    // 30 pods, named so the listing ends with pod-30; wait (in wall time, which the worker's
    // virtual clock follows) until they run, so the listing is the usual one.
    await page.keyboard.type(`for i in $(seq -w 1 ${PODS}); do kubectl run pod-$i --image=nginx:1.27 >/dev/null; done; clear\n`);
    const screen = () => terminal.evaluate(async (el) => (el as HTMLElement & { screenText(): Promise<string> }).screenText());
    await until('the pods to run', async () => {
      if (!(await lastRow(page)).endsWith('$')) return false;
      if (new RegExp(`(^|\\n)${PODS}\\n`).test(await screen())) return true;
      await page.keyboard.type('clear; kubectl get pods --no-headers | grep -c Running\n');
      await new Promise((r) => setTimeout(r, 500));
      return false;
    }, 120_000);

    const getPods: Sample[] = [];
    for (let i = 0; i < runs; i++) {
      await page.keyboard.type('clear\n');
      await until('a clear screen', async () => {
        const text = await screen();
        return text.trim().endsWith('$') && !text.includes('\n');
      });
      await page.keyboard.type('kubectl get pods');
      await until('the command echoed', async () => (await lastRow(page)).endsWith('$ kubectl get pods'));
      getPods.push(await timed(page, ['listing', LAST_POD], 'Enter'));
    }
    await context.close();
    return { echo, getPods };
  } finally {
    await browser.close();
    await site.close();
  }
}

if (import.meta.main) {
  const { join } = await import('node:path');
  console.log(JSON.stringify(await terminalLatency(join(import.meta.dirname, '../dist'), '/lessons/what-is-a-pod/', 40, 20)));
}
