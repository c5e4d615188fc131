// The whole API status of a pod, assembled from the runtime's view, the reason cache and probe
// results: phase, conditions, IPs, start time, container statuses. Pure.
// Models pkg/kubelet/kubelet_pods.go (generateAPIPodStatus)

import type { Pod, PodStatus } from '../../api/types.ts';
import { rfc3339 } from '../format.ts';
import { convertContainerStatuses, type StatusSources } from './container-statuses.ts';
import { generateConditions, getPhase } from './generate.ts';

export interface PodStatusInput extends StatusSources {
  pod: Pod;
  hostIP: string;
  now: number;
  /** Set when the kubelet has stopped the pod for good (deletion): Always no longer means Running. */
  podIsTerminal?: boolean;
}

export function generateAPIPodStatus(input: PodStatusInput): PodStatus {
  const { pod } = input;
  const old = pod.status ?? {};
  const init = convertContainerStatuses(pod, pod.spec.initContainers ?? [], true, input);
  const app = convertContainerStatuses(pod, pod.spec.containers, false, input);
  let phase = getPhase(pod.spec, init, app, input.podIsTerminal);
  // A pod that reached Succeeded or Failed never leaves it.
  if (old.phase === 'Succeeded' || old.phase === 'Failed') phase = old.phase;
  const sandbox = input.runtime.sandbox;
  const nowText = rfc3339(input.now);
  const status: PodStatus = {
    phase,
    conditions: generateConditions(pod.spec, init, app, phase, !!sandbox, old.conditions ?? [], nowText),
  };
  if (old.message) status.message = old.message;
  if (old.reason) status.reason = old.reason;
  if (old.nominatedNodeName) status.nominatedNodeName = old.nominatedNodeName;
  status.hostIP = input.hostIP;
  status.hostIPs = [{ ip: input.hostIP }];
  const podIP = sandbox?.ip ?? old.podIP;
  if (podIP) {
    status.podIP = podIP;
    status.podIPs = [{ ip: podIP }];
  }
  status.startTime = old.startTime ?? nowText;
  if (init.length > 0) status.initContainerStatuses = init;
  status.containerStatuses = app;
  if (old.qosClass) status.qosClass = old.qosClass;
  const ephemeral = pod.spec.ephemeralContainers ?? [];
  // The prober never reports on ephemeral containers: never ready, no `started`.
  if (ephemeral.length > 0) {
    status.ephemeralContainerStatuses = convertContainerStatuses(pod, ephemeral, false, input).map(({ started: _, ...s }) => ({ ...s, ready: false }));
  }
  return status;
}
