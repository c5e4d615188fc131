// The figures of the budget table measured beyond sizes, navigation, Ctrl-C and the cluster-scale
// hour: typing latency, kubectl on 1,000 pods, lab restore, the 10,000-pod growth, labs:verify and
// Lighthouse. Each prints a line of context (what was measured, on what) next to the table.

import { figure, scoreFigure, type Figure } from './table.ts';
import { terminalLatency } from './terminal-latency.ts';
import { kubectlScale } from './kubectl-scale.ts';
import { labRestore } from './lab-restore.ts';
import { clusterGrowth } from './cluster-growth.ts';
import { labsVerifyTime } from './labs-verify-time.ts';
import { lighthouse } from './lighthouse.ts';

/** A lesson page with a terminal, and its lab (whose machine that terminal uses). */
const LESSON = '/lessons/what-is-a-pod/';
const LAB = 'first-pod';

export async function budgetFigures(root: string, dist: string): Promise<Figure[]> {
  const figures: Figure[] = [];
  const note = (text: string) => console.log(`  · ${text}`);

  const typing = await terminalLatency(dist, LESSON, 60, 30);
  if (typing) {
    figures.push(figure('key press → its echo drawn (ms)', 16, typing.echo.map((s) => s.drawn), 'p95'));
    figures.push(figure('  of which: key press → echo back from the worker (ms)', Infinity, typing.echo.map((s) => s.firstReply)));
    figures.push(figure('Enter on `kubectl get pods` (30 pods) → output drawn (ms)', 16, typing.getPods.map((s) => s.drawn), 'p95'));
    figures.push(figure('  of which: Enter → last output from the worker (ms)', Infinity, typing.getPods.map((s) => s.lastReply)));
  }

  const kubectl = await kubectlScale(1000, 30);
  figures.push(figure('`kubectl describe pod`, 1,000-pod cluster (ms)', 5, kubectl.describe, 'p95'));
  figures.push(figure('`kubectl get pods -A`, 1,000-pod cluster (ms)', 20, kubectl.getAll, 'p95'));
  figures.push(figure('  CPU of `describe pod` (ms)', Infinity, kubectl.describeCpu));
  figures.push(figure('  CPU of `get pods -A` (ms)', Infinity, kubectl.getAllCpu));
  note(`get pods -A printed ${kubectl.listingChars} characters; virtual-time jumps per listing: ${kubectl.listingJumps}`);

  const restore = await labRestore(dist, LESSON, LAB, 10);
  if (restore) figures.push(figure('restore of a saved lab: reload → prompt with the work back (ms)', 600, restore));

  const growth = await clusterGrowth();
  // Linear growth is a ratio of 10; anything above it grows faster than the pods do.
  figures.push(figure('10,000 ÷ 1,000 pods, 100 nodes, 1 virtual hour: wall (×)', 10, [growth.wallRatio]));
  figures.push(figure('10,000 ÷ 1,000 pods, 100 nodes, 1 virtual hour: peak heap (×)', 10, [growth.heapRatio]));
  figures.push(figure('  10,000 pods: wall (ms)', Infinity, [growth.large.wallMs]));
  figures.push(figure('  10,000 pods: peak heap (MB)', Infinity, [growth.large.peakHeapMB]));
  note(`cluster growth: 1,000 pods ${Math.round(growth.small.wallMs)} ms, ${Math.round(growth.small.peakHeapMB)} MB, ${growth.small.running} running, ${growth.small.restarts} restarts; 10,000 pods ${Math.round(growth.large.wallMs)} ms, ${Math.round(growth.large.peakHeapMB)} MB, ${growth.large.running} running, ${growth.large.restarts} restarts`);

  const verify = await labsVerifyTime(root);
  figures.push(figure(`\`npm run labs:verify\`, all ${verify.labs} labs (s)`, 30, [verify.wallMs / 1000]));
  if (!verify.ok) note(`labs:verify failed: ${verify.verified} of ${verify.labs} labs verified`);

  const scores = await lighthouse(root, LESSON);
  if (typeof scores === 'string') note(`Lighthouse skipped: ${scores}`);
  else {
    figures.push(scoreFigure('Lighthouse performance, lesson page with a terminal', 95, [scores.performance]));
    figures.push(scoreFigure('Lighthouse accessibility, lesson page with a terminal', 100, [scores.accessibility]));
    if (scores.failing.length) note(`Lighthouse audits below 0.9: ${scores.failing.join('; ')}`);
  }
  return figures;
}
