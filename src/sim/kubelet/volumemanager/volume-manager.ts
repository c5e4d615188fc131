// Pod volumes as trees the runtime can mount: emptyDir (one tree shared by the pod's
// containers, kept across container restarts, dropped with the pod), hostPath (the node's own
// filesystem), and the API-data volumes — configMap, secret, downwardAPI and projected (the
// kube-api-access-xxxxx service-account volume) — written in the kubelet's `..data` layout,
// rewritten when their source changes, with fsGroup ownership applied.
// Models pkg/kubelet/volumemanager/volume_manager.go (WaitForAttachAndMount,
// GetMountedVolumesForPod) with pkg/volume/emptydir, hostpath, configmap, secret, downwardapi
// and projected

import type { Container, Pod } from '../../api/types.ts';
import { FileSystem, Tree } from '../../../os/index.ts';
import type { MountSource } from '../../../os/fs/file-system.ts';
import type { MountSpec } from '../../cri/types.ts';
import { timestampDirName, writePayload } from './atomic-writer.ts';
import { emptyDirSizeLimit } from './empty-dir.ts';
import { hostPathSource } from './host-path.ts';
import {
  configMapPayload, downwardAPIPayload, projectedPayload, secretPayload,
  type DownwardAPIFile, type PayloadResult, type PayloadSources, type ProjectedSource,
} from './payload.ts';
import { setVolumeOwnership } from './volume-ownership.ts';

export { serviceAccountToken } from './service-account-token.ts';

export type MountResult = { ok: true } | { ok: false; message: string };

export interface VolumeManager {
  /**
   * Sets up every volume of the pod (idempotent; API-data volumes are refreshed); a failure
   * becomes a FailedMount event. Asynchronous like the kubelet's WaitForAttachAndMount: the
   * pod worker waits for the volume manager's own loop.
   */
  mountPod(pod: Pod): Promise<MountResult>;
  /** The container's volumeMounts as mount specs over the pod's trees. */
  mountsFor(pod: Pod, container: Container): MountSpec[];
  unmountPod(uid: string): void;
  /** Bytes stored in each of the pod's emptyDir volumes, by volume name (the summary API's volume stats). */
  emptyDirUsage?(uid: string): Map<string, number>;
  /** Calls `listener` after an emptyDir with a sizeLimit grew or shrank. */
  onEmptyDirChange?(listener: () => void): () => void;
}

export interface VolumeSources extends PayloadSources {
  now(): number;
  /** The node's root filesystem, for hostPath volumes. */
  hostFs?(): FileSystem | undefined;
}

interface MountedVolume {
  source: Tree | MountSource;
  /** API-data volumes: the tree's filesystem and how many payloads it has had. */
  fs?: FileSystem;
  writes?: number;
  /** configMap, secret, downwardAPI and projected volumes are always mounted read-only. */
  apiData?: boolean;
}

interface PodVolumes {
  pod: Pod;
  volumes: Map<string, MountedVolume>;
  /** One token per projected source for the pod's life (a resync must not mint another). */
  tokens: Map<string, string>;
}

/** FNV-1a: a stable number for the `..<timestamp>.<n>` folder, without drawing on the cluster's PRNG. */
function stableNumber(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193) >>> 0;
  return h;
}

export class BasicVolumeManager implements VolumeManager {
  private readonly sources: VolumeSources;
  private readonly pods = new Map<string, PodVolumes>();
  private readonly usageListeners = new Set<() => void>();

  constructor(sources: VolumeSources) {
    this.sources = sources;
  }

  async mountPod(pod: Pod): Promise<MountResult> {
    await Promise.resolve();
    return this.setUp(pod);
  }

