// Mirror pods: the API server's read-only copy of a static pod, so kubectl can see it. The copy
// carries the static pod's hash in kubernetes.io/config.mirror and is controlled by the Node.
// Models pkg/kubelet/pod/mirror_client.go (CreateMirrorPod, DeleteMirrorPod)

import type { ApiClient } from '../../apiserver/api-client.ts';
import type { Node, Pod, Status } from '../../api/types.ts';
import { isStatus } from '../../api/errors.ts';
import { ConfigHashAnnotationKey, ConfigMirrorAnnotationKey } from './decode-static-pod.ts';

export function isMirrorPod(pod: Pod): boolean {
  return pod.metadata.annotations?.[ConfigMirrorAnnotationKey] !== undefined;
}

/** The static pod's hash (its UID) a mirror pod stands for. */
export function mirrorHash(pod: Pod): string | undefined {
  return pod.metadata.annotations?.[ConfigMirrorAnnotationKey];
}

export class MirrorClient {
  private readonly api: ApiClient;
  private readonly nodeName: string;

  constructor(api: ApiClient, nodeName: string) {
    this.api = api;
    this.nodeName = nodeName;
  }

  createMirrorPod(pod: Pod): Pod | Status {
    const node = this.api.get<Node>({ resource: 'nodes', name: this.nodeName });
    if (isStatus(node)) return node;
    const hash = pod.metadata.annotations?.[ConfigHashAnnotationKey] ?? pod.metadata.uid!;
    const { uid: _uid, resourceVersion: _rv, creationTimestamp: _ct, ...metadata } = pod.metadata;
    const body: Pod = {
      apiVersion: 'v1', kind: 'Pod',
      metadata: {
        ...metadata,
        annotations: { ...pod.metadata.annotations, [ConfigMirrorAnnotationKey]: hash },
        ownerReferences: [{ apiVersion: 'v1', kind: 'Node', name: this.nodeName, uid: node.metadata.uid!, controller: true }],
      },
      spec: JSON.parse(JSON.stringify(pod.spec)) as Pod['spec'],
    };
    return this.api.create<Pod>({ resource: 'pods', namespace: pod.metadata.namespace, body, options: { fieldManager: 'kubelet' } });
  }

  /** Deletes at once (grace 0), and only the instance named by `uid` when given. */
  deleteMirrorPod(namespace: string, name: string, uid?: string): void {
    this.api.delete({ resource: 'pods', namespace, name, options: { gracePeriodSeconds: 0, ...(uid ? { preconditions: { uid } } : {}) } });
  }

  get(namespace: string, name: string): Pod | undefined {
    const p = this.api.get<Pod>({ resource: 'pods', namespace, name });
    return isStatus(p) ? undefined : p;
  }
}
