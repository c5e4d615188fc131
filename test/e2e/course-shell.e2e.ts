// The course around the lessons in Chromium: the home page's course map with progress, the
// sidebar's progress markers, previous/next links in lesson order, the glossary, and search
// working offline from the static build.
import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { readLessons } from '../../scripts/lessons.mjs';
import { pageCost } from '../../bench/sizes.ts';
import { builtSite, distDir, findChromium } from './support/browser.ts';

const lessons = readLessons(new URL('../..', import.meta.url).pathname) as { id: string; title: string; order: number }[];
const PLANNED = ['static-pods', 'multi-container', 'probes', 'resources-qos', 'security-contexts', 'debugging', 'scheduling'];

/** Stores a completed progress record for `lab`, as the lab panel would after finishing it. */
async function storeCompleted(page: Page, lab: string): Promise<void> {
  await page.evaluate((id) => new Promise<void>((resolve, reject) => {
    const req = indexedDB.open('podlab', 1);
    req.onupgradeneeded = () => req.result.createObjectStore('kv');
    req.onsuccess = () => {
      const tx = req.result.transaction('kv', 'readwrite');
      tx.objectStore('kv').put({ version: 1, lab: id, savedAt: 1, progress: { version: 1, lab: id, startedAt: 1, completedAt: 60_001, timeTakenMs: 60_000, tasks: {} } }, `progress:${id}`);
      tx.oncomplete = () => { req.result.close(); resolve(); };
      tx.onerror = () => reject(tx.error);
    };
  }), lab);
}

async function seriousViolations(page: Page): Promise<string[]> {
  const result = await new AxeBuilder({ page }).analyze();
  return result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
}

