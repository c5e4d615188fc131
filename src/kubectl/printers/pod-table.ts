// `kubectl get pods` columns and the cells of one pod row: READY, the STATUS precedence
// (init containers, waiting/terminated reasons, NotReady, Terminating) and RESTARTS with the
// age of the last restart.
// Models pkg/printers/internalversion/printers.go (podColumnDefinitions, printPod).

import type { Container, ContainerStatus, Pod } from '../../sim/api/types.ts';
import { parseTime, translateTimestampSince } from './duration.ts';
import type { TableColumnDefinition } from './table.ts';

export const POD_COLUMNS: TableColumnDefinition[] = [
  { name: 'Name', type: 'string', priority: 0 },
  { name: 'Ready', type: 'string', priority: 0, description: 'The aggregate readiness state of this pod for accepting traffic.' },
  { name: 'Status', type: 'string', priority: 0, description: 'The aggregate status of the containers in this pod.' },
  { name: 'Restarts', type: 'string', priority: 0, description: 'The number of times the containers in this pod have been restarted and when the last container in this pod has restarted.' },
  { name: 'Age', type: 'string', priority: 0 },
  { name: 'IP', type: 'string', priority: 1, description: 'IP address assigned to this pod.' },
  { name: 'Node', type: 'string', priority: 1, description: 'Node this pod is assigned to.' },
  { name: 'Nominated Node', type: 'string', priority: 1, description: 'Node nominated by the scheduler to preempt pods.' },
  { name: 'Readiness Gates', type: 'string', priority: 1, description: 'Readiness gates of this pod.' },
];

const isSidecar = (c: Container | undefined) => c?.restartPolicy === 'Always';

/** The cells of a pod row: NAME READY STATUS RESTARTS AGE IP NODE NOMINATED NODE READINESS GATES. */
export function printPod(pod: Pod, now: number): string[] {
  const spec = pod.spec;
  const status = pod.status ?? {};
  const initSpecs = new Map((spec.initContainers ?? []).map((c) => [c.name, c]));
  let totalContainers = spec.containers.length + (spec.initContainers ?? []).filter(isSidecar).length;
  let readyContainers = 0;
  let restarts = 0;
  let sidecarRestarts = 0;
  let lastRestart: number | undefined;
  let lastSidecarRestart: number | undefined;
  const later = (a: number | undefined, s: ContainerStatus) => {
    const t = parseTime(s.lastState?.terminated?.finishedAt);
    return t !== undefined && (a === undefined || t > a) ? t : a;
  };

  let reason = status.reason || status.phase || '';
  if (status.conditions?.some((c) => c.type === 'PodScheduled' && c.reason === 'SchedulingGated')) reason = 'SchedulingGated';

  let initializing = false;
  const initStatuses = status.initContainerStatuses ?? [];
  for (let i = 0; i < initStatuses.length; i++) {
    const c = initStatuses[i];
    restarts += c.restartCount ?? 0;
    lastRestart = later(lastRestart, c);
    const sidecar = isSidecar(initSpecs.get(c.name));
    if (sidecar) {
      sidecarRestarts += c.restartCount ?? 0;
      lastSidecarRestart = later(lastSidecarRestart, c);
    }
    const terminated = c.state?.terminated;
    const waiting = c.state?.waiting;
    if (terminated && terminated.exitCode === 0) continue;
    if (sidecar && c.started === true) {
      if (c.ready) readyContainers++;
      continue;
    }
    if (terminated) {
      if (!terminated.reason) reason = terminated.signal ? `Init:Signal:${terminated.signal}` : `Init:ExitCode:${terminated.exitCode}`;
      else reason = `Init:${terminated.reason}`;
    } else if (waiting && waiting.reason && waiting.reason !== 'PodInitializing') {
      reason = `Init:${waiting.reason}`;
    } else {
      reason = `Init:${i}/${(spec.initContainers ?? []).length}`;
    }
    initializing = true;
    break;
  }

  const initialized = status.conditions?.some((c) => c.type === 'Initialized' && c.status === 'True') ?? false;
  if (!initializing || initialized) {
    restarts = sidecarRestarts;
    lastRestart = lastSidecarRestart;
    let hasRunning = false;
    const statuses = status.containerStatuses ?? [];
    // Walked backwards so that the first container in status order decides the reason.
    for (let i = statuses.length - 1; i >= 0; i--) {
      const c = statuses[i];
      restarts += c.restartCount ?? 0;
      lastRestart = later(lastRestart, c);
      const { waiting, terminated, running } = c.state ?? {};
      if (waiting?.reason) reason = waiting.reason;
      else if (terminated?.reason) reason = terminated.reason;
      else if (terminated) reason = terminated.signal ? `Signal:${terminated.signal}` : `ExitCode:${terminated.exitCode}`;
      else if (c.ready && running) {
        hasRunning = true;
        readyContainers++;
      }
    }
    if (reason === 'Completed' && hasRunning) {
      reason = status.conditions?.some((c) => c.type === 'Ready' && c.status === 'True') ? 'Running' : 'NotReady';
    }
  }

  if (pod.metadata.deletionTimestamp && status.reason === 'NodeLost') reason = 'Unknown';
  else if (pod.metadata.deletionTimestamp && status.phase !== 'Succeeded' && status.phase !== 'Failed') reason = 'Terminating';

  const restartsText =
    restarts !== 0 && lastRestart !== undefined ? `${restarts} (${translateTimestampSince(new Date(lastRestart).toISOString(), now)} ago)` : String(restarts);

  const gates = spec.readinessGates ?? [];
  const trueGates = gates.filter((g) => status.conditions?.find((c) => c.type === g.conditionType)?.status === 'True').length;
  return [
    pod.metadata.name ?? '',
    `${readyContainers}/${totalContainers}`,
    reason,
    restartsText,
    translateTimestampSince(pod.metadata.creationTimestamp, now),
    status.podIPs?.[0]?.ip || '<none>',
    spec.nodeName || '<none>',
    status.nominatedNodeName || '<none>',
    gates.length > 0 ? `${trueGates}/${gates.length}` : '<none>',
  ];
}
