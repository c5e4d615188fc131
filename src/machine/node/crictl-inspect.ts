// `crictl inspect` and `crictl inspectp`: the CRI status of a container or pod sandbox as JSON,
// with the labels the kubelet puts on them and containerd's verbose info.
// Models cri-tools cmd/crictl/container.go (ContainerStatus) and containerd's CRI status info

import type { ClusterNode } from '../../sim/cluster/cluster.ts';
import { rfc3339Nano } from '../../sim/runtime/container-log.ts';
import { podLogDir } from '../../sim/kubelet/logs/pod-log-files.ts';

const ZERO_TIME = '0001-01-01T00:00:00Z';

function byPrefix<T extends { id: string }>(items: readonly T[], prefix: string): T | undefined {
  const matches = items.filter((i) => i.id.startsWith(prefix));
  return matches.length === 1 ? matches[0] : undefined;
}

export function inspectContainer(node: ClusterNode, prefix: string): string | undefined {
  const status = byPrefix(node.runtime.listContainers(), prefix);
  const c = status && node.runtime.inspect(status.id);
  if (!status || !c) return undefined;
  const sb = c.sandbox.config;
  const labels = {
    'io.kubernetes.container.name': status.name,
    'io.kubernetes.pod.name': sb.name,
    'io.kubernetes.pod.namespace': sb.namespace,
    'io.kubernetes.pod.uid': sb.podUid,
  };
  const doc = {
    status: {
      id: status.id,
      metadata: { attempt: status.attempt, name: status.name },
      state: `CONTAINER_${status.state.toUpperCase()}`,
      createdAt: rfc3339Nano(status.createdAt),
      startedAt: status.startedAt === undefined ? ZERO_TIME : rfc3339Nano(status.startedAt),
      finishedAt: status.finishedAt === undefined ? ZERO_TIME : rfc3339Nano(status.finishedAt),
      exitCode: status.exitCode ?? 0,
      image: { annotations: {}, image: c.config.image.ref, runtimeHandler: '', userSpecifiedImage: '' },
      imageRef: c.config.image.repoDigest,
      reason: status.reason ?? '',
      message: status.message ?? '',
      labels,
      annotations: { 'io.kubernetes.container.restartCount': String(status.attempt), 'io.kubernetes.container.terminationMessagePath': c.config.terminationMessagePath ?? '/dev/termination-log' },
      mounts: c.config.mounts.map((m) => ({ containerPath: m.containerPath, readonly: m.readOnly })),
      logPath: `${podLogDir(sb.namespace, sb.name, sb.podUid)}/${status.name}/${status.attempt}.log`,
      imageId: c.config.image.id,
    },
    info: {
      sandboxID: c.sandbox.id,
      pid: status.state === 'running' ? 4000 + (parseInt(status.id.slice(0, 4), 16) % 5000) : 0,
      removing: false,
      snapshotKey: status.id,
      snapshotter: 'overlayfs',
      runtimeType: 'io.containerd.runc.v2',
      runtimeOptions: { systemd_cgroup: true },
      config: { metadata: { name: status.name, attempt: status.attempt }, image: { image: c.config.image.id }, command: c.argv.slice(0, 1), args: c.argv.slice(1), envs: Object.entries(c.env).map(([key, value]) => ({ key, value })), labels },
    },
  };
  return `${JSON.stringify(doc, null, 2)}\n`;
}

export function inspectPod(node: ClusterNode, prefix: string): string | undefined {
  const s = byPrefix(node.runtime.listPodSandboxes(), prefix);
  if (!s) return undefined;
  const doc = {
    status: {
      id: s.id,
      metadata: { attempt: 0, name: s.config.name, namespace: s.config.namespace, uid: s.config.podUid },
      state: s.state === 'ready' ? 'SANDBOX_READY' : 'SANDBOX_NOTREADY',
      createdAt: rfc3339Nano(s.createdAt),
      network: { additionalIps: [], ip: s.config.hostNetwork ? '' : s.config.ip },
      linux: { namespaces: { options: { ipc: 'POD', network: s.config.hostNetwork ? 'NODE' : 'POD', pid: 'CONTAINER', targetId: '', usernsOptions: null } } },
      labels: { 'io.kubernetes.pod.name': s.config.name, 'io.kubernetes.pod.namespace': s.config.namespace, 'io.kubernetes.pod.uid': s.config.podUid },
      runtimeHandler: '',
    },
    info: { pid: s.pause.pid, processStatus: s.state === 'ready' ? 'running' : 'deleted', runtimeHandler: '', runtimeType: 'io.containerd.runc.v2', snapshotter: 'overlayfs' },
  };
  return `${JSON.stringify(doc, null, 2)}\n`;
}
