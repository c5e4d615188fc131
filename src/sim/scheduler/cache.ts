// What the scheduler knows of the cluster: nodes, and the pods bound (or assumed bound) to
// them. Fed by watches; a snapshot of it is what the plugins see in a cycle, and plugins treat
// its NodeInfos as read-only, so a node's stays valid until the node or its pods change.
// Models pkg/scheduler/backend/cache/cache.go (assume/forget, UpdateSnapshot)

import type { Node, Pod } from '../api/types.ts';
import { newNodeInfo, type NodeInfo } from './framework/node-info.ts';

export const podKey = (p: Pod) => `${p.metadata.namespace ?? 'default'}/${p.metadata.name}`;

/** Pods that finished no longer hold resources on their node. */
export const isTerminal = (p: Pod) => p.status?.phase === 'Succeeded' || p.status?.phase === 'Failed';

export class SchedulerCache {
  private readonly nodes = new Map<string, Node>();
  private readonly pods = new Map<string, Pod>();
  /** The pods of each node, in the order they came: what its NodeInfo sums. */
  private readonly podsByNode = new Map<string, Map<string, Pod>>();
  /** NodeInfos of nodes unchanged since the last snapshot: a cycle rebuilds only what changed. */
  private readonly infos = new Map<string, NodeInfo>();
  /** Pods counted on a node before the API confirmed their binding. */
  private readonly assumed = new Set<string>();

  setNode(node: Node): void {
    const name = node.metadata.name ?? '';
    this.nodes.set(name, node);
    this.infos.delete(name);
  }

  removeNode(name: string): void {
    this.nodes.delete(name);
    this.infos.delete(name);
  }

  node(name: string): Node | undefined {
    return this.nodes.get(name);
  }

  /** Records a bound pod (or forgets it once it has finished). */
  setPod(pod: Pod): void {
    this.assumed.delete(podKey(pod));
    if (isTerminal(pod) || !pod.spec.nodeName) this.put(podKey(pod), undefined);
    else this.put(podKey(pod), pod);
  }

  removePod(pod: Pod): void {
    this.assumed.delete(podKey(pod));
    this.put(podKey(pod), undefined);
  }

  hasPod(pod: Pod): boolean {
    return this.pods.has(podKey(pod));
  }

  /** Counts the pod on `node` before the API confirms the binding, so the next cycle sees it. */
  assume(pod: Pod, node: string): void {
    this.put(podKey(pod), { ...pod, spec: { ...pod.spec, nodeName: node } });
    this.assumed.add(podKey(pod));
  }

  /** Undoes `assume` when binding failed. */
  forget(pod: Pod): void {
    if (this.assumed.delete(podKey(pod))) this.put(podKey(pod), undefined);
  }

  snapshot(): NodeInfo[] {
    return [...this.nodes.values()].map((n) => {
      const name = n.metadata.name ?? '';
      let info = this.infos.get(name);
      if (!info) {
        info = newNodeInfo(n, [...(this.podsByNode.get(name)?.values() ?? [])]);
        this.infos.set(name, info);
      }
      return info;
    });
  }

  nodeCount(): number {
    return this.nodes.size;
  }

  /** Sets or deletes a pod, keeping the per-node lists and dropping the NodeInfos it changes. */
  private put(key: string, pod: Pod | undefined): void {
    const old = this.pods.get(key)?.spec.nodeName;
    if (old !== undefined && old !== pod?.spec.nodeName) {
      this.podsByNode.get(old)?.delete(key);
      this.infos.delete(old);
    }
    if (!pod) {
      this.pods.delete(key);
      return;
    }
    const node = pod.spec.nodeName!;
    this.pods.set(key, pod);
    let list = this.podsByNode.get(node);
    if (!list) this.podsByNode.set(node, (list = new Map()));
    list.set(key, pod);
    this.infos.delete(node);
  }
}
