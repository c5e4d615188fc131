// PodLab's kubectl against the real kubectl v1.33.1 pointed at `podlab serve`, state by state:
// labs, curriculum scenarios and seeded random pods, each compared byte for byte (stdout, stderr
// and exit status) over a set of commands. Skipped where kubectl.1.33 is not installed.
// PODLAB_DIFF_SHOW=<text> shows only differences whose command contains it;
// PODLAB_DIFF_RANDOM_MACHINES=N sets how many random clusters (5 looks each) are compared.

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Machine } from '../../src/machine/machine.ts';
import { createRouter } from '../../src/machine/serve/router.ts';
import { machineBackend } from '../../src/machine/serve/machine-backend.ts';
import { listen, type RunningServer } from '../../bin/http-host.ts';
import { findRealKubectl, realKubectl, type KubectlResult } from './real-kubectl.ts';
import { TimeShift, unshiftOutput } from './time-shift.ts';
import { podlabKubectl } from './podlab-kubectl.ts';
import { commandsFor, KNOWN_GAPS, onlyEventOrderDiffers } from './commands.ts';
import type { DiffState } from './diff-state.ts';
import { labStates } from './lab-states.ts';
import { scenarioStates } from './scenario-states.ts';
import { randomStates } from './random-pods.ts';

const binary = findRealKubectl();
const PARALLEL = 8;

if (!binary) {
  console.warn('test/diff: skipped — no kubectl.1.33 on PATH (Google Cloud CLI ships it beside its kubectl); the differential suite needs the real kubectl v1.33.1.');
}

interface Mismatch {
  state: string;
  command: string;
  podlab: KubectlResult;
  real: KubectlResult;
}

async function pool<T, R>(items: T[], limit: number, fn: (item: T) => Promise<R>): Promise<R[]> {
  const results: R[] = new Array(items.length);
  let next = 0;
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, async () => {
    while (next < items.length) {
      const i = next++;
      results[i] = await fn(items[i]);
    }
  }));
  return results;
}

function show(r: KubectlResult, other: KubectlResult): string {
  const lines = (t: string) => t.split('\n');
  const only = (a: string, b: string) => {
    const theirs = new Set(lines(b));
    return lines(a).filter((l) => !theirs.has(l)).map((l) => `  ${l}`).join('\n');
  };
  return `exit ${r.status}\n--- stdout lines the other lacks\n${only(r.stdout, other.stdout)}\n--- stderr\n${only(r.stderr, other.stderr)}`;
}

describe.skipIf(!binary)('PodLab kubectl and real kubectl v1.33.1 against podlab serve', () => {
  let current: Machine | undefined;
  let server: RunningServer;
  let real: (argv: string[]) => Promise<KubectlResult>;
  const mismatches: Mismatch[] = [];
  const known: Mismatch[] = [];
  let states = 0;
  const timing = { podlab: 0, real: 0 };
  let compared = 0;

  beforeAll(async () => {
    const shift = new TimeShift(() => current!.clock.now());
    server = await listen(shift.wrap(createRouter(() => machineBackend(current!))));
    const exec = realKubectl(binary!);
    real = async (argv) => {
      for (let attempt = 0; ; attempt++) {
        const run = shift.newRun();
        const r = await exec(server.url, [`--as=${run}`, ...argv]);
        const delta = shift.deltaOf(run);
        // No request made (a client-side error), or the wall second did not move while it ran.
        if (delta === undefined) return r;
        if (shift.currentDelta() !== delta && attempt < 8) continue;
        if (argv[0] === 'logs') return r;
        return { ...r, stdout: unshiftOutput(r.stdout, delta), stderr: unshiftOutput(r.stderr, delta) };
      }
    };
  });
  afterAll(async () => {
    await server?.close();
    console.log(`differential: ${states} states, ${compared} commands compared, ${compared - mismatches.length - known.length} byte-identical, `
      + `${known.length} known gaps (${[...new Set(known.map((m) => m.command.split(' ').slice(0, 3).join(' ')))].join('; ')}), ${mismatches.length} other differences `
      + `(PodLab ${Math.round(timing.podlab)}ms, real kubectl ${Math.round(timing.real)}ms)`);
  });

  async function compare(source: AsyncGenerator<DiffState>): Promise<void> {
    for await (const state of source) {
      current = state.machine;
      const commands = commandsFor(state);
      const ours: KubectlResult[] = [];
      let t = performance.now();
      for (const argv of commands) ours.push(await podlabKubectl(state.machine, argv));
      timing.podlab += performance.now() - t;
      t = performance.now();
      const theirs = await pool(commands, PARALLEL, real);
      timing.real += performance.now() - t;
      states++;
      commands.forEach((argv, i) => {
        compared++;
        const a = ours[i];
        const b = theirs[i];
        if (a.stdout !== b.stdout || a.stderr !== b.stderr || a.status !== b.status) {
          const m = { state: state.name, command: `kubectl ${argv.join(' ')}`, podlab: a, real: b };
          const eventOrderOnly = a.stderr === b.stderr && a.status === b.status && onlyEventOrderDiffers(a.stdout, b.stdout);
          (KNOWN_GAPS.some((g) => g.test(m.command)) || eventOrderOnly ? known : mismatches).push(m);
        }
      });
    }
  }

  function report(from: number): string {
    const all = mismatches.slice(from).map((m) => `${m.state}: ${m.command}`).join('\n');
    if (all) console.log(all);
    const only = process.env.PODLAB_DIFF_SHOW;
    return mismatches.slice(from).filter((m) => !only || m.command.includes(only)).slice(0, 4).map((m) => `## ${m.state}: ${m.command}\n# PodLab\n${show(m.podlab, m.real)}\n# real kubectl\n${show(m.real, m.podlab)}`).join('\n');
  }

  it('prints what real kubectl prints for every lab, at its start and once solved', async () => {
    const before = mismatches.length;
    await compare(labStates());
    expect(report(before)).toBe('');
  }, 300_000);

  it('prints what real kubectl prints through the curriculum scenarios', async () => {
    const before = mismatches.length;
    await compare(scenarioStates());
    expect(report(before)).toBe('');
  }, 300_000);

  it('prints what real kubectl prints for seeded random pods at random times', async () => {
    const before = mismatches.length;
    await compare(randomStates(1000, Number(process.env.PODLAB_DIFF_RANDOM_MACHINES ?? 44), 5));
    expect(report(before)).toBe('');
  }, 300_000);
});
