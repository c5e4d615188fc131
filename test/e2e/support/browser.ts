// Debian's Chromium driven by playwright-core (no browser download is possible or needed).
// Playwright gives every launch a fresh, throw-away profile directory.

import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { serveStatic, type StaticSite } from './static-server.ts';

const CANDIDATES = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];

export function findChromium(): string | undefined {
  return CANDIDATES.find((p): p is string => !!p && existsSync(p));
}

export async function launchBrowser(): Promise<Browser> {
  const executablePath = findChromium();
  if (!executablePath) throw new Error('no Chromium found');
  return chromium.launch({
    executablePath,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-quic',
    ],
  });
}

export const distDir = join(import.meta.dirname, '../../../dist');
export const artefactsDir = join(import.meta.dirname, '../../../test-results');

/**
 * The built site served locally and a Chromium for a test file: registers the hooks that start
 * and stop both. `PODLAB_DIST` points at another build (a base-path or custom-config build).
 */
export function builtSite(dir: string = process.env.PODLAB_DIST ?? distDir): { readonly browser: Browser; readonly site: StaticSite } {
  let browser: Browser | undefined;
  let site: StaticSite | undefined;
  beforeAll(async () => {
    site = await serveStatic(dir);
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await site?.close();
  });
  return {
    get browser() { return browser!; },
    get site() { return site!; },
  };
}
