import { describe, it, expect } from 'vitest';
import { withUnschedulableCondition } from '../../../src/sim/scheduler/pod-condition.ts';
import type { PodCondition } from '../../../src/sim/api/types.ts';

const T1 = '2026-11-22T02:51:04Z';
const T2 = '2026-11-22T02:56:34Z';
const cond = (status: string, message: string, at = T1): PodCondition =>
  ({ type: 'PodScheduled', status, lastProbeTime: null, lastTransitionTime: at, reason: 'Unschedulable', message });

describe('PodScheduled=False condition', () => {
  it('is added with the message and the current time', () => {
    expect(withUnschedulableCondition([], 'Unschedulable', 'm', T1)).toEqual([cond('False', 'm')]);
  });

  it('is not rewritten when the answer is the same', () => {
    expect(withUnschedulableCondition([cond('False', 'm')], 'Unschedulable', 'm', T2)).toBeUndefined();
  });

  it('keeps its transition time when only the message changes', () => {
    expect(withUnschedulableCondition([cond('False', 'old')], 'Unschedulable', 'new', T2)).toEqual([cond('False', 'new', T1)]);
  });

  it('replaces a True condition in place and leaves the others', () => {
    const other: PodCondition = { type: 'Ready', status: 'False' };
    const got = withUnschedulableCondition([other, { type: 'PodScheduled', status: 'True', lastTransitionTime: T1 }], 'Unschedulable', 'm', T2);
    expect(got).toEqual([other, cond('False', 'm', T2)]);
  });
});