describe.skipIf(!findChromium())('the course shell in Chromium', () => {
  const built = builtSite();

  it('shows on the home page what the course is, for whom, and a map of every lesson with its labs and progress', async () => {
    const page = await (await built.browser.newContext()).newPage();
    await page.goto(`${built.site.url}/`);
    const main = page.locator('main');
    expect(await main.locator('h2').allTextContents()).toEqual(expect.arrayContaining(['What the course is', 'Who it is for', 'Course map']));
    const map = page.locator('podlab-course-progress li[data-lesson]');
    expect(await map.evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset.lesson))).toEqual(lessons.map((l) => l.id));
    const lifecycle = page.locator('li[data-lesson="lessons/pod-lifecycle"]');
    expect(await lifecycle.locator('h3 a').getAttribute('href')).toBe('/lessons/pod-lifecycle/');
    expect(await lifecycle.locator('li[data-lab]').evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset.lab))).toEqual(['crashloop', 'bad-image', 'run-to-completion']);
    expect(await lifecycle.locator('.podlab-course__description').textContent()).toContain('CrashLoopBackOff');

    await storeCompleted(page, 'crashloop');
    await page.reload();
    await expect.poll(() => lifecycle.locator('.podlab-course__lesson-status').textContent()).toBe('1 of 3 labs done');
    expect(await lifecycle.getAttribute('data-status')).toBe('started');
    expect(await lifecycle.locator('li[data-lab="crashloop"] .podlab-course__status').textContent()).toBe('Completed in 1 min');
    expect(await seriousViolations(page)).toEqual([]);
    await page.close();
  });

  it('marks lessons in the sidebar with their labs done, in words for screen readers, without moving the sidebar', async () => {
    const context = await built.browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    await page.goto(`${built.site.url}/glossary/`);
    await storeCompleted(page, 'crashloop');
    await storeCompleted(page, 'first-pod');
    await page.addInitScript(() => {
      const shifted: string[] = [];
      (window as unknown as { shifted: string[] }).shifted = shifted;
      new PerformanceObserver((list) => {
        for (const e of list.getEntries() as (PerformanceEntry & { sources?: { node?: Node }[] })[]) {
          for (const s of e.sources ?? []) if (s.node instanceof Element && s.node.closest('.sidebar-content')) shifted.push(s.node.outerHTML.slice(0, 80));
        }
      }).observe({ type: 'layout-shift', buffered: true });
    });
    await page.reload();
    const link = (slug: string) => page.locator(`.sidebar-content a[href="/lessons/${slug}/"]`);
    await expect.poll(() => link('pod-lifecycle').locator('.podlab-side-progress').textContent()).toBe('1/3 labs, 1 of 3 labs done');
    expect(await link('pod-lifecycle').locator('.podlab-side-progress [aria-hidden="true"]').textContent()).toBe('1/3 labs');
    expect(await link('what-is-a-pod').locator('.podlab-side-progress').textContent()).toBe('✓, lab done');
    expect(await link('static-pods').locator('.podlab-side-progress').count()).toBe(0);
    expect(await page.evaluate(() => (window as unknown as { shifted: string[] }).shifted)).toEqual([]);
    expect(await seriousViolations(page)).toEqual([]);
    await context.close();
  });

  it('links each lesson to the lessons before and after it, in lesson order', async () => {
    const page = await (await built.browser.newContext()).newPage();
    for (const [i, lesson] of lessons.entries()) {
      await page.goto(`${built.site.url}/${lesson.id}/`);
      const href = (rel: string) => page.locator(`.pagination-links a[rel="${rel}"]`).evaluateAll((as) => as[0]?.getAttribute('href') ?? null);
      const [prev, next] = [await href('prev'), await href('next')];
      expect([prev, next]).toEqual([i > 0 ? `/${lessons[i - 1].id}/` : null, i < lessons.length - 1 ? `/${lessons[i + 1].id}/` : null]);
    }
    await page.goto(`${built.site.url}/glossary/`);
    expect(await page.locator('.pagination-links a').count()).toBe(0);
    await page.close();
  }, 120_000);

  it('has a glossary of the course\'s terms, each linking to the lesson that teaches it', async () => {
    const page = await (await built.browser.newContext()).newPage();
    await page.goto(`${built.site.url}/glossary/`);
    const terms = await page.locator('.podlab-glossary dt').allTextContents();
    for (const term of ['Pod', 'Pause container', 'Static Pod', 'Mirror Pod', 'Init container', 'Sidecar container', 'Liveness probe', 'QoS class', 'OOMKilled', 'CrashLoopBackOff', 'ImagePullBackOff', 'Taint', 'Toleration']) {
      expect(terms.some((t) => t.startsWith(term))).toBe(true);
    }
    const hrefs = await page.locator('.podlab-glossary__lesson a').evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
    expect(hrefs.length).toBe(terms.length);
    const slugs = new Set([...lessons.map((l) => l.id.replace('lessons/', '')), ...PLANNED]);
    expect(hrefs.filter((h) => !slugs.has(h.replace(/^\/lessons\/|\/$/g, '')))).toEqual([]);
    expect(await page.locator('#crashloopbackoff + dd a').getAttribute('href')).toBe('/lessons/pod-lifecycle/');
    expect(await seriousViolations(page)).toEqual([]);
    await page.close();
  });

  it('finds a lesson by a word of its text with the built-in search, with no network beyond the site', async () => {
    const context = await built.browser.newContext();
    const outside: string[] = [];
    await context.route('**/*', (route) => {
      if (route.request().url().startsWith(built.site.url)) return route.continue();
      outside.push(route.request().url());
      return route.abort();
    });
    const page = await context.newPage();
    await page.goto(`${built.site.url}/`);
    await page.locator('button[data-open-modal]').click();
    await page.locator('dialog[open] .pagefind-ui__search-input').fill('ImagePullBackOff');
    const results = page.locator('dialog[open] .pagefind-ui__result-link');
    await expect.poll(() => results.evaluateAll((as) => as.map((a) => a.getAttribute('href'))), { timeout: 15_000 })
      .toEqual(expect.arrayContaining([expect.stringMatching(/^\/lessons\/pod-lifecycle\//)]));
    expect(outside).toEqual([]);
    await context.close();
  });

  it('keeps the home page and the glossary within the 40 KB gzip budget of JavaScript for a page without a terminal', () => {
    const dist = process.env.PODLAB_DIST ?? distDir;
    for (const page of ['index.html', 'glossary/index.html']) expect(pageCost(dist, page).initial).toBeLessThanOrEqual(40 * 1024);
  });
});
