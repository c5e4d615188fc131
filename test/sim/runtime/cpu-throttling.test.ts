import { describe, expect, it } from 'vitest';
import type { Program } from '../../../src/os/process/context.ts';
import { makeNode, settle } from './harness.ts';

/** Passes 100 000 checkpoints, as a busy loop does, and says how much virtual time that took. */
const busy: Program = async (ctx) => {
  const start = ctx.now();
  for (let i = 0; i < 100_000; i++) await ctx.checkpoint();
  ctx.stdout.write(`took ${ctx.now() - start}ms\n`);
  return 0;
};

describe('CPU limits', () => {
  it.each([
    [undefined, 'took 0ms'],
    [1000, 'took 1000ms'],
    [500, 'took 2000ms'],
    [100, 'took 10000ms'],
  ])('a busy loop under limits.cpu %s makes its progress over virtual time: %s, and is not killed', async (limit, want) => {
    const n = makeNode();
    n.registry.register('script', busy);
    const sb = await n.pod();
    const id = await n.run(sb.id, n.config('c', 'podlab/script', { cpuLimitMillis: limit }));
    // As the machine's runner does: let the loop run between host hops, and move virtual time on
    // only to the next timer when nothing else can run.
    for (let i = 0; i < 100_000 && n.runtime.containerStatus(id)?.state !== 'exited'; i++) {
      await settle();
      const next = n.clock.nextAt();
      if (next !== undefined) await n.clock.runUntil(next, settle);
    }
    expect(n.text(id)).toBe(want);
    expect(n.runtime.containerStatus(id)).toMatchObject({ state: 'exited', exitCode: 0 });
  });
});
