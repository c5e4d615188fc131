// The lab panel in real Chromium: live grading, work that survives a reload, Reset, a damaged
// save set aside, two tabs on one lab, accessibility and a 360 px screen.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import type { BrowserContext, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { artefactsDir, builtSite, findChromium } from './support/browser.ts';

const LESSON = '/lessons/resources-qos/';
// The lesson holds three labs; these tests work on the first.
const LAB = 'podlab-lab[data-lab="oom-killed"]';

const MANIFEST = [
  "cat > oom-pod.yaml <<'EOF'",
  'apiVersion: v1', 'kind: Pod', 'metadata:', '  name: memory-hog', 'spec:', '  containers:', '  - name: stress-test',
  '    image: polinux/stress', '    resources:', '      limits:', '        memory: 50Mi', '    command: ["stress"]',
  '    args: ["--vm", "1", "--vm-bytes", "150M", "--vm-hang", "1"]', 'EOF',
];

async function screenText(page: Page): Promise<string> {
  return page.locator(LAB).locator('podlab-terminal').first().evaluate((el) => (el as HTMLElement & { screenText(): Promise<string> }).screenText());
}

const taskStatus = (page: Page, id: string) => page.locator(LAB).locator(`.podlab-task[data-task="${id}"]`).getAttribute('data-status');
const savedAt = async (page: Page) => Number(await page.locator(LAB).locator('.podlab-lab__saved').getAttribute('data-saved-at') ?? 0);

async function typeLines(page: Page, lines: string[]): Promise<void> {
  for (const line of lines) {
    await page.keyboard.type(line);
    await page.keyboard.press('Enter');
  }
}

