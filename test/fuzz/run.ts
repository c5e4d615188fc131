// `npm run fuzz`: at least 100,000 fast-check cases over every entry point a learner can reach
// (manifests, kubectl argv, sh, the terminal, lab files). Each target runs in a worker thread
// with a heartbeat per case: a case that stops the thread from answering for WATCHDOG_MS is a
// hang, reported with its input. Prints cases run, crashes, hangs and wall time.
//
//   npm run fuzz                      100,000 cases, seed from the clock
//   npm run fuzz -- --cases 5000 --seed 42

import { Worker } from 'node:worker_threads';
import { availableParallelism } from 'node:os';
import { TARGETS } from './targets.ts';
import type { TargetReport } from './fuzz-target.ts';

const WATCHDOG_MS = 60_000;

function flag(name: string, fallback: number): number {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? Number(process.argv[i + 1]) : fallback;
}

const total = flag('cases', 100_000);
const seed = flag('seed', Date.now() % 2 ** 31);
const parallel = flag('jobs', Math.max(1, Math.min(2, availableParallelism())));
const weights = TARGETS.reduce((n, t) => n + t.weight, 0);
const shares = TARGETS.map((t) => Math.ceil((total * t.weight) / weights));

function runTarget(index: number): Promise<TargetReport> {
  return new Promise((resolve) => {
    const worker = new Worker(new URL('./fuzz-worker.ts', import.meta.url), {
      workerData: { index, runs: shares[index], seed: seed + index },
      resourceLimits: { maxOldGenerationSizeMb: 3072 },
    });
    let cases = 0;
    let last = '';
    let beat = Date.now();
    const started = Date.now();
    const finish = (report: TargetReport) => { clearInterval(watchdog); resolve(report); };
    const watchdog = setInterval(() => {
      if (Date.now() - beat < WATCHDOG_MS) return;
      void worker.terminate();
      finish({ name: TARGETS[index]!.name, cases, crashes: 0, hangs: 1, ms: Date.now() - started, failure: `no answer for ${WATCHDOG_MS / 1000}s on input ${last}` });
    }, 1000);
    worker.on('message', (m: { type: string; input?: string; report?: TargetReport }) => {
      beat = Date.now();
      if (m.type === 'case') { cases++; last = m.input ?? ''; }
      else if (m.type === 'done') finish(m.report!);
    });
    worker.on('error', (e) => finish({ name: TARGETS[index]!.name, cases, crashes: 1, hangs: 0, ms: Date.now() - started, failure: `worker died: ${e.stack ?? e.message}\n  last input: ${last}` }));
  });
}

const started = Date.now();
console.log(`fuzzing ${total} cases over ${TARGETS.length} entry points, seed ${seed}, ${parallel} at a time`);
const reports: TargetReport[] = [];
let next = 0;
await Promise.all(Array.from({ length: parallel }, async () => {
  while (next < TARGETS.length) {
    const r = await runTarget(next++);
    reports.push(r);
    console.log(`  ${r.name}: ${r.cases} cases, ${r.crashes} crashes, ${r.hangs} hangs, ${(r.ms / 1000).toFixed(1)} s${r.failure ? `\n    ${r.failure.replace(/\n/g, '\n    ')}` : ''}`);
  }
}));
const sum = (f: (r: TargetReport) => number) => reports.reduce((n, r) => n + f(r), 0);
console.log(`cases run: ${sum((r) => r.cases)}  crashes: ${sum((r) => r.crashes)}  hangs: ${sum((r) => r.hangs)}  wall time: ${((Date.now() - started) / 1000).toFixed(1)} s`);
process.exitCode = sum((r) => r.crashes + r.hangs) > 0 ? 1 : 0;
