import { existsSync } from 'node:fs';
import { distDir, findChromium } from './support/browser.ts';

export default function setup(): void {
  if (!findChromium()) {
    console.warn('\n*** Browser tests SKIPPED: no Chromium found (apt-get install -y chromium, or set CHROMIUM_PATH). ***\n');
  }
  if (!existsSync(distDir)) throw new Error('dist/ is missing: run `npm run build` before the browser tests');
}
