// `npm run bench`: PodLab's speed and size figures against their budgets. Prints a table and
// writes bench/results.json. Browser figures use the production build (dist/) in Debian's
// Chromium; simulator figures run in Node. Timings are reported here, never asserted in tests.

import { execSync } from 'node:child_process';
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pageCost } from './sizes.ts';
import { figure, printTable, type Figure } from './table.ts';
import { navigationToPrompt } from './browser-figures.ts';
import { clusterScale } from './cluster-scale.ts';
import { interruptLatency } from './interrupt.ts';
import { budgetFigures } from './budget-figures.ts';

const root = join(import.meta.dirname, '..');
const dist = join(root, 'dist');
if (!existsSync(dist) || process.argv.includes('--build')) execSync('npx astro build', { cwd: root, stdio: 'ignore' });

const figures: Figure[] = [];
const text = pageCost(dist, 'index.html');
const lesson = pageCost(dist, 'lessons/what-is-a-pod/index.html');
const kb = (n: number) => Math.round((n / 1024) * 10) / 10;
figures.push(figure('gzip JS, page without a terminal (KB)', 40, [kb(text.initial)]));
figures.push(figure('gzip JS, main thread of a terminal page (KB)', 120, [kb(lesson.initial + lesson.terminal)]));
figures.push(figure('gzip JS, worker at start (KB)', 160, [kb(lesson.worker)]));
// Not budgeted: what the worker fetches on first use, reported so it stays visible.
figures.push(figure('gzip JS, worker chunks loaded on first use (KB)', Infinity, [kb(lesson.workerLazy)]));
const nav = await navigationToPrompt(dist, '/lessons/what-is-a-pod/', 5);
if (nav) figures.push(figure('navigation → usable prompt (ms)', 400, nav));

figures.push(figure('Ctrl-C on `while true; do :; done` → prompt (ms)', 100, await interruptLatency(5)));

const scale = await clusterScale(100, 1000);
figures.push(figure('100 nodes × 1,000 pods, 1 virtual hour: wall (ms)', 3000, [scale.wallMs]));
figures.push(figure('100 nodes × 1,000 pods, 1 virtual hour: peak heap (MB)', 300, [scale.peakHeapMB]));

figures.push(...(await budgetFigures(root, dist)));

printTable(figures);
writeFileSync(join(import.meta.dirname, 'results.json'), `${JSON.stringify({ figures }, null, 2)}\n`);
