// A node as a lab describes it (name, role, size, address, pod range, taints, labels), and the
// Node object the kubelet registers for it — labels, annotations, taints, capacity and
// allocatable, addresses, nodeInfo and conditions as a kubeadm v1.33 node reports them.
// Models pkg/kubelet/kubelet_node_status.go (initialNode) and pkg/kubelet/nodestatus/setters.go

import type { Node, NodeCondition, Quantity, Taint } from '../api/types.ts';
import { formatQuantity, parseQuantity } from '../api/quantity.ts';
import type { Random } from '../random.ts';
import { DEFAULT_SYSTEM_INFO, NODE_ANNOTATIONS, nodeConditions, type NodeSystemInfo } from '../kubelet/node-status.ts';

export { DEFAULT_SYSTEM_INFO, type NodeSystemInfo };

export type NodeRole = 'control-plane' | 'worker';

export interface NodeDescription {
  name: string;
  role: NodeRole;
  /** InternalIP. */
  ip: string;
  podCIDR: string;
  /** Machine size; unset entries take DEFAULT_CAPACITY. */
  capacity?: Partial<Record<'cpu' | 'memory' | 'pods' | 'ephemeral-storage' | 'hugepages-1Gi' | 'hugepages-2Mi', Quantity>>;
  /** Replaces the role's default taints (a control plane gets the NoSchedule taint). */
  taints?: Taint[];
  /** Added to (or overriding) the kubelet's and kubeadm's labels. */
  labels?: Record<string, string>;
  unschedulable?: boolean;
  system?: Partial<NodeSystemInfo>;
  /**
   * A node whose kubelet stopped posting status: the node lifecycle controller's Unknown
   * conditions and node.kubernetes.io/unreachable taints.
   */
  notReady?: boolean;
}

const UNREACHABLE = 'node.kubernetes.io/unreachable';

export const CONTROL_PLANE_TAINT: Taint = { key: 'node-role.kubernetes.io/control-plane', effect: 'NoSchedule' };

/** A lab VM: 2 vCPU, about 2 GiB of memory, a 20 GB disk. */
export const DEFAULT_CAPACITY: Record<string, Quantity> = {
  cpu: '2',
  'ephemeral-storage': '19221248Ki',
  'hugepages-1Gi': '0',
  'hugepages-2Mi': '0',
  memory: '2030940Ki',
  pods: '110',
};

/** kubelet's default --eviction-hard memory.available<100Mi is held back from allocatable. */
const EVICTION_MEMORY_BYTES = 100n * 1024n * 1024n;
/** nodefs.available as a lab's kubelet sets it (5%), applied as kubelet does, via float32. */
const EVICTION_NODEFS_FRACTION = Math.fround(0.05);

const bytes = (q: Quantity) => (parseQuantity(q)?.nanos ?? 0n) / 1_000_000_000n;

/** Capacity minus the eviction thresholds (no kube-reserved or system-reserved on kubeadm). */
export function allocatableFor(capacity: Record<string, Quantity>): Record<string, Quantity> {
  const out = { ...capacity };
  if (capacity.memory !== undefined) {
    const q = parseQuantity(capacity.memory)!;
    const left = bytes(capacity.memory) - EVICTION_MEMORY_BYTES;
    out.memory = formatQuantity({ nanos: (left < 0n ? 0n : left) * 1_000_000_000n, format: q.format });
  }
  if (capacity['ephemeral-storage'] !== undefined) {
    const cap = bytes(capacity['ephemeral-storage']);
    const reserved = BigInt(Math.trunc(Number(cap) * EVICTION_NODEFS_FRACTION));
    out['ephemeral-storage'] = formatQuantity({ nanos: (cap - reserved) * 1_000_000_000n, format: 'DecimalSI' });
  }
  return out;
}

export function nodeLabels(d: NodeDescription, system: NodeSystemInfo): Record<string, string> {
  const labels: Record<string, string> = {
    'beta.kubernetes.io/arch': system.architecture,
    'beta.kubernetes.io/os': system.operatingSystem,
    'kubernetes.io/arch': system.architecture,
    'kubernetes.io/hostname': d.name,
    'kubernetes.io/os': system.operatingSystem,
  };
  if (d.role === 'control-plane') {
    labels['node-role.kubernetes.io/control-plane'] = '';
    labels['node.kubernetes.io/exclude-from-external-load-balancers'] = '';
  }
  return { ...labels, ...d.labels };
}

/** A kubelet's first conditions, or the node lifecycle controller's Unknown ones for a node that stopped posting. */
function initialConditions(at: string, ready: boolean): NodeCondition[] {
  if (ready) return nodeConditions(at);
  // Models pkg/controller/nodelifecycle/node_lifecycle_controller.go (tryUpdateNodeHealth).
  return ['MemoryPressure', 'DiskPressure', 'PIDPressure', 'Ready'].map((type) => ({
    type, status: 'Unknown', lastHeartbeatTime: at, lastTransitionTime: at, reason: 'NodeStatusUnknown', message: 'Kubelet stopped posting node status.',
  }));
}

const rfc3339 = (ms: number) => new Date(Math.floor(ms / 1000) * 1000).toISOString().replace('.000Z', 'Z');

/** A systemd-style machine id and boot id, and the SMBIOS UUID, drawn from the seeded Random. */
function machineIds(random: Random): { machineID: string; systemUUID: string; bootID: string } {
  return { machineID: random.hex(32), systemUUID: random.uuid(), bootID: random.uuid() };
}

export interface NodeObjectOptions {
  /** When the node registered (creation and condition transition times). */
  now: number;
  random: Random;
}

/**
 * The Node object for a description, as its kubelet would register it and report its first
 * status. Pure apart from drawing ids from `random`.
 */
export function nodeFromDescription(d: NodeDescription, { now, random }: NodeObjectOptions): Node {
  const system = { ...DEFAULT_SYSTEM_INFO, ...d.system };
  const capacity = { ...DEFAULT_CAPACITY, ...d.capacity } as Record<string, Quantity>;
  const at = rfc3339(now);
  const taints = d.taints ?? [
    ...(d.role === 'control-plane' ? [CONTROL_PLANE_TAINT] : []),
    ...(d.notReady ? [{ key: UNREACHABLE, effect: 'NoSchedule' }, { key: UNREACHABLE, effect: 'NoExecute', timeAdded: at }] : []),
  ];
  const spec: Node['spec'] = { podCIDR: d.podCIDR, podCIDRs: [d.podCIDR] };
  if (d.unschedulable) spec.unschedulable = true;
  if (taints.length > 0) spec.taints = taints.map((t) => ({ ...t }));
  return {
    apiVersion: 'v1',
    kind: 'Node',
    metadata: {
      name: d.name,
      labels: nodeLabels(d, system),
      annotations: { ...NODE_ANNOTATIONS },
    },
    spec,
    status: {
      capacity,
      allocatable: allocatableFor(capacity),
      conditions: initialConditions(at, !d.notReady),
      addresses: [{ type: 'InternalIP', address: d.ip }, { type: 'Hostname', address: d.name }],
      daemonEndpoints: { kubeletEndpoint: { Port: 10250 } },
      // Field order as NodeSystemInfo declares it, which `-o json` keeps.
      nodeInfo: {
        ...machineIds(random),
        kernelVersion: system.kernelVersion, osImage: system.osImage,
        containerRuntimeVersion: system.containerRuntimeVersion, kubeletVersion: system.kubeletVersion,
        kubeProxyVersion: system.kubeProxyVersion, operatingSystem: system.operatingSystem, architecture: system.architecture,
      },
    },
  };
}
