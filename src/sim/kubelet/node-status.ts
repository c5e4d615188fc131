// The Node object a kubelet registers and keeps up to date: labels it sets itself, capacity and
// allocatable, the four conditions with their real reasons and messages, addresses, system info
// and the images present on the node. Pure.
// Models pkg/kubelet/kubelet_node_status.go and pkg/kubelet/nodestatus/setters.go

import type { Node, NodeCondition, Taint } from '../api/types.ts';
import type { ImageInfo } from '../cri/types.ts';

export interface NodeDescription {
  name: string;
  internalIP: string;
  /** e.g. `10.244.1.0/24`; pod IPs come from here. */
  podCIDR: string;
  labels?: Record<string, string>;
  annotations?: Record<string, string>;
  taints?: Taint[];
  /** cpu, memory, pods, ephemeral-storage, hugepages-2Mi… as the machine has them. */
  capacity: Record<string, string>;
  /** Defaults to capacity. */
  allocatable?: Record<string, string>;
  nodeInfo?: Partial<NonNullable<Node['status']['nodeInfo']>>;
}

export const KUBELET_VERSION = 'v1.33.1';

/** The machine a node's kubelet reports in status.nodeInfo (besides its ids). */
export interface NodeSystemInfo {
  kernelVersion: string;
  osImage: string;
  containerRuntimeVersion: string;
  kubeletVersion: string;
  kubeProxyVersion: string;
  architecture: string;
  operatingSystem: string;
}

/** A lab VM's: Ubuntu on GCP with containerd, as kubeadm labs run. */
export const DEFAULT_SYSTEM_INFO: NodeSystemInfo = {
  kernelVersion: '6.8.0-1021-gcp',
  osImage: 'Ubuntu 24.04.1 LTS',
  containerRuntimeVersion: 'containerd://1.7.24',
  kubeletVersion: KUBELET_VERSION,
  // DisableNodeKubeProxyVersion is on by default from v1.33: the kubelet leaves this empty.
  kubeProxyVersion: '',
  architecture: 'amd64',
  operatingSystem: 'linux',
};

/** What kubeadm and the kubelet annotate every node they register with. */
export const NODE_ANNOTATIONS: Readonly<Record<string, string>> = {
  'kubeadm.alpha.kubernetes.io/cri-socket': 'unix:///var/run/containerd/containerd.sock',
  'node.alpha.kubernetes.io/ttl': '0',
  'volumes.kubernetes.io/controller-managed-attach-detach': 'true',
};

/** The ids a node's system info carries; drawn once from the seeded Random by the kubelet. */
export interface NodeIds {
  machineID: string;
  systemUUID: string;
  bootID: string;
}

export function nodeConditions(now: string, old: NodeCondition[] = []): NodeCondition[] {
  const rows: [string, string, string, string][] = [
    ['MemoryPressure', 'False', 'KubeletHasSufficientMemory', 'kubelet has sufficient memory available'],
    ['DiskPressure', 'False', 'KubeletHasNoDiskPressure', 'kubelet has no disk pressure'],
    ['PIDPressure', 'False', 'KubeletHasSufficientPID', 'kubelet has sufficient PID available'],
    ['Ready', 'True', 'KubeletReady', 'kubelet is posting ready status'],
  ];
  return rows.map(([type, status, reason, message]) => {
    const prev = old.find((c) => c.type === type);
    const lastTransitionTime = prev && prev.status === status && prev.lastTransitionTime ? prev.lastTransitionTime : now;
    return { type, status, lastHeartbeatTime: now, lastTransitionTime, reason, message };
  });
}

/** Node status images: largest first, each named by digest and by tag, at most 50. */
export function nodeImages(images: ImageInfo[]): { names: string[]; sizeBytes: number }[] {
  return [...images]
    .sort((a, b) => b.sizeBytes - a.sizeBytes || (a.ref < b.ref ? -1 : 1))
    .slice(0, 50)
    .map((i) => ({ names: [i.repoDigest, i.ref], sizeBytes: i.sizeBytes }));
}

export function buildNode(desc: NodeDescription, ids: NodeIds, now: string, images: ImageInfo[]): Node {
  const info = desc.nodeInfo ?? {};
  return {
    apiVersion: 'v1', kind: 'Node',
    metadata: {
      name: desc.name,
      labels: {
        'beta.kubernetes.io/arch': info.architecture ?? 'amd64',
        'beta.kubernetes.io/os': 'linux',
        'kubernetes.io/arch': info.architecture ?? 'amd64',
        'kubernetes.io/hostname': desc.name,
        'kubernetes.io/os': 'linux',
        ...desc.labels,
      },
      annotations: { ...NODE_ANNOTATIONS, ...desc.annotations },
    },
    spec: {
      podCIDR: desc.podCIDR, podCIDRs: [desc.podCIDR],
      ...(desc.taints && desc.taints.length > 0 ? { taints: desc.taints } : {}),
    },
    status: {
      capacity: { ...desc.capacity },
      allocatable: { ...(desc.allocatable ?? desc.capacity) },
      conditions: nodeConditions(now),
      addresses: [{ type: 'InternalIP', address: desc.internalIP }, { type: 'Hostname', address: desc.name }],
      daemonEndpoints: { kubeletEndpoint: { Port: 10250 } },
      nodeInfo: {
        machineID: info.machineID ?? ids.machineID,
        systemUUID: info.systemUUID ?? ids.systemUUID,
        bootID: info.bootID ?? ids.bootID,
        kernelVersion: info.kernelVersion ?? DEFAULT_SYSTEM_INFO.kernelVersion,
        osImage: info.osImage ?? DEFAULT_SYSTEM_INFO.osImage,
        containerRuntimeVersion: info.containerRuntimeVersion ?? DEFAULT_SYSTEM_INFO.containerRuntimeVersion,
        kubeletVersion: info.kubeletVersion ?? KUBELET_VERSION,
        kubeProxyVersion: info.kubeProxyVersion ?? info.kubeletVersion ?? KUBELET_VERSION,
        operatingSystem: 'linux',
        architecture: info.architecture ?? DEFAULT_SYSTEM_INFO.architecture,
      },
      images: nodeImages(images),
    },
  };
}
