// The plan for one sync of one pod, decided from the spec and what the runtime reports and
// nothing else: make a sandbox? which init container next? which containers to start, to kill?
// Back-off and image pulls are applied when the plan is carried out (sync-pod.ts).
// Models pkg/kubelet/kuberuntime/kuberuntime_manager.go (computePodActions, computeInitContainerActions)

import type { Container, PodSpec } from '../../api/types.ts';
import type { ContainerRuntimeStatus } from '../../cri/types.ts';
import type { ProbeResults, RuntimePodStatus } from './runtime-pod.ts';

export interface ContainerToKill {
  name: string;
  /** Why, for the Killing event: a failed probe, or the pod finished (sidecars). */
  reason: 'liveness' | 'startup' | 'completed';
}

export interface PodActions {
  createSandbox: boolean;
  /** Init containers to (re)start now, in spec order: the next regular one and any sidecars. */
  initContainersToStart: string[];
  containersToStart: string[];
  containersToKill: ContainerToKill[];
  /** Ephemeral containers never started yet; one that has run is never started again. */
  ephemeralContainersToStart: string[];
  /** Every regular init container succeeded and every sidecar has started. */
  initDone: boolean;
  /** A regular init container failed under restartPolicy Never: the pod fails. */
  initFailed: boolean;
}

/** Whether the pod's policy restarts a container that exited this way. */
export function shouldRestart(policy: string | undefined, exitCode: number | undefined): boolean {
  if (policy === 'Never') return false;
  if (policy === 'OnFailure') return exitCode !== 0;
  return true;
}

export function isSidecar(c: Container): boolean {
  return c.restartPolicy === 'Always';
}

const running = (s: ContainerRuntimeStatus | undefined) => s?.state === 'running';
const exited = (s: ContainerRuntimeStatus | undefined) => s?.state === 'exited';

export function computePodActions(spec: PodSpec, status: RuntimePodStatus, probes: ProbeResults): PodActions {
  const actions: PodActions = {
    createSandbox: !status.sandbox, initContainersToStart: [], containersToStart: [], containersToKill: [],
    ephemeralContainersToStart: [], initDone: false, initFailed: false,
  };
  const policy = spec.restartPolicy ?? 'Always';
  // They may start before initialization is complete, and only into an existing sandbox.
  if (status.sandbox) {
    for (const c of spec.ephemeralContainers ?? []) if (!status.containers.has(c.name)) actions.ephemeralContainersToStart.push(c.name);
  }
  const inits = spec.initContainers ?? [];

  let initDone = true;
  for (const c of inits) {
    const cur = status.containers.get(c.name)?.current;
    if (isSidecar(c)) {
      if (!cur || exited(cur)) {
        actions.initContainersToStart.push(c.name);
        if (!cur) { initDone = false; break; }
        continue;
      }
      const failure = running(cur) ? probes.failed(c.name, cur.id) : undefined;
      if (failure) actions.containersToKill.push({ name: c.name, reason: failure.reason });
      if (!running(cur) || !probes.started(c.name, cur.id)) { initDone = false; break; }
      continue;
    }
    if (exited(cur) && cur!.exitCode === 0) continue;
    initDone = false;
    if (!cur) {
      actions.initContainersToStart.push(c.name);
    } else if (exited(cur)) {
      // A failed init container restarts unless the pod never restarts anything.
      if (policy === 'Never') actions.initFailed = true;
      else actions.initContainersToStart.push(c.name);
    }
    break;
  }
  // Once app containers have run, a restarting sidecar does not send the pod back to init.
  const anyAppStarted = spec.containers.some((c) => !!status.containers.get(c.name)?.current);
  actions.initDone = initDone || anyAppStarted;
  if (actions.initFailed) {
    actions.initContainersToStart = [];
    return actions;
  }
  if (!actions.initDone) return actions;

  let allDone = true;
  for (const c of spec.containers) {
    const cur = status.containers.get(c.name)?.current;
    if (!cur) { actions.containersToStart.push(c.name); allDone = false; continue; }
    if (exited(cur)) {
      if (shouldRestart(policy, cur.exitCode)) { actions.containersToStart.push(c.name); allDone = false; }
      continue;
    }
    allDone = false;
    const failure = running(cur) ? probes.failed(c.name, cur.id) : undefined;
    if (failure) {
      actions.containersToKill.push({ name: c.name, reason: failure.reason });
      // Killed and started again in this same sync: upstream plans the start from the status read
      // before the kill, so a probe restart never waits in the crash back-off.
      if (shouldRestart(policy, undefined)) actions.containersToStart.push(c.name);
    }
  }
  if (allDone) {
    // Sidecars stop once the regular containers are finished for good.
    actions.initContainersToStart = [];
    for (const c of inits) {
      if (isSidecar(c) && running(status.containers.get(c.name)?.current)) actions.containersToKill.push({ name: c.name, reason: 'completed' });
    }
  }
  return actions;
}
