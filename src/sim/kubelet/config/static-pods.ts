// Static pods on one node: the kubelet reads staticPodPath from its config file, runs every pod
// its manifest folder describes, and keeps a mirror pod in the API server for each. A mirror pod
// deleted through the API comes back (the pod itself never stopped); a manifest removed stops
// its pod and deletes the mirror; an edited manifest is a new pod (new hash) replacing the old.
// Models pkg/kubelet/kubelet.go (syncPod's mirror pod handling), pkg/kubelet/pod/pod_manager.go

import type { FileSystem } from '../../../os/fs/file-system.ts';
import type { ApiClient } from '../../apiserver/api-client.ts';
import type { Pod, PodStatus } from '../../api/types.ts';
import { isStatus } from '../../api/errors.ts';
import { mergePodStatus } from '../status/status-manager.ts';
import { FileSource } from './file-source.ts';
import type { KubeletJournal } from './journal.ts';
import { KUBELET_CONFIG_PATH, readStaticPodPath } from './kubelet-config.ts';
import { MirrorClient, mirrorHash } from './mirror-client.ts';

export interface StaticPodHost {
  /** Start running a pod that no API object drives (the pod workers, probes). */
  runPod(pod: Pod): void;
  /** Stop it and forget it. */
  stopPod(pod: Pod): void;
  podStatus(uid: string): PodStatus | undefined;
}

export interface StaticPodsOptions {
  api: ApiClient;
  nodeName: string;
  fs: FileSystem;
  now: () => number;
  journal: KubeletJournal;
  host: StaticPodHost;
}

export class StaticPods {
  private readonly o: StaticPodsOptions;
  private readonly mirrors: MirrorClient;
  private pods = new Map<string, Pod>();
  private source?: FileSource;
  /** Mirror pod UID → static pod UID, for kubelet endpoints reached through the mirror. */
  private readonly mirrorToStatic = new Map<string, string>();

  constructor(options: StaticPodsOptions) {
    this.o = options;
    this.mirrors = new MirrorClient(options.api, options.nodeName);
  }

  start(): void {
    const { fs, journal } = this.o;
    let text: string;
    try {
      text = fs.readFile(KUBELET_CONFIG_PATH);
    } catch {
      journal.error('server.go:302', 'Failed to load kubelet config file', { path: KUBELET_CONFIG_PATH, err: 'open /var/lib/kubelet/config.yaml: no such file or directory' });
      return;
    }
    const config = readStaticPodPath(text);
    if ('error' in config) {
      journal.error('server.go:302', 'Failed to load kubelet config file', { path: KUBELET_CONFIG_PATH, err: config.error });
      return;
    }
    if (!config.path) return;
    journal.info('kubelet.go:411', 'Adding static pod path', { path: config.path });
    this.source = new FileSource({
      fs, path: config.path, nodeName: this.o.nodeName, now: this.o.now, journal, onPods: (pods) => this.update(pods),
    });
    this.source.start();
  }

  stop(): void {
    this.source?.stop();
  }

  /** The static pod a mirror pod's UID stands for. */
  staticUidOf(mirrorUid: string): string | undefined {
    return this.mirrorToStatic.get(mirrorUid);
  }

  list(): Pod[] {
    return [...this.pods.values()];
  }

  /** A mirror pod changed in the API server (the kubelet's watch saw it). */
  mirrorEvent(type: 'ADDED' | 'MODIFIED' | 'DELETED', mirror: Pod): void {
    const uid = mirror.metadata.uid!;
    const pod = this.pods.get(mirrorHash(mirror) ?? '');
    const ns = mirror.metadata.namespace ?? 'default';
    if (type === 'DELETED') {
      this.mirrorToStatic.delete(uid);
      // Re-created on the pod's next sync upstream; here as soon as the deletion is seen.
      if (pod) void Promise.resolve().then(() => this.ensureMirror(pod));
      return;
    }
    if (!pod || pod.metadata.name !== mirror.metadata.name) {
      // A mirror without a static pod behind it (its file went away): the kubelet removes it.
      this.mirrors.deleteMirrorPod(ns, mirror.metadata.name!, uid);
      return;
    }
    this.mirrorToStatic.set(uid, pod.metadata.uid!);
    if (mirror.metadata.deletionTimestamp) {
      this.o.journal.info('kubelet.go:1992', 'Trying to delete pod', { pod: `${ns}/${mirror.metadata.name}`, podUID: uid });
      this.mirrors.deleteMirrorPod(ns, mirror.metadata.name!, uid);
    }
  }

  private update(pods: Pod[]): void {
    const next = new Map(pods.map((p) => [p.metadata.uid!, p]));
    for (const [uid, old] of this.pods) {
      if (next.has(uid)) continue;
      this.o.journal.info('kubelet.go:2460', 'SyncLoop REMOVE', { source: 'file', pods: `[${old.metadata.namespace}/${old.metadata.name}]` });
      this.o.host.stopPod(old);
      const mirror = this.mirrors.get(old.metadata.namespace!, old.metadata.name!);
      if (mirror && mirrorHash(mirror) === uid) this.mirrors.deleteMirrorPod(old.metadata.namespace!, old.metadata.name!, mirror.metadata.uid);
    }
    const added = pods.filter((p) => !this.pods.has(p.metadata.uid!));
    this.pods = next;
    for (const p of added) {
      this.o.journal.info('kubelet.go:2448', 'SyncLoop ADD', { source: 'file', pods: `[${p.metadata.namespace}/${p.metadata.name}]` });
      this.o.host.runPod(p);
      this.ensureMirror(p);
    }
  }

  private ensureMirror(pod: Pod): void {
    if (this.pods.get(pod.metadata.uid!) !== pod) return;
    const ns = pod.metadata.namespace!;
    const name = pod.metadata.name!;
    const existing = this.mirrors.get(ns, name);
    if (existing && mirrorHash(existing) === pod.metadata.uid && !existing.metadata.deletionTimestamp) {
      this.mirrorToStatic.set(existing.metadata.uid!, pod.metadata.uid!);
      return;
    }
    if (existing) {
      this.o.journal.info('kubelet.go:1992', 'Deleting mirror pod because it is outdated', { pod: `${ns}/${name}` });
      this.mirrors.deleteMirrorPod(ns, name, existing.metadata.uid);
    }
    this.o.journal.info('kubelet.go:1999', 'Creating a mirror pod for static pod', { pod: `${ns}/${name}` });
    const created = this.mirrors.createMirrorPod(pod);
    if (isStatus(created)) {
      this.o.journal.error('kubelet.go:2003', 'Failed creating a mirror pod', { pod: `${ns}/${name}`, err: created.message });
      return;
    }
    this.mirrorToStatic.set(created.metadata.uid!, pod.metadata.uid!);
    // The status the kubelet already has goes straight onto the new mirror.
    const known = this.o.host.podStatus(pod.metadata.uid!);
    if (known) {
      this.o.api.updateStatus<Pod>({
        resource: 'pods', namespace: ns, name, body: { ...created, status: mergePodStatus(created.status ?? {}, known) }, options: { fieldManager: 'kubelet' },
      });
    }
  }
}
