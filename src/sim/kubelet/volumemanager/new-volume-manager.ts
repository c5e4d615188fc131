// The kubelet's volume manager, wired to the cluster: ConfigMaps and Secrets read through the
// API, service account tokens minted on the node, hostPath on the node's filesystem, and
// changed ConfigMaps and Secrets reaching mounted volumes at the pod's next periodic sync.
// Models pkg/kubelet/kubelet.go (NewMainKubelet: configMapManager, secretManager with the
// Watch change-detection strategy, volumeManager) and the one-minute syncFrequency

import type { VirtualClock } from '../../clock.ts';
import type { Random } from '../../random.ts';
import type { ApiClient } from '../../apiserver/api-client.ts';
import type { ConfigMap, Secret } from '../../api/types.ts';
import type { FileSystem } from '../../../os/fs/file-system.ts';
import { isStatus } from '../../api/errors.ts';
import { serviceAccountToken } from './service-account-token.ts';
import { BasicVolumeManager } from './volume-manager.ts';

/** kubelet --sync-frequency: how often every pod is synced, refreshing its API-data volumes. */
export const SYNC_FREQUENCY_MS = 60_000;

export interface VolumeManagerDeps {
  api: ApiClient;
  clock: VirtualClock;
  random: Random;
  nodeAllocatable: { cpu?: string; memory?: string };
  hostFs?: () => FileSystem | undefined;
}

export function newVolumeManager(deps: VolumeManagerDeps): BasicVolumeManager {
  const { api, clock, random } = deps;
  const get = <T extends ConfigMap | Secret>(resource: 'configmaps' | 'secrets') => (namespace: string, name: string) =>
    api.get<T>({ resource, namespace, name });
  const manager = new BasicVolumeManager({
    configMap: get<ConfigMap>('configmaps'),
    secret: get<Secret>('secrets'),
    nodeAllocatable: deps.nodeAllocatable,
    now: () => clock.now(),
    token: (pod, audience, exp) => serviceAccountToken(pod, audience, clock.now(), exp, random.hex(64)),
    hostFs: deps.hostFs,
  });
  const pending = new Set<string>();
  const changed = (kind: 'configmap' | 'secret', namespace: string | undefined, name: string) => {
    for (const pod of manager.podsUsing(kind, namespace ?? 'default', name)) {
      const uid = pod.metadata.uid!;
      if (pending.has(uid)) continue;
      pending.add(uid);
      // The next periodic sync of the pod: a whole number of sync periods after it was created.
      const born = Date.parse(pod.metadata.creationTimestamp ?? '') || clock.now();
      const due = born + Math.ceil((clock.now() - born + 1) / SYNC_FREQUENCY_MS) * SYNC_FREQUENCY_MS;
      clock.setTimer(due - clock.now(), () => {
        pending.delete(uid);
        const current = manager.podsUsing(kind, namespace ?? 'default', name).find((p) => p.metadata.uid === uid);
        if (current) manager.setUp(current);
      });
    }
  };
  for (const [resource, kind] of [['configmaps', 'configmap'], ['secrets', 'secret']] as const) {
    const w = api.watch<ConfigMap | Secret>({ resource }, (ev) => {
      if (ev.type === 'MODIFIED') changed(kind, ev.object.metadata.namespace, ev.object.metadata.name!);
    });
    if (isStatus(w)) continue;
  }
  return manager;
}
