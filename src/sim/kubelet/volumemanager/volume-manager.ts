// Pod volumes as trees the runtime can mount: an emptyDir is one tree shared by every container
// of the pod; the projected service-account volume (kube-api-access-xxxxx) holds token, ca.crt
// and namespace. Other volume types plug in here (issue 4: configMap, secret, hostPath…).
// Models pkg/kubelet/volumemanager/volume_manager.go (WaitForAttachAndMount, GetMountedVolumesForPod)
// with pkg/volume/emptydir and pkg/volume/projected

import type { ConfigMap, Container, Pod, Status } from '../../api/types.ts';
import { isStatus } from '../../api/errors.ts';
import { toBytes } from '../../api/quantity.ts';
import { FileSystem, Tree } from '../../../os/index.ts';
import type { MountSpec } from '../../cri/types.ts';
import { encodeBase64 } from '../base64.ts';

export type MountResult = { ok: true } | { ok: false; message: string };

export interface VolumeManager {
  /** Sets up every volume of the pod (idempotent); a failure becomes a FailedMount event. */
  mountPod(pod: Pod): MountResult;
  /** The container's volumeMounts as mount specs over the pod's trees. */
  mountsFor(pod: Pod, container: Container): MountSpec[];
  unmountPod(uid: string): void;
}

export interface VolumeSources {
  configMap(namespace: string, name: string): ConfigMap | Status;
  now(): number;
  /** A signed-looking service account token for the pod. */
  token(pod: Pod, audience: string, expirationSeconds: number): string;
}

interface ProjectedSource {
  serviceAccountToken?: { path: string; expirationSeconds?: number; audience?: string };
  configMap?: { name: string; items?: { key: string; path: string }[]; optional?: boolean };
  downwardAPI?: { items?: { path: string; fieldRef?: { fieldPath: string } }[] };
}

export class BasicVolumeManager implements VolumeManager {
  private readonly sources: VolumeSources;
  private readonly pods = new Map<string, Map<string, Tree>>();

  constructor(sources: VolumeSources) {
    this.sources = sources;
  }

  mountPod(pod: Pod): MountResult {
    const uid = pod.metadata.uid!;
    const trees = this.pods.get(uid) ?? new Map<string, Tree>();
    for (const v of pod.spec.volumes ?? []) {
      if (trees.has(v.name)) continue;
      if (v.emptyDir) {
        const limit = v.emptyDir.sizeLimit ? toBytes(v.emptyDir.sizeLimit) : undefined;
        trees.set(v.name, new Tree({ limit, mode: 0o777, mtime: this.sources.now() }));
      } else if (v.projected) {
        const made = this.projected(pod, v.projected.sources as ProjectedSource[], v.projected.defaultMode ?? 420);
        if (!(made instanceof Tree)) return { ok: false, message: `MountVolume.SetUp failed for volume "${v.name}" : ${made.message}` };
        trees.set(v.name, made);
      }
    }
    this.pods.set(uid, trees);
    return { ok: true };
  }

  mountsFor(pod: Pod, container: Container): MountSpec[] {
    const trees = this.pods.get(pod.metadata.uid!);
    const out: MountSpec[] = [];
    for (const m of container.volumeMounts ?? []) {
      const tree = trees?.get(m.name);
      if (!tree) continue;
      const spec: MountSpec = { containerPath: m.mountPath, source: tree, readOnly: m.readOnly ?? false };
      if (m.subPath) spec.subPath = m.subPath;
      out.push(spec);
    }
    return out;
  }

  unmountPod(uid: string): void {
    this.pods.delete(uid);
  }

  private projected(pod: Pod, sources: ProjectedSource[], mode: number): Tree | { message: string } {
    const tree = new Tree({ mode: 0o1777, mtime: this.sources.now() });
    const fs = new FileSystem(tree, () => this.sources.now());
    const write = (path: string, data: string) => {
      const full = `/${path}`;
      const dir = full.slice(0, full.lastIndexOf('/'));
      if (dir) fs.mkdir(dir, { recursive: true });
      fs.writeFile(full, data, { mode: mode & 0o777 });
    };
    for (const s of sources) {
      if (s.serviceAccountToken) {
        write(s.serviceAccountToken.path, this.sources.token(pod, s.serviceAccountToken.audience ?? 'https://kubernetes.default.svc.cluster.local', s.serviceAccountToken.expirationSeconds ?? 3600));
      } else if (s.configMap) {
        const cm = this.sources.configMap(pod.metadata.namespace ?? 'default', s.configMap.name);
        if (isStatus(cm)) {
          if (s.configMap.optional) continue;
          return { message: `configmap "${s.configMap.name}" not found` };
        }
        const items = s.configMap.items ?? Object.keys(cm.data ?? {}).map((key) => ({ key, path: key }));
        for (const it of items) if (cm.data?.[it.key] !== undefined) write(it.path, cm.data[it.key]);
      } else if (s.downwardAPI) {
        for (const it of s.downwardAPI.items ?? []) {
          if (it.fieldRef?.fieldPath === 'metadata.namespace') write(it.path, pod.metadata.namespace ?? 'default');
          else if (it.fieldRef?.fieldPath === 'metadata.name') write(it.path, pod.metadata.name ?? '');
        }
      }
    }
    return tree;
  }
}

const b64url = (s: string) => encodeBase64(s).replace(/=+$/, '').replace(/\+/g, '-').replace(/\//g, '_');

/** A JWT with the claims a bound service account token carries; nothing verifies the signature. */
export function serviceAccountToken(pod: Pod, audience: string, nowMs: number, expirationSeconds: number, signature: string): string {
  const iat = Math.floor(nowMs / 1000);
  const ns = pod.metadata.namespace ?? 'default';
  const sa = pod.spec.serviceAccountName ?? 'default';
  const header = { alg: 'RS256', kid: 'podlab-simulated-cluster' };
  const claims = {
    aud: [audience], exp: iat + expirationSeconds, iat, iss: 'https://kubernetes.default.svc.cluster.local',
    jti: signature.slice(0, 36),
    'kubernetes.io': { namespace: ns, node: { name: pod.spec.nodeName }, pod: { name: pod.metadata.name, uid: pod.metadata.uid }, serviceaccount: { name: sa } },
    nbf: iat, sub: `system:serviceaccount:${ns}:${sa}`,
  };
  return `${b64url(JSON.stringify(header))}.${b64url(JSON.stringify(claims))}.${b64url(signature)}`;
}
