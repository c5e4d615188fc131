import { describe, expect, it } from 'vitest';
import type { PodCondition } from '../../../../src/sim/api/types.ts';
import { mergePodStatus } from '../../../../src/sim/kubelet/status/status-manager.ts';

const cond = (type: string, status = 'True'): PodCondition => ({ type, status });
const types = (cs: PodCondition[] | undefined) => (cs ?? []).map((c) => c.type);

describe('mergePodStatus', () => {
  const kubelet = ['PodReadyToStartContainers', 'Initialized', 'Ready', 'ContainersReady'].map((t) => cond(t));

  it('appends a DisruptionTarget the kubelet adds after the conditions others own, as a strategic merge patch does', () => {
    const merged = mergePodStatus(
      { conditions: [...kubelet, cond('PodScheduled')] },
      { phase: 'Failed', conditions: [...kubelet, cond('DisruptionTarget'), cond('PodScheduled')] },
    );
    expect(types(merged.conditions)).toEqual([...types(kubelet), 'PodScheduled', 'DisruptionTarget']);
  });

  it('keeps the order stable on the next write once the API server holds the DisruptionTarget', () => {
    const stored = [...kubelet, cond('PodScheduled'), cond('DisruptionTarget')];
    const merged = mergePodStatus({ conditions: stored }, { conditions: [...kubelet, cond('PodScheduled'), cond('DisruptionTarget')] });
    expect(types(merged.conditions)).toEqual(types(stored));
  });
});
