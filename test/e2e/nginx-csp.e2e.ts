// The shipped nginx server block (deploy/nginx/podlab.conf) on Debian's nginx, serving dist/
// with its Content-Security-Policy and security headers: a lesson's lab starts, a command runs,
// the console reports no CSP violation and the page asks no host but the site.
import type { ConsoleMessage, Request } from 'playwright-core';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { distDir, findChromium, launchBrowser } from './support/browser.ts';
import { findNginx, serveWithNginx } from './support/nginx.ts';
import type { StaticSite } from './support/static-server.ts';

type TerminalElement = HTMLElement & { type(text: string): Promise<void>; screenText(): Promise<string> };

const dist = process.env.PODLAB_DIST ?? distDir;
const nginx = findNginx();
if (!nginx) console.warn('\n*** nginx CSP test SKIPPED: no nginx found (apt-get install -y nginx, or set NGINX_PATH). ***\n');

describe.skipIf(!findChromium() || !nginx)('the site behind the shipped nginx config', () => {
  let browser: Browser;
  let site: StaticSite;
  beforeAll(async () => {
    if (!existsSync(join(dist, '_podlab/csp-hashes.conf'))) throw new Error(`${dist}/_podlab/csp-hashes.conf is missing: rebuild with npm run build`);
    site = await serveWithNginx(dist);
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await site?.close();
  });

  it('sends the strict policy and security headers, and hashed assets are cached for a year', async () => {
    const page = await fetch(`${site.url}/lessons/what-is-a-pod/`);
    const csp = page.headers.get('content-security-policy') ?? '';
    expect(csp).toContain("script-src 'self' 'wasm-unsafe-eval' 'sha256-");
    expect(csp).not.toMatch(/script-src[^;]*'unsafe-inline'/);
    expect(csp).not.toMatch(/'unsafe-eval'/);
    expect(csp).toContain("worker-src 'self'");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(page.headers.get('x-content-type-options')).toBe('nosniff');
    expect(page.headers.get('referrer-policy')).toBe('no-referrer');
    const asset = (await page.text()).match(/\/_astro\/[^"]+\.js/)![0];
    const cached = await fetch(`${site.url}${asset}`);
    expect(cached.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect(cached.headers.get('content-type')).toMatch(/javascript/);
  });

  it('runs a lesson lab with no CSP violation and no request to another host', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    const origin = new URL(site.url).origin;
    const violations: string[] = [];
    const foreign: string[] = [];
    const errors: string[] = [];
    const onConsole = (m: ConsoleMessage) => {
      if (/Content.Security.Policy|Refused to/i.test(m.text())) violations.push(m.text());
    };
    page.on('console', onConsole);
    page.on('worker', (w) => w.on('console', onConsole));
    page.on('pageerror', (e) => errors.push(String(e)));
    const onRequest = (r: Request) => {
      const url = new URL(r.url());
      if ((url.protocol === 'http:' || url.protocol === 'https:') && url.origin !== origin) foreign.push(r.url());
    };
    context.on('request', onRequest);
    await page.addInitScript(() => {
      document.addEventListener('securitypolicyviolation', (e) => {
        console.error(`Content Security Policy violation: ${e.violatedDirective} ${e.blockedURI}`);
      });
    });

    await page.goto(`${site.url}/lessons/what-is-a-pod/`);
    await page.locator('podlab-lab').scrollIntoViewIfNeeded();
    await expect.poll(() => page.locator('podlab-lab').getAttribute('data-state'), { timeout: 30_000 }).toBe('ready');
    const terminal = page.locator('podlab-lab podlab-terminal');
    await terminal.evaluate((el) => (el as TerminalElement).type('kubectl get nodes\r'));
    await expect.poll(() => terminal.evaluate((el) => (el as TerminalElement).screenText()), { timeout: 20_000 }).toMatch(/node01\s+Ready/);
    // The theme picker and search button run their inline (hashed) scripts too.
    expect(await page.locator('starlight-theme-select select').count()).toBeGreaterThan(0);

    expect(violations).toEqual([]);
    expect(foreign).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });
});
