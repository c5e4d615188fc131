// What the node lifecycle controller does about one node, decided from its conditions, taints
// and lease alone. Pure, so the thresholds can be tested with tables.
// Models pkg/controller/nodelifecycle/node_lifecycle_controller.go (tryUpdateNodeHealth, markNodeAsReachable)

import type { NodeCondition, Taint } from '../../api/types.ts';
import { rfc3339 } from '../../kubelet/format.ts';

export const UNREACHABLE_TAINT_KEY = 'node.kubernetes.io/unreachable';

const CONDITION_TYPES = ['MemoryPressure', 'DiskPressure', 'PIDPressure', 'Ready'];

export interface NodeHealthInput {
  conditions: NodeCondition[];
  taints: Taint[];
  leaseRenewTime: number | undefined;
  now: number;
  gracePeriodMs: number;
}

export type NodeHealthPlan =
  | { action: 'none' }
  | { action: 'markUnknown'; conditions: NodeCondition[]; taints: Taint[] }
  | { action: 'removeUnreachableTaints'; taints: Taint[] };

export function planNodeHealth(input: NodeHealthInput): NodeHealthPlan {
  const { conditions, taints, leaseRenewTime, now, gracePeriodMs } = input;
  const ready = conditions.find((c) => c.type === 'Ready');
  const expired = leaseRenewTime !== undefined && now - leaseRenewTime > gracePeriodMs;
  if (!expired) {
    const unreachable = taints.some((t) => t.key === UNREACHABLE_TAINT_KEY);
    if (ready?.status !== 'True' || !unreachable) return { action: 'none' };
    return { action: 'removeUnreachableTaints', taints: taints.filter((t) => t.key !== UNREACHABLE_TAINT_KEY) };
  }
  if (!ready || ready.status === 'Unknown') return { action: 'none' };
  const at = rfc3339(now);
  const updated = CONDITION_TYPES.map((type): NodeCondition => {
    const old = conditions.find((c) => c.type === type);
    return {
      type, status: 'Unknown', lastHeartbeatTime: old?.lastHeartbeatTime, lastTransitionTime: at,
      reason: 'NodeStatusUnknown', message: 'Kubelet stopped posting node status.',
    };
  });
  const kept = taints.filter((t) => t.key !== UNREACHABLE_TAINT_KEY);
  return {
    action: 'markUnknown',
    conditions: [...updated, ...conditions.filter((c) => !CONDITION_TYPES.includes(c.type))],
    taints: [...kept, { key: UNREACHABLE_TAINT_KEY, effect: 'NoSchedule', timeAdded: at }, { key: UNREACHABLE_TAINT_KEY, effect: 'NoExecute', timeAdded: at }],
  };
}
