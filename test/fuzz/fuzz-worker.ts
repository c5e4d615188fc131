// One fuzz target in a worker thread, so a case that spins forever without yielding can be
// noticed (no heartbeat) and stopped by the runner instead of freezing the whole run.

import { parentPort, workerData } from 'node:worker_threads';
import fc from 'fast-check';
import { TARGETS, prepare } from './targets.ts';
import { fuzzTarget } from './fuzz-target.ts';

const { index, runs, seed } = workerData as { index: number; runs: number; seed: number };
prepare();
const target = TARGETS[index]!;
const report = await fuzzTarget(target, runs, seed, (input) => {
  parentPort!.postMessage({ type: 'case', input: fc.stringify(input).slice(0, 2000) });
});
parentPort!.postMessage({ type: 'done', report });
