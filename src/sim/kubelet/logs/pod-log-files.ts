// The container log files on a node's disk, as the kubelet lays them out and containerd writes
// them: /var/log/pods/<namespace>_<pod>_<uid>/<container>/<attempt>.log in the CRI log format
// (`<RFC3339Nano> <stream> F <line>`), and /var/log/containers/<pod>_<namespace>_<container>-<id>.log
// symlinks to them. The files follow the runtime's log of each container the pod's status
// names, and go away with the pod; only the current and the previous instance are kept.
// Models pkg/kubelet/kuberuntime/kuberuntime_container.go (BuildContainerLogsDirectory,
// legacyLogSymlink) and containerd pkg/cri/io/logger.go

import type { FileSystem } from '../../../os/fs/file-system.ts';
import type { ApiClient, Watch } from '../../apiserver/api-client.ts';
import type { Pod } from '../../api/types.ts';
import { isStatus } from '../../api/errors.ts';
import type { LogLine } from '../../cri/types.ts';
import type { ContainerRuntime } from '../../runtime/container-runtime.ts';
import { rfc3339Nano } from '../../runtime/container-log.ts';

export const POD_LOGS_ROOT = '/var/log/pods';
export const CONTAINER_LOGS_ROOT = '/var/log/containers';

const MIRROR_ANNOTATION = 'kubernetes.io/config.mirror';

/** One CRI log line: `2026-01-05T09:00:01.123Z stdout F hello`. */
export function criLogLine(line: LogLine): string {
  return `${rfc3339Nano(line.time)} ${line.stream} F ${line.text}\n`;
}

export function podLogDir(namespace: string, name: string, uid: string): string {
  return `${POD_LOGS_ROOT}/${namespace}_${name}_${uid}`;
}

interface Followed {
  file: string;
  link: string;
  podDir: string;
  container: string;
  attempt: number;
  unfollow: () => void;
}

export class PodLogFiles {
  private readonly fs: FileSystem;
  private readonly api: ApiClient;
  private readonly runtime: ContainerRuntime;
  private readonly nodeName: string;
  private readonly followed = new Map<string, Followed>();
  private watch?: Watch;

  constructor(options: { fs: FileSystem; api: ApiClient; runtime: ContainerRuntime; nodeName: string }) {
    this.fs = options.fs;
    this.api = options.api;
    this.runtime = options.runtime;
    this.nodeName = options.nodeName;
  }

  start(): void {
    if (this.watch) return;
    const w = this.api.watch<Pod>({ resource: 'pods', options: { fieldSelector: `spec.nodeName=${this.nodeName}` } }, (ev) => {
      if (ev.type === 'DELETED') this.removePod(ev.object);
      else this.syncPod(ev.object);
    });
    if (!isStatus(w)) this.watch = w;
  }

  stop(): void {
    this.watch?.stop();
    this.watch = undefined;
    for (const f of this.followed.values()) f.unfollow();
    this.followed.clear();
  }

  private syncPod(pod: Pod): void {
    const ns = pod.metadata.namespace ?? 'default';
    const name = pod.metadata.name!;
    // A mirror pod's files are its static pod's: named by the manifest's hash.
    const uid = pod.metadata.annotations?.[MIRROR_ANNOTATION] ?? pod.metadata.uid!;
    const podDir = podLogDir(ns, name, uid);
    const statuses = [...(pod.status?.initContainerStatuses ?? []), ...(pod.status?.containerStatuses ?? []), ...(pod.status?.ephemeralContainerStatuses ?? [])];
    for (const s of statuses) {
      const id = s.containerID?.replace(/^[a-z]+:\/\//, '');
      if (!id || this.followed.has(id)) continue;
      const attempt = this.runtime.containerStatus(id)?.attempt ?? s.restartCount ?? 0;
      this.follow(id, podDir, s.name, attempt, `${CONTAINER_LOGS_ROOT}/${name}_${ns}_${s.name}-${id}.log`);
    }
  }

  private follow(id: string, podDir: string, container: string, attempt: number, link: string): void {
    const dir = `${podDir}/${container}`;
    const file = `${dir}/${attempt}.log`;
    try {
      this.fs.mkdir(dir, { recursive: true });
      this.fs.writeFile(file, this.runtime.logs(id).map(criLogLine).join(''), { mode: 0o640 });
      if (!this.fs.exists(link)) this.fs.symlink(file, link);
    } catch {
      return;
    }
    const unfollow = this.runtime.followLogs(id, (line) => {
      try {
        this.fs.appendFile(file, criLogLine(line));
      } catch {
        // The file was removed by hand: containerd keeps writing to the unlinked inode.
      }
    });
    this.followed.set(id, { file, link, podDir, container, attempt, unfollow });
    // The kubelet's container GC keeps one dead instance per container (for `logs --previous`).
    for (const [otherId, f] of this.followed) {
      if (f.podDir === podDir && f.container === container && f.attempt < attempt - 1) this.forget(otherId, f);
    }
  }

  private forget(id: string, f: Followed): void {
    f.unfollow();
    this.followed.delete(id);
    for (const path of [f.file, f.link]) {
      try { this.fs.unlink(path); } catch { /* already gone */ }
    }
  }

  private removePod(pod: Pod): void {
    const uid = pod.metadata.annotations?.[MIRROR_ANNOTATION] ?? pod.metadata.uid!;
    const podDir = podLogDir(pod.metadata.namespace ?? 'default', pod.metadata.name!, uid);
    // A static pod outlives its mirror: its files stay while the manifest does.
    if (pod.metadata.annotations?.[MIRROR_ANNOTATION]) return;
    for (const [id, f] of this.followed) if (f.podDir === podDir) this.forget(id, f);
    try { this.fs.remove(podDir, { recursive: true }); } catch { /* never written */ }
  }
}
