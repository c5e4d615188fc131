// What the scheduler knows of the cluster: nodes, and the pods bound (or assumed bound) to
// them. Fed by watches; a snapshot of it is what the plugins see in a cycle.
// Models pkg/scheduler/backend/cache/cache.go (assume/forget, UpdateSnapshot)

import type { Node, Pod } from '../api/types.ts';
import { newNodeInfo, type NodeInfo } from './framework/node-info.ts';

export const podKey = (p: Pod) => `${p.metadata.namespace ?? 'default'}/${p.metadata.name}`;

/** Pods that finished no longer hold resources on their node. */
export const isTerminal = (p: Pod) => p.status?.phase === 'Succeeded' || p.status?.phase === 'Failed';

export class SchedulerCache {
  private readonly nodes = new Map<string, Node>();
  private readonly pods = new Map<string, Pod>();
  /** Pods counted on a node before the API confirmed their binding. */
  private readonly assumed = new Set<string>();

  setNode(node: Node): void {
    this.nodes.set(node.metadata.name ?? '', node);
  }

  removeNode(name: string): void {
    this.nodes.delete(name);
  }

  node(name: string): Node | undefined {
    return this.nodes.get(name);
  }

  /** Records a bound pod (or forgets it once it has finished). */
  setPod(pod: Pod): void {
    this.assumed.delete(podKey(pod));
    if (isTerminal(pod) || !pod.spec.nodeName) this.pods.delete(podKey(pod));
    else this.pods.set(podKey(pod), pod);
  }

  removePod(pod: Pod): void {
    this.assumed.delete(podKey(pod));
    this.pods.delete(podKey(pod));
  }

  hasPod(pod: Pod): boolean {
    return this.pods.has(podKey(pod));
  }

  /** Counts the pod on `node` before the API confirms the binding, so the next cycle sees it. */
  assume(pod: Pod, node: string): void {
    this.pods.set(podKey(pod), { ...pod, spec: { ...pod.spec, nodeName: node } });
    this.assumed.add(podKey(pod));
  }

  /** Undoes `assume` when binding failed. */
  forget(pod: Pod): void {
    if (this.assumed.delete(podKey(pod))) this.pods.delete(podKey(pod));
  }

  snapshot(): NodeInfo[] {
    const byNode = new Map<string, Pod[]>();
    for (const p of this.pods.values()) {
      const list = byNode.get(p.spec.nodeName!);
      if (list) list.push(p);
      else byNode.set(p.spec.nodeName!, [p]);
    }
    return [...this.nodes.values()].map((n) => newNodeInfo(n, byNode.get(n.metadata.name ?? '') ?? []));
  }

  nodeCount(): number {
    return this.nodes.size;
  }
}
