import { describe, expect, it } from 'vitest';
import { planNodeHealth, UNREACHABLE_TAINT_KEY } from '../../../../src/sim/controller/nodelifecycle/node-health.ts';
import type { NodeCondition, Taint } from '../../../../src/sim/api/types.ts';

const NOW = Date.UTC(2026, 0, 5, 9, 1, 5);
const ready = (status: string): NodeCondition[] => [{ type: 'Ready', status, reason: 'KubeletReady', lastHeartbeatTime: '2026-01-02T07:00:00Z' }];
const unreachable: Taint[] = [{ key: UNREACHABLE_TAINT_KEY, effect: 'NoSchedule' }, { key: UNREACHABLE_TAINT_KEY, effect: 'NoExecute' }];

describe('the node lifecycle controller decides from the lease', () => {
  it.each([
    ['a fresh lease on a Ready node', ready('True'), [], NOW - 10_000, 'none'],
    ['a lease just inside the grace period', ready('True'), [], NOW - 50_000, 'none'],
    ['a lease older than the grace period', ready('True'), [], NOW - 55_000, 'markUnknown'],
    ['an expired lease on a node already Unknown', ready('Unknown'), unreachable, NOW - 600_000, 'none'],
    ['a node that never had a lease', ready('True'), [], undefined, 'none'],
    ['a Ready node with a fresh lease still tainted unreachable', ready('True'), unreachable, NOW - 1_000, 'removeUnreachableTaints'],
  ] as const)('%s: %s', (_name, conditions, taints, lease, action) => {
    expect(planNodeHealth({ conditions: [...conditions], taints: [...taints], leaseRenewTime: lease, now: NOW, gracePeriodMs: 50_000 }).action).toBe(action);
  });

  it('marks every condition Unknown with the kubelet-stopped message, keeping the last heartbeat, and adds both unreachable taints', () => {
    const plan = planNodeHealth({ conditions: ready('True'), taints: [{ key: 'node-role.kubernetes.io/control-plane', effect: 'NoSchedule' }], leaseRenewTime: NOW - 60_000, now: NOW, gracePeriodMs: 50_000 });
    if (plan.action !== 'markUnknown') throw new Error(plan.action);
    expect(plan.conditions.find((c) => c.type === 'Ready')).toEqual({
      type: 'Ready', status: 'Unknown', reason: 'NodeStatusUnknown', message: 'Kubelet stopped posting node status.',
      lastHeartbeatTime: '2026-01-02T07:00:00Z', lastTransitionTime: '2026-01-05T09:01:05Z',
    });
    expect(plan.conditions.map((c) => c.type)).toEqual(['MemoryPressure', 'DiskPressure', 'PIDPressure', 'Ready']);
    expect(plan.taints.map((t) => `${t.key}:${t.effect}`)).toEqual([
      'node-role.kubernetes.io/control-plane:NoSchedule', `${UNREACHABLE_TAINT_KEY}:NoSchedule`, `${UNREACHABLE_TAINT_KEY}:NoExecute`,
    ]);
  });
});