  /** Sets up the pod's volumes now (the volume manager's reconciler turn). */
  setUp(pod: Pod): MountResult {
    const uid = pod.metadata.uid!;
    let rec = this.pods.get(uid);
    if (!rec) this.pods.set(uid, (rec = { pod, volumes: new Map(), tokens: new Map() }));
    rec.pod = pod;
    const fsGroup = pod.spec.securityContext?.fsGroup;
    let failure: MountResult | undefined;
    for (const v of pod.spec.volumes ?? []) {
      const known = rec.volumes.get(v.name);
      if (known && !known.apiData) continue;
      const fail = (message: string) => { failure ??= { ok: false, message: `MountVolume.SetUp failed for volume "${v.name}" : ${message}` }; };
      if (v.emptyDir) {
        const limit = emptyDirSizeLimit(pod, v, this.sources.nodeAllocatable.memory);
        const tree = new Tree({ limit, memory: v.emptyDir.medium === 'Memory', mode: 0o777, mtime: this.sources.now() });
        if (v.emptyDir.sizeLimit) tree.onChange = () => { for (const l of [...this.usageListeners]) l(); };
        if (fsGroup !== undefined) setVolumeOwnership(new FileSystem(tree, this.sources.now), '/', fsGroup, false);
        rec.volumes.set(v.name, { source: tree });
      } else if (v.hostPath) {
        const host = this.sources.hostFs?.();
        if (!host) {
          rec.volumes.set(v.name, { source: new Tree({ mode: 0o755, mtime: this.sources.now() }) });
          continue;
        }
        const made = hostPathSource(host, v.hostPath.path, v.hostPath.type);
        if (!made.ok) fail(made.message);
        else rec.volumes.set(v.name, { source: made.source });
      } else {
        const payload = this.apiPayload(rec, v);
        if (!payload) continue;
        if (!payload.ok) {
          // A volume already set up keeps its last content when its source goes away.
          if (!known) fail(payload.message);
          continue;
        }
        const vol = known ?? this.newApiVolume(v.secret || v.projected ? 0o1777 : 0o777);
        const n = vol.writes ?? 0;
        const dir = timestampDirName(this.sources.now(), stableNumber(`${pod.metadata.namespace}/${pod.metadata.name}/${v.name}/${n}`));
        if (writePayload(vol.fs!, '/', payload.payload, dir)) {
          vol.writes = n + 1;
          if (fsGroup !== undefined) setVolumeOwnership(vol.fs!, '/', fsGroup, true);
        }
        rec.volumes.set(v.name, vol);
      }
    }
    return failure ?? { ok: true };
  }

  mountsFor(pod: Pod, container: Container): MountSpec[] {
    const rec = this.pods.get(pod.metadata.uid!);
    const out: MountSpec[] = [];
    for (const m of container.volumeMounts ?? []) {
      const vol = rec?.volumes.get(m.name);
      if (!vol) continue;
      const spec: MountSpec = { containerPath: m.mountPath, source: vol.source, readOnly: (m.readOnly ?? false) || vol.apiData === true };
      if (m.subPath) spec.subPath = m.subPath;
      out.push(spec);
    }
    return out;
  }

  unmountPod(uid: string): void {
    this.pods.delete(uid);
  }

  emptyDirUsage(uid: string): Map<string, number> {
    const rec = this.pods.get(uid);
    const usage = new Map<string, number>();
    for (const v of rec?.pod.spec.volumes ?? []) {
      const source = rec?.volumes.get(v.name)?.source;
      if (v.emptyDir && source instanceof Tree) usage.set(v.name, source.used);
    }
    return usage;
  }

  onEmptyDirChange(listener: () => void): () => void {
    this.usageListeners.add(listener);
    return () => this.usageListeners.delete(listener);
  }

  /** The pods using a ConfigMap or Secret, to refresh their volumes after it changed. */
  podsUsing(kind: 'configmap' | 'secret', namespace: string, name: string): Pod[] {
    const uses = (v: NonNullable<Pod['spec']['volumes']>[number]): boolean => {
      if (kind === 'configmap' && v.configMap?.name === name) return true;
      if (kind === 'secret' && v.secret?.secretName === name) return true;
      return ((v.projected?.sources ?? []) as ProjectedSource[]).some((s) => (kind === 'configmap' ? s.configMap?.name : s.secret?.name) === name);
    };
    return [...this.pods.values()].filter((r) => (r.pod.metadata.namespace ?? 'default') === namespace && (r.pod.spec.volumes ?? []).some(uses)).map((r) => r.pod);
  }

  private newApiVolume(mode: number): MountedVolume {
    const tree = new Tree({ mode, mtime: this.sources.now() });
    return { source: tree, fs: new FileSystem(tree, this.sources.now), apiData: true };
  }

  private apiPayload(rec: PodVolumes, v: NonNullable<Pod['spec']['volumes']>[number]): PayloadResult | undefined {
    const { pod } = rec;
    if (v.configMap) return configMapPayload(this.sources, pod, v.configMap, v.configMap.defaultMode ?? 0o644);
    if (v.secret) return secretPayload(this.sources, pod, { ...v.secret, name: v.secret.secretName }, v.secret.defaultMode ?? 0o644);
    if (v.downwardAPI) return downwardAPIPayload(this.sources, pod, (v.downwardAPI.items ?? []) as DownwardAPIFile[], v.downwardAPI.defaultMode ?? 0o644);
    if (v.projected) {
      const memo: PayloadSources = {
        ...this.sources,
        token: (p, audience, exp) => {
          const key = `${v.name}/${audience}`;
          let t = rec.tokens.get(key);
          if (t === undefined) rec.tokens.set(key, (t = this.sources.token(p, audience, exp)));
          return t;
        },
      };
      return projectedPayload(memo, pod, v.projected.sources as ProjectedSource[], v.projected.defaultMode ?? 0o644);
    }
    return undefined;
  }
}
