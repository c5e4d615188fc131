// What a node's own daemons (kubelet, containerd, systemd, the kernel) use besides its pods: a
// fixed share of the machine, so nodes differ only by their pods. The eviction manager counts it
// in memory.available and metrics-server in `kubectl top node`, so the two agree.
// Models the root cgroup's working set as pkg/kubelet/cm reports it through the summary API

export function systemUsage(node: { cpus: number; memoryBytes: number }): { cpuMillicores: number; memoryBytes: number } {
  // Whole 4 KiB pages, as every working-set figure the kernel reports.
  return { cpuMillicores: 40 + 20 * node.cpus, memoryBytes: Math.round((node.memoryBytes * 0.12) / 4096) * 4096 };
}
