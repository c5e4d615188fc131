// A team's own build: podlab.config.ts swapped for test/fixtures/config/onboarding.config.ts,
// built into test-results/custom-site/onboarding/k8s/ (dist/ is left alone) and served under
// /onboarding/k8s/. Its name, lessons, cluster and extra image show, every request stays under the
// base path, progress goes to the site's own database, and the first-pod lab is completed there.
import { execFileSync, spawnSync } from 'node:child_process';
import { copyFileSync, cpSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { artefactsDir, builtSite, findChromium } from './support/browser.ts';
import { findNginx, serveWithNginx } from './support/nginx.ts';

const BASE = '/onboarding/k8s/';
const root = join(artefactsDir, 'custom-site');
const project = join(import.meta.dirname, '../..');

type TerminalElement = HTMLElement & { type(text: string): Promise<void>; screenText(): Promise<string> };
const taskStatus = (page: Page, id: string) => page.locator(`.podlab-task[data-task="${id}"]`).getAttribute('data-status');
const typeInLab = (page: Page, line: string) => page.locator('podlab-lab podlab-terminal').evaluate((el, text) => (el as TerminalElement).type(text), `${line}\r`);
const screen = (page: Page) => page.locator('podlab-lab podlab-terminal').evaluate((el) => (el as TerminalElement).screenText());

describe.skipIf(!findChromium())('a build with a team’s config under a base path', () => {
  // Vitest's own variables (BASE_URL=/, MODE=test…) would override the build's base path.
  const env = Object.fromEntries(Object.entries(process.env).filter(([k]) => !/^(VITEST.*|VITE_.*|BASE_URL|MODE|DEV|PROD|SSR|NODE_ENV|TEST)$/.test(k)));
  beforeAll(() => {
    rmSync(root, { recursive: true, force: true });
    execFileSync('npx', ['astro', 'build'], {
      cwd: project, stdio: 'pipe',
      env: { ...env, PODLAB_CONFIG: 'test/fixtures/config/onboarding.config.ts', PODLAB_OUT_DIR: join(root, BASE) },
    });
    // The host's own not-found page, as a web server in front of the site would have.
    copyFileSync(join(root, BASE, '404.html'), join(root, '404.html'));
  }, 240_000);
  const built = builtSite(root);

  it('shows the team’s course and completes the first-pod lab there', async () => {
    const context = await built.browser.newContext();
    const page = await context.newPage();
    const errors: string[] = [];
    const outside: string[] = [];
    page.on('pageerror', (e) => errors.push(String(e)));
    page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
    page.on('request', (r) => {
      const url = new URL(r.url());
      if (url.protocol.startsWith('http') && !url.pathname.startsWith(BASE)) outside.push(url.pathname);
    });
    await page.goto(`${built.site.url}${BASE}lessons/what-is-a-pod/`);
    expect(await page.title()).toContain('Acme Kubernetes Onboarding');
    const lessons = await page.locator('nav[aria-label="Main"] a[data-podlab-lesson], .sidebar-content a[href*="/lessons/"]').evaluateAll((as) => [...new Set(as.map((a) => (a as HTMLAnchorElement).getAttribute('href')))]);
    expect(lessons).toEqual([`${BASE}lessons/what-is-a-pod/`, `${BASE}lessons/pod-lifecycle/`]);
    expect(await page.evaluate(() => getComputedStyle(document.documentElement).getPropertyValue('--sl-color-accent').trim())).toMatch(/^#(ffb86b|8a3f00)$/);

    await page.locator('podlab-lab').scrollIntoViewIfNeeded();
    await expect.poll(() => page.locator('podlab-lab').getAttribute('data-state'), { timeout: 20_000 }).not.toBe('loading');
    expect(errors).toEqual([]);
    await expect.poll(() => page.locator('podlab-lab').getAttribute('data-state'), { timeout: 20_000 }).toBe('ready');
    await typeInLab(page, "kubectl get node node01 -o jsonpath='{.status.capacity.cpu} {.status.capacity.memory}{\"\\n\"}'");
    await expect.poll(() => screen(page)).toMatch(/^4 8Gi$/m);

    await typeInLab(page, 'kubectl run web --image=nginx');
    await expect.poll(() => taskStatus(page, 'run-nginx'), { timeout: 30_000 }).toBe('passed');
    await typeInLab(page, 'kubectl get pod web -o wide');
    await typeInLab(page, 'kubectl describe pod web');
    await typeInLab(page, 'answer node01');
    await expect.poll(() => taskStatus(page, 'where-is-it'), { timeout: 15_000 }).toBe('passed');
    await typeInLab(page, 'kubectl logs web --tail=3');
    await typeInLab(page, 'answer 1.27.3');
    await typeInLab(page, 'kubectl exec web -- hostname');
    await expect.poll(() => taskStatus(page, 'exec'), { timeout: 15_000 }).toBe('passed');
    await expect.poll(() => taskStatus(page, 'logs'), { timeout: 15_000 }).toBe('passed');
    await typeInLab(page, 'kubectl delete pod web');
    await expect.poll(() => taskStatus(page, 'delete'), { timeout: 30_000 }).toBe('passed');
    await typeInLab(page, 'kubectl run web --image=nginx:alpine --dry-run=client -o yaml > web.yaml');
    await typeInLab(page, 'kubectl apply -f web.yaml');
    await expect.poll(() => taskStatus(page, 'apply'), { timeout: 30_000 }).toBe('passed');
    await expect.poll(() => page.locator('.podlab-lab__complete').isVisible()).toBe(true);
    expect(await page.locator('.podlab-lab__summary').textContent()).toMatch(/^Lab complete: all 7 tasks done/);

    // The team's own image runs from its own registry.
    await typeInLab(page, 'kubectl run hello --image=registry.acme.example/platform/hello:1.0');
    await typeInLab(page, 'kubectl wait --for=condition=Ready pod/hello --timeout=120s && kubectl logs hello');
    await expect.poll(() => screen(page), { timeout: 60_000 }).toMatch(/^hello from acme$/m).catch(async (e: unknown) => {
      throw new Error(`${String(e)}\n${(await screen(page)).split('\n').slice(-15).join('\n')}`);
    });

    // Progress lives in this site's own database, apart from a PodLab at the root of the origin.
    await expect.poll(() => page.evaluate(async () => (await indexedDB.databases()).map((d) => d.name))).toContain(`podlab:${BASE}`);
    expect(outside).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('leaves out the lessons the config does not list, and their labs from the cohort table', async () => {
    const context = await built.browser.newContext();
    const page = await context.newPage();
    const response = await page.goto(`${built.site.url}${BASE}lessons/probes/`);
    expect(response?.status()).toBe(404);
    await page.goto(`${built.site.url}${BASE}cohort/`);
    const labs = await page.locator('.podlab-cohort thead th[data-lab]').evaluateAll((ths) => ths.map((th) => (th as HTMLElement).dataset.lab));
    expect(labs).toEqual(['first-pod', 'bad-image', 'crashloop', 'run-to-completion']);
    // The home page's course map and the glossary mention only what this build has.
    await page.goto(`${built.site.url}${BASE}`);
    const mapped = await page.locator('.podlab-course [data-lab]').evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset.lab));
    expect([...new Set(mapped)].sort()).toEqual(['bad-image', 'crashloop', 'first-pod', 'run-to-completion']);
    await page.goto(`${built.site.url}${BASE}glossary/`);
    const linked = await page.locator('.podlab-glossary a').evaluateAll((as) => [...new Set(as.map((a) => (a as HTMLAnchorElement).getAttribute('href')))].sort());
    expect(linked).toEqual([`${BASE}lessons/pod-lifecycle/`, `${BASE}lessons/what-is-a-pod/`]);
    await context.close();
  });

  it('refuses to build with a broken config and says what is wrong', () => {
    const r = spawnSync('npx', ['astro', 'build'], {
      cwd: project, encoding: 'utf8',
      env: { ...env, PODLAB_CONFIG: 'test/fixtures/config/broken.config.ts', PODLAB_OUT_DIR: join(artefactsDir, 'broken-site') },
    });
    expect(r.status).not.toBe(0);
    expect(r.stdout + r.stderr).toContain('test/fixtures/config/broken.config.ts is not valid:');
    expect(r.stdout + r.stderr).toContain('colors.accent: a colour is #rrggbb');
  }, 120_000);

  it.skipIf(!findNginx())('runs under the Dockerfile\'s layout with the shipped nginx config and its CSP', async () => {
    // As the Dockerfile lays it out: the site under the base path, this build's hashes at the root.
    const image = join(artefactsDir, 'custom-image');
    rmSync(image, { recursive: true, force: true });
    cpSync(join(root, BASE), join(image, BASE), { recursive: true });
    cpSync(join(root, BASE, '_podlab'), join(image, '_podlab'), { recursive: true });
    const nginx = await serveWithNginx(image);
    const context = await built.browser.newContext();
    const page = await context.newPage();
    const violations: string[] = [];
    page.on('console', (m) => { if (m.type() === 'error') violations.push(m.text()); });
    page.on('pageerror', (e) => violations.push(String(e)));
    try {
      const response = await page.goto(`${nginx.url}${BASE}lessons/what-is-a-pod/`);
      expect(response?.headers()['content-security-policy']).toContain("script-src 'self' 'wasm-unsafe-eval' 'sha256-");
      await page.locator('podlab-lab').scrollIntoViewIfNeeded();
      await expect.poll(() => page.locator('podlab-lab').getAttribute('data-state'), { timeout: 20_000 }).toBe('ready');
      await typeInLab(page, 'echo served-by-nginx');
      await expect.poll(() => screen(page)).toMatch(/^served-by-nginx$/m);
      await page.goto(`${nginx.url}${BASE}cohort/`);
      await page.locator('podlab-cohort input[type="file"]').setInputFiles({ name: 'ada.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify({ format: 'podlab-progress', version: 1, exportedAt: '2026-03-04T10:00:00.000Z', learner: 'Ada', labs: [] })) });
      await expect.poll(() => page.locator('.podlab-cohort tbody th').textContent()).toBe('Ada');
      expect(violations).toEqual([]);
    } finally {
      await context.close();
      await nginx.close();
    }
  });
});
