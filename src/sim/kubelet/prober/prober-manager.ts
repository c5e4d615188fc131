// The seam between the pod worker and container probes. The pod worker asks for readiness,
// startup and liveness results; the prober manager runs the probes (one worker per container
// and probe, on the virtual clock) and asks for a resync when a result changes.
// Models pkg/kubelet/prober/prober_manager.go (the Manager interface)

import type { Pod } from '../../api/types.ts';
import type { ProbeResults } from '../kuberuntime/runtime-pod.ts';

export interface ProberManager extends ProbeResults {
  /** A pod appeared on the node: start probe workers for it; a newer version of a known pod (its deletion) reaches them. */
  addPod(pod: Pod): void;
  /** The pod is gone: stop its workers and forget its results. */
  removePod(uid: string): void;
  /** A container instance started: probes for it begin after initialDelaySeconds. */
  containerStarted(pod: Pod, containerName: string, containerId: string): void;
  /** Registered by the kubelet: a result changed, so the pod must be synced again. */
  setResyncHandler(handler: (podUid: string) => void): void;
}

/**
 * Probes switched off (tests that drive readiness themselves): every started container is
 * started, ready and alive, which is what the kubelet reports for containers without probes.
 * The kubelet's default is the real one, Manager in manager.ts.
 */
export class NoProbes implements ProberManager {
  addPod(): void {}
  removePod(): void {}
  containerStarted(): void {}
  setResyncHandler(): void {}
  ready(): boolean { return true; }
  started(): boolean { return true; }
  failed(): undefined { return undefined; }
}
