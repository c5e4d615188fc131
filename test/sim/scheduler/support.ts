import type { Container, Node, Pod, Taint } from '../../../src/sim/api/types.ts';
import { newNodeInfo, type NodeInfo } from '../../../src/sim/scheduler/framework/node-info.ts';
import type { FilterPlugin } from '../../../src/sim/scheduler/framework/plugin.ts';
import type { Status } from '../../../src/sim/scheduler/framework/status.ts';

export interface NodeOpts {
  cpu?: string;
  memory?: string;
  pods?: string;
  labels?: Record<string, string>;
  taints?: Taint[];
  unschedulable?: boolean;
}

export function node(name: string, o: NodeOpts = {}): Node {
  const allocatable = { cpu: o.cpu ?? '2', memory: o.memory ?? '2Gi', pods: o.pods ?? '110', 'ephemeral-storage': '10Gi' };
  return {
    apiVersion: 'v1', kind: 'Node',
    metadata: { name, labels: { 'kubernetes.io/hostname': name, ...o.labels } },
    spec: { ...(o.unschedulable ? { unschedulable: true } : {}), ...(o.taints ? { taints: o.taints } : {}) },
    status: { capacity: allocatable, allocatable },
  };
}

export function pod(name: string, spec: Partial<Pod['spec']> = {}, labels?: Record<string, string>, namespace = 'default'): Pod {
  return {
    apiVersion: 'v1', kind: 'Pod',
    metadata: { name, namespace, ...(labels ? { labels } : {}) },
    spec: { containers: [{ name: 'c', image: 'nginx' }], ...spec },
  };
}

export function container(name: string, requests?: Record<string, string>, extra: Partial<Container> = {}): Container {
  return { name, image: 'busybox', ...(requests ? { resources: { requests } } : {}), ...extra };
}

export function bound(p: Pod, nodeName: string): Pod {
  return { ...p, spec: { ...p.spec, nodeName } };
}

/** Runs one plugin as the framework does: pre-filter over all nodes, then filter one. */
export function runFilter<S>(plugin: FilterPlugin<S>, p: Pod, target: NodeInfo, all: NodeInfo[] = [target]): Status {
  const state = plugin.preFilter ? plugin.preFilter(p, all) : (undefined as S);
  return plugin.filter(p, target, state);
}

export function info(n: Node, pods: Pod[] = []): NodeInfo {
  return newNodeInfo(n, pods);
}
