// A short seeded fuzz run inside the unit suite: a few thousand cases over every entry point,
// the same properties `npm run fuzz` runs a hundred thousand of.

import { describe, expect, it } from 'vitest';
import { TARGETS, prepare } from './targets.ts';
import { fuzzTarget } from './fuzz-target.ts';

const SEED = 20261122;
const CASES: Record<number, number> = { 0: 600, 1: 800, 2: 250, 3: 20, 4: 800 };

describe('fuzzing every entry point (seeded)', () => {
  prepare();
  TARGETS.forEach((target, i) => {
    it(`${target.name}: no crash and no hang`, async () => {
      const report = await fuzzTarget(target, CASES[i] ?? 200, SEED + i);
      expect(report.failure).toBeUndefined();
      expect(report.cases).toBe(CASES[i] ?? 200);
    }, 60_000);
  });
});
