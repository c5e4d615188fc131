// Lighthouse on a lesson page with a terminal, served by `astro preview` from dist/, in Debian's
// Chromium. Lighthouse is not a dependency of PodLab: npx fetches it for the bench only, so the
// figure is skipped, with the reason, where the npm registry cannot be reached.

import { execFile, spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { findChromium } from '../test/e2e/support/browser.ts';

export interface LighthouseScores {
  performance: number;
  accessibility: number;
  /** Audits that cost points, for the report. */
  failing: string[];
}

const PORT = 4329;

async function preview(root: string): Promise<{ url: string; close(): void }> {
  // Its own process group, so stopping it also stops the server npx started.
  const child = spawn('npx', ['astro', 'preview', '--port', String(PORT), '--host', '127.0.0.1'], { cwd: root, detached: true, stdio: 'ignore' });
  const url = `http://127.0.0.1:${PORT}`;
  const close = () => { try { process.kill(-child.pid!, 'SIGTERM'); } catch { /* already gone */ } };
  const deadline = Date.now() + 60_000;
  for (;;) {
    try {
      if ((await fetch(url)).ok) return { url, close };
    } catch { /* not listening yet */ }
    if (Date.now() > deadline) {
      close();
      throw new Error('astro preview did not start');
    }
    await new Promise((r) => setTimeout(r, 250));
  }
}

/** The scores (0–100), or a reason why Lighthouse could not run here. */
export async function lighthouse(root: string, path: string): Promise<LighthouseScores | string> {
  const chrome = findChromium();
  if (!chrome) return 'no Chromium found';
  const site = await preview(root);
  const dir = mkdtempSync(join(tmpdir(), 'podlab-lighthouse-'));
  const report = join(dir, 'report.json');
  try {
    const error = await new Promise<string | undefined>((resolve) => {
      execFile('npx', ['--yes', 'lighthouse@12', site.url + path,
        '--chrome-flags=--headless=new --no-sandbox --disable-gpu --disable-dev-shm-usage',
        '--only-categories=performance,accessibility', '--output=json', `--output-path=${report}`, '--quiet'],
      { env: { ...process.env, CHROME_PATH: chrome }, timeout: 10 * 60_000, maxBuffer: 16 << 20 },
      (e, _stdout, stderr) => resolve(e ? `${e.message.split('\n')[0]}${stderr ? `: ${stderr.trim().split('\n').slice(-3).join(' ')}` : ''}` : undefined));
    });
    if (error) return `lighthouse could not run: ${error}`;
    const json = JSON.parse(readFileSync(report, 'utf8')) as {
      categories: Record<string, { score: number | null; auditRefs: { id: string; weight: number }[] }>;
      audits: Record<string, { score: number | null; title: string; displayValue?: string }>;
    };
    const failing = Object.values(json.categories).flatMap((c) => c.auditRefs)
      .filter((r) => r.weight > 0 && json.audits[r.id]?.score !== null && (json.audits[r.id]?.score ?? 1) < 0.9)
      .map((r) => `${json.audits[r.id].title}${json.audits[r.id].displayValue ? ` (${json.audits[r.id].displayValue})` : ''}`);
    const score = (c: string) => Math.round((json.categories[c]?.score ?? 0) * 100);
    return { performance: score('performance'), accessibility: score('accessibility'), failing };
  } finally {
    site.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

if (import.meta.main) console.log(JSON.stringify(await lighthouse(new URL('..', import.meta.url).pathname, '/lessons/what-is-a-pod/')));
