// The node lifecycle controller of kube-controller-manager: every monitor period it compares each
// node's lease with the grace period. A node whose kubelet stopped renewing gets its conditions
// set to Unknown ("Kubelet stopped posting node status."), the unreachable taints, a NodeNotReady
// event, and its pods marked not Ready; when the kubelet posts Ready again the taints go away.
// Models pkg/controller/nodelifecycle/node_lifecycle_controller.go (monitorNodeHealth,
// tryUpdateNodeHealth, doNoScheduleTaintingPass) and pkg/controller/util/node (MarkPodsNotReady)

import type { VirtualClock, Timer } from '../../clock.ts';
import type { ApiClient } from '../../apiserver/api-client.ts';
import type { EventRecorder } from '../../apiserver/event-recorder.ts';
import type { Node, NodeCondition, Pod, Taint } from '../../api/types.ts';
import { isStatus } from '../../api/errors.ts';
import { clone } from '../../api/clone.ts';
import { rfc3339 } from '../../kubelet/format.ts';
import { planNodeHealth } from './node-health.ts';

/** --node-monitor-period. */
export const NODE_MONITOR_PERIOD_MS = 5_000;
/** --node-monitor-grace-period (50 s since v1.32). */
export const NODE_MONITOR_GRACE_PERIOD_MS = 50_000;

export interface NodeLifecycleOptions {
  api: ApiClient;
  events: EventRecorder;
  clock: VirtualClock;
  /** When the node's kubelet last renewed its lease in kube-node-lease; undefined when it has none. */
  leaseRenewTime(node: string): number | undefined;
}

const SOURCE = { component: 'node-controller' };

export class NodeLifecycleController {
  private readonly o: NodeLifecycleOptions;
  private timer?: Timer;

  constructor(options: NodeLifecycleOptions) {
    this.o = options;
  }

  start(): void {
    this.timer?.cancel();
    const tick = () => {
      this.monitorNodeHealth();
      this.timer = this.o.clock.setTimer(NODE_MONITOR_PERIOD_MS, tick);
    };
    this.timer = this.o.clock.setTimer(NODE_MONITOR_PERIOD_MS, tick);
  }

  stop(): void {
    this.timer?.cancel();
  }

  monitorNodeHealth(): void {
    const { api, clock } = this.o;
    // Read-only: nodes are listed every monitor period; the few that change are copied below.
    const nodes = api.list<Node>({ resource: 'nodes', readOnly: true });
    if (isStatus(nodes)) return;
    const now = clock.now();
    for (const node of nodes.items) {
      const plan = planNodeHealth({
        conditions: node.status?.conditions ?? [], taints: node.spec?.taints ?? [],
        leaseRenewTime: this.o.leaseRenewTime(node.metadata.name!), now, gracePeriodMs: NODE_MONITOR_GRACE_PERIOD_MS,
      });
      if (plan.action === 'none') continue;
      if (plan.action === 'markUnknown') this.markUnknown(clone(node), plan.conditions, plan.taints);
      else this.setTaints(clone(node), plan.taints);
    }
  }

  private markUnknown(node: Node, conditions: NodeCondition[], taints: Taint[]): void {
    const { api, events } = this.o;
    const name = node.metadata.name!;
    const updated = api.updateStatus<Node>({ resource: 'nodes', name, body: { ...node, status: { ...node.status, conditions } } });
    if (isStatus(updated)) return;
    this.setTaints(updated, taints);
    const ref = { apiVersion: 'v1', kind: 'Node', metadata: { name, uid: name } };
    events.eventf(ref, 'Normal', 'NodeNotReady', `Node ${name} status is now: NodeNotReady`, SOURCE);
    this.markPodsNotReady(name);
  }

  private setTaints(node: Node, taints: Taint[]): void {
    const spec = { ...node.spec };
    if (taints.length > 0) spec.taints = taints;
    else delete spec.taints;
    this.o.api.update<Node>({ resource: 'nodes', name: node.metadata.name!, body: { ...node, spec } });
  }

  private markPodsNotReady(nodeName: string): void {
    const { api, events, clock } = this.o;
    const pods = api.list<Pod>({ resource: 'pods', options: { fieldSelector: `spec.nodeName=${nodeName}` } });
    if (isStatus(pods)) return;
    const now = rfc3339(clock.now());
    for (const pod of pods.items) {
      const conditions = pod.status?.conditions ?? [];
      const ready = conditions.find((c) => c.type === 'Ready');
      if (!ready || ready.status === 'False') continue;
      const status = { ...pod.status, conditions: conditions.map((c) => (c.type === 'Ready' ? { ...c, status: 'False', lastTransitionTime: now } : c)) };
      const written = api.updateStatus<Pod>({ resource: 'pods', namespace: pod.metadata.namespace, name: pod.metadata.name!, body: { ...pod, status } });
      if (!isStatus(written)) events.eventf({ ...written, apiVersion: 'v1', kind: 'Pod' }, 'Warning', 'NodeNotReady', 'Node is not ready', SOURCE);
    }
  }
}