describe.skipIf(!findChromium())('a lab page in Chromium', () => {
  const built = builtSite();
  const errors: string[] = [];

  async function open(context: BrowserContext): Promise<Page> {
    const page = await context.newPage();
    page.on('pageerror', (e) => errors.push(String(e)));
    page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
    await page.goto(built.site.url + LESSON);
    return page;
  }

  async function ready(page: Page): Promise<void> {
    await page.locator(LAB).scrollIntoViewIfNeeded();
    await expect.poll(() => page.locator(LAB).getAttribute('data-state'), { timeout: 20_000 }).toBe('ready');
    await expect.poll(() => page.locator(LAB).locator('podlab-terminal').getAttribute('data-state'), { timeout: 20_000 }).toBe('ready');
    await expect.poll(() => screenText(page)).toMatch(/controlplane:~\$$/);
    await page.locator(LAB).locator('.podlab-terminal__screen').click();
  }

  it('keeps the file, the pod and the progress across a reload, and Reset brings back the start state', async () => {
    const context = await built.browser.newContext();
    const page = await open(context);
    await ready(page);
    expect(await taskStatus(page, 'write-manifest')).toBe('open');
    await expect.poll(() => page.locator(LAB).locator('.podlab-task[data-task="write-manifest"] .podlab-task__check').textContent()).not.toBe('');

    await typeLines(page, MANIFEST);
    await expect.poll(() => taskStatus(page, 'write-manifest'), { timeout: 15_000 }).toBe('passed');
    await typeLines(page, ['kubectl apply -f oom-pod.yaml']);
    await expect.poll(() => screenText(page)).toContain('pod/memory-hog created');
    await expect.poll(() => taskStatus(page, 'create-pod'), { timeout: 15_000 }).toBe('passed');
    const created = Date.now();
    await expect.poll(() => savedAt(page), { timeout: 15_000 }).toBeGreaterThan(created);

    await page.reload();
    await ready(page);
    expect(await page.locator(LAB).locator('.podlab-lab__state').textContent()).toContain('your saved work is back');
    expect(await taskStatus(page, 'write-manifest')).toBe('passed');
    expect(await taskStatus(page, 'create-pod')).toBe('passed');
    expect(await taskStatus(page, 'watch-it-fail')).toBe('open');
    // The shell history came back too: Up recalls the line typed before the reload.
    await page.keyboard.press('ArrowUp');
    await expect.poll(() => screenText(page)).toMatch(/controlplane:~\$ kubectl apply -f oom-pod\.yaml$/);
    await page.keyboard.press('Control+C');
    await typeLines(page, ['ls', 'kubectl get pod memory-hog -o name']);
    await expect.poll(() => screenText(page)).toContain('pod/memory-hog');
    expect(await screenText(page)).toContain('oom-pod.yaml');

    await page.locator(LAB).locator('button[data-action="reset"]').click();
    await page.locator(LAB).locator('.podlab-lab__confirm button[value="ok"]').click();
    await expect.poll(() => taskStatus(page, 'write-manifest'), { timeout: 15_000 }).toBe('open');
    expect(await taskStatus(page, 'create-pod')).toBe('locked');
    await page.locator(LAB).locator('.podlab-terminal__screen').click();
    await typeLines(page, ['ls; kubectl get pods']);
    await expect.poll(() => screenText(page)).toContain('No resources found in default namespace.');
    expect(await screenText(page)).not.toContain('oom-pod.yaml');

    await page.reload();
    await ready(page);
    expect(await taskStatus(page, 'write-manifest')).toBe('open');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('restarts a worker that stopped answering from the last save, with the files and pods back', async () => {
    const context = await built.browser.newContext();
    const page = await open(context);
    await ready(page);
    await typeLines(page, [...MANIFEST, 'kubectl apply -f oom-pod.yaml']);
    await expect.poll(() => taskStatus(page, 'create-pod'), { timeout: 15_000 }).toBe('passed');
    const created = Date.now();
    await expect.poll(() => savedAt(page), { timeout: 15_000 }).toBeGreaterThan(created);
    // Each lab's worker is named after its lab.
    const names = await Promise.all(page.workers().map((w) => w.evaluate(() => self.name).catch(() => '')));
    const worker = page.workers()[names.indexOf('podlab-machine:oom-killed')];
    await worker.evaluate(() => { self.close(); });
    await expect.poll(() => page.locator(LAB).locator('.podlab-lab__notice').textContent(), { timeout: 20_000 }).toContain('restarted from your last save');
    await expect.poll(() => page.locator(LAB).getAttribute('data-state'), { timeout: 20_000 }).toBe('ready');
    await expect.poll(() => screenText(page), { timeout: 15_000 }).toMatch(/^controlplane:~\$$/);
    await page.locator(LAB).locator('.podlab-terminal__screen').click();
    await typeLines(page, ['ls', 'kubectl get pod memory-hog -o name']);
    await expect.poll(() => screenText(page)).toContain('pod/memory-hog');
    expect(await screenText(page)).toContain('oom-pod.yaml');
    expect(await taskStatus(page, 'create-pod')).toBe('passed');
    await context.close();
  });

  it('reveals hints one at a time and the solution only after confirming', async () => {
    const context = await built.browser.newContext();
    const page = await open(context);
    await ready(page);
    const task = page.locator(LAB).locator('.podlab-task[data-task="write-manifest"]');
    await task.locator('button[data-action="hint"]').click();
    await expect.poll(() => task.locator('.podlab-task__hint-list li').count()).toBe(1);
    expect(await task.locator('button[data-action="hint"]').textContent()).toBe('Show hint 2 of 2');
    await task.locator('button[data-action="hint"]').click();
    await expect.poll(() => task.locator('.podlab-task__hint-list li').count()).toBe(2);
    expect(await task.locator('button[data-action="hint"]').isDisabled()).toBe(true);

    await page.locator(LAB).locator('button[data-action="solution"]').click();
    await page.keyboard.press('Escape');
    expect(await page.locator(LAB).locator('.podlab-lab__solution').isHidden()).toBe(true);
    await page.locator(LAB).locator('button[data-action="solution"]').click();
    await page.locator(LAB).locator('.podlab-lab__confirm button[value="ok"]').click();
    await expect.poll(() => page.locator(LAB).locator('.podlab-lab__solution code').textContent()).toContain('kubectl apply -f oom-pod.yaml');
    await context.close();
  });

  it('sets a damaged save aside with a message and starts the lab fresh', async () => {
    const context = await built.browser.newContext();
    const page = await open(context);
    await ready(page);
    await expect.poll(() => savedAt(page), { timeout: 15_000 }).toBeGreaterThan(0);
    // Damage the save from a page without the lab, so no lab tab can save over it.
    await page.goto(`${built.site.url}/`);
    await page.evaluate(() => new Promise<void>((resolve, reject) => {
      const req = indexedDB.open('podlab');
      req.onsuccess = () => {
        const tx = req.result.transaction('kv', 'readwrite');
        const store = tx.objectStore('kv');
        const get = store.get('snapshot:oom-killed');
        get.onsuccess = () => {
          const record = get.result;
          record.saved.snapshot.version = 99;
          store.put(record, 'snapshot:oom-killed');
        };
        tx.oncomplete = () => resolve();
        tx.onerror = () => reject(tx.error);
      };
    }));
    await page.close();
    const again = await open(context);
    await ready(again);
    const notice = again.locator(LAB).locator('.podlab-lab__notice');
    await expect.poll(() => notice.textContent()).toContain('could not be restored');
    expect(await notice.textContent()).toContain('format version 99');
    const keys = await again.evaluate(() => new Promise<string[]>((resolve) => {
      const req = indexedDB.open('podlab');
      req.onsuccess = () => {
        const get = req.result.transaction('kv').objectStore('kv').getAllKeys();
        get.onsuccess = () => resolve(get.result.map(String));
      };
    }));
    expect(keys.some((k) => k.startsWith('aside:oom-killed:'))).toBe(true);
    await context.close();
  });

  it('lets only one tab work on a lab, and the second can take it over', async () => {
    const context = await built.browser.newContext();
    const first = await open(context);
    await ready(first);
    const second = await open(context);
    await second.locator(LAB).scrollIntoViewIfNeeded();
    await expect.poll(() => second.locator(LAB).getAttribute('data-state'), { timeout: 15_000 }).toBe('busy');
    expect(await second.locator(LAB).locator('.podlab-lab__busy').textContent()).toContain('open in another tab');
    await second.locator(LAB).locator('button[data-action="take-over"]').click();
    await expect.poll(() => second.locator(LAB).getAttribute('data-state'), { timeout: 20_000 }).toBe('ready');
    await expect.poll(() => first.locator(LAB).getAttribute('data-state')).toBe('busy');

    // Work done in the second tab is what the first continues from when it takes the lab back.
    await expect.poll(() => screenText(second), { timeout: 20_000 }).toMatch(/controlplane:~\$$/);
    await second.locator(LAB).locator('.podlab-terminal__screen').click();
    await typeLines(second, ['echo from-second > second.txt']);
    const written = Date.now();
    await expect.poll(() => savedAt(second), { timeout: 15_000 }).toBeGreaterThan(written);
    await first.locator(LAB).locator('button[data-action="take-over"]').click();
    await expect.poll(() => first.locator(LAB).getAttribute('data-state'), { timeout: 20_000 }).toBe('ready');
    await expect.poll(() => second.locator(LAB).getAttribute('data-state')).toBe('busy');
    await expect.poll(() => screenText(first), { timeout: 15_000 }).toMatch(/controlplane:~\$$/);
    await first.locator(LAB).locator('.podlab-terminal__screen').click();
    await typeLines(first, ['cat second.txt']);
    await expect.poll(() => screenText(first)).toContain('from-second');
    await context.close();
  });

  it('lets a keyboard user leave the terminal with Escape then Tab and reach the panel', async () => {
    const context = await built.browser.newContext();
    const page = await open(context);
    await ready(page);
    await page.keyboard.type('kubectl ver');
    await page.keyboard.press('Tab');
    await expect.poll(() => screenText(page)).toMatch(/kubectl version$/);
    await page.keyboard.press('Escape');
    await page.keyboard.press('Tab');
    const focused = await page.evaluate(() => document.activeElement?.closest('.podlab-lab__panel, .podlab-terminal')?.className ?? '');
    expect(focused).toContain('podlab-lab__panel');
    await context.close();
  });

  it('fits a 360 px screen and has no serious accessibility violations', async () => {
    const context = await built.browser.newContext({ viewport: { width: 360, height: 740 }, reducedMotion: 'reduce' });
    const page = await open(context);
    await ready(page);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    mkdirSync(artefactsDir, { recursive: true });
    await page.locator(LAB).screenshot({ path: join(artefactsDir, 'lab-360.png') });
    const result = await new AxeBuilder({ page }).include(LAB).analyze();
    const bad = result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
    expect(bad.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`)).toEqual([]);
    await context.close();
  });

  it('loads no lab code on a page without a lab', async () => {
    const page = await (await built.browser.newContext()).newPage();
    const scripts: string[] = [];
    page.on('request', (r) => { if (r.url().endsWith('.js')) scripts.push(r.url()); });
    await page.goto(`${built.site.url}/`);
    await page.waitForLoadState('networkidle');
    expect(scripts.filter((s) => /lab-(element|controller)|Lab\.astro/.test(s))).toEqual([]);
    await page.close();
  });
});
