// Carries out one plan from computePodActions: volumes, kills, the sandbox, then init and app
// containers — each start going through the restart back-off first. What could not be done is
// returned per container (the reason cache) with the time a retry can help.
// Models pkg/kubelet/kuberuntime/kuberuntime_manager.go (SyncPod, doBackOff)

import type { Container, Pod } from '../../api/types.ts';
import type { Backoff } from '../backoff.ts';
import * as events from '../events.ts';
import { formatPod, goDuration } from '../format.ts';
import type { WaitingReason } from '../status/container-statuses.ts';
import { isSidecar, type PodActions } from './compute-pod-actions.ts';
import type { KubeRuntimeManager } from './kuberuntime-manager.ts';
import type { RuntimePodStatus } from './runtime-pod.ts';

export const ErrCrashLoopBackOff = 'CrashLoopBackOff';

export interface SyncPodResult {
  /** Per container: why it is still waiting, or null once it started (clears the cache). */
  reasons: Map<string, WaitingReason | null>;
  /** When syncing again can make progress (a back-off ends, a retry is due). */
  retryAt?: number;
}

/** The restart back-off key of a container: per pod instance and container name. */
export function containerBackoffKey(pod: Pod, container: Container): string {
  return `${pod.metadata.uid}_${container.name}`;
}

/**
 * Whether restarting `container` must wait. The window starts when its last instance finished;
 * outside it the back-off steps forward (10 s, 20 s, … 300 s) and the restart goes ahead.
 */
export function doBackOff(m: KubeRuntimeManager, pod: Pod, container: Container, status: RuntimePodStatus, backoff: Backoff):
  { inBackOff: false } | { inBackOff: true; message: string; until: number } {
  const cur = status.containers.get(container.name)?.current;
  if (!cur || cur.state !== 'exited') return { inBackOff: false };
  const finishedAt = cur.finishedAt ?? m.deps.clock.now();
  const key = containerBackoffKey(pod, container);
  if (backoff.isInBackOffSince(key, finishedAt)) {
    m.deps.recorder.containerEvent(pod, container, 'Warning', events.BackOffStartContainer,
      `Back-off restarting failed container ${container.name} in pod ${formatPod(pod)}`);
    const message = `back-off ${goDuration(backoff.get(key))} restarting failed container=${container.name} pod=${formatPod(pod)}`;
    return { inBackOff: true, message, until: backoff.endsAt(key, finishedAt)! };
  }
  backoff.next(key, finishedAt);
  return { inBackOff: false };
}

/** The Killing event's text; a probe kill says "will be restarted" only when a start follows (not under restartPolicy Never). */
function killMessage(c: Container, reason: 'liveness' | 'startup' | 'completed', restart: boolean): string {
  if (reason === 'completed') return `Stopping container ${c.name}`;
  const message = `Container ${c.name} failed ${reason} probe`;
  return restart ? `${message}, will be restarted` : message;
}

export async function syncPod(m: KubeRuntimeManager, pod: Pod, actions: PodActions, backoff: Backoff, hostIP: string): Promise<SyncPodResult> {
  const result: SyncPodResult = { reasons: new Map() };
  const { clock } = m.deps;
  const retry = (at: number | undefined) => {
    if (at !== undefined && (result.retryAt === undefined || at < result.retryAt)) result.retryAt = at;
  };
  const byName = (name: string) => [...(pod.spec.initContainers ?? []), ...pod.spec.containers, ...(pod.spec.ephemeralContainers ?? [])].find((c) => c.name === name)!;

  const mounted = await m.deps.volumes.mountPod(pod);
  if (!mounted.ok) {
    m.deps.recorder.podEvent(pod, 'Warning', events.FailedMountVolume, mounted.message);
    retry(clock.now() + 10_000);
    return result;
  }
  for (const k of actions.containersToKill) {
    const c = byName(k.name);
    const probe = k.reason === 'liveness' ? c.livenessProbe : k.reason === 'startup' ? c.startupProbe : undefined;
    const grace = probe?.terminationGracePeriodSeconds ?? pod.spec.terminationGracePeriodSeconds ?? 30;
    await m.killContainer(pod, c, grace * 1000, killMessage(c, k.reason, isSidecar(c) || actions.containersToStart.includes(k.name)));
  }
  if (actions.createSandbox) {
    const made = await m.createSandbox(pod, hostIP);
    if (!made.ok) {
      retry(clock.now() + 10_000);
      return result;
    }
  }
  const status = m.getPodStatus(pod);
  const killed = new Set(actions.containersToKill.map((k) => k.name));
  const start = async (c: Container): Promise<boolean> => {
    const bo = killed.has(c.name) ? { inBackOff: false as const } : doBackOff(m, pod, c, status, backoff);
    if (bo.inBackOff) {
      result.reasons.set(c.name, { reason: ErrCrashLoopBackOff, message: bo.message });
      retry(bo.until);
      return false;
    }
    const r = await m.startContainer(pod, c, status);
    if (r.ok) {
      result.reasons.set(c.name, null);
      return true;
    }
    result.reasons.set(c.name, { reason: r.reason, message: r.message });
    // A failed pull shows ErrImagePull first; the next sync a moment later reports the back-off.
    retry(r.reason === 'ErrImagePull' ? clock.now() + 1000 : r.retryAt ?? clock.now() + 1000);
    return false;
  };
  // Step 5 upstream runs after init containers; here first, since a failing init container returns early.
  for (const name of actions.ephemeralContainersToStart) {
    const r = await m.startContainer(pod, byName(name), status);
    result.reasons.set(name, r.ok ? null : { reason: r.reason, message: r.message });
    if (!r.ok) retry(r.retryAt ?? clock.now() + 1000);
  }
  for (const name of actions.initContainersToStart) {
    const c = byName(name);
    const ok = await start(c);
    if (!ok && !isSidecar(c)) return result;
    // A started sidecar lets the next init container (or the app) go: the runtime reports the
    // start, which the kubelet's PLEG turns into another sync.
    if (ok && isSidecar(c)) retry(clock.now());
  }
  for (const name of actions.containersToStart) await start(byName(name));
  return result;
}
