// Pure decisions about a pod's status: its phase from the container statuses and restart
// policy, and the conditions the kubelet owns (PodReadyToStartContainers, Initialized,
// ContainersReady, Ready) with upstream's reasons and messages.
// Models pkg/kubelet/status/generate.go and pkg/kubelet/kubelet_pods.go (getPhase)

import type { ContainerStatus, PodCondition, PodSpec } from '../../api/types.ts';
import { isSidecar } from '../kuberuntime/compute-pod-actions.ts';

export const UnknownContainerStatuses = 'UnknownContainerStatuses';
export const PodCompleted = 'PodCompleted';
export const PodFailed = 'PodFailed';
export const ContainersNotReady = 'ContainersNotReady';
export const ContainersNotInitialized = 'ContainersNotInitialized';
export const ReadinessGatesNotReady = 'ReadinessGatesNotReady';

export type PodPhase = 'Pending' | 'Running' | 'Succeeded' | 'Failed';

const byName = (statuses: ContainerStatus[] | undefined, name: string) => statuses?.find((s) => s.name === name);
/** Go's %s of a []string: `[a b]`. */
const goList = (names: string[]) => `[${names.join(' ')}]`;

function anyRegularStarted(spec: PodSpec, statuses: ContainerStatus[]): boolean {
  return spec.containers.some((c) => {
    const s = byName(statuses, c.name);
    return !!s && (!!s.state?.running || !!s.state?.terminated || !!s.lastState?.terminated);
  });
}

/** The pod phase; `podIsTerminal` once the kubelet has stopped every container for good (deletion). */
export function getPhase(spec: PodSpec, init: ContainerStatus[], app: ContainerStatus[], podIsTerminal = false): PodPhase {
  let pendingSidecars = 0, pendingInit = 0, failedInit = 0;
  for (const c of spec.initContainers ?? []) {
    const s = byName(init, c.name);
    if (isSidecar(c)) {
      if (!s || !s.state?.running || !s.started) pendingSidecars++;
      continue;
    }
    if (!s) { pendingInit++; continue; }
    if (s.state?.running) pendingInit++;
    else if (s.state?.terminated) { if (s.state.terminated.exitCode !== 0) failedInit++; }
    else if (s.state?.waiting) {
      if (s.lastState?.terminated) { if (s.lastState.terminated.exitCode !== 0) failedInit++; }
      else pendingInit++;
    } else pendingInit++;
  }
  let unknown = 0, running = 0, waiting = 0, stopped = 0, succeeded = 0;
  for (const c of spec.containers) {
    const s = byName(app, c.name);
    if (!s) { unknown++; continue; }
    if (s.state?.running) running++;
    else if (s.state?.terminated) { stopped++; if (s.state.terminated.exitCode === 0) succeeded++; }
    else if (s.state?.waiting) { if (s.lastState?.terminated) stopped++; else waiting++; }
    else unknown++;
  }
  const policy = spec.restartPolicy ?? 'Always';
  if (failedInit > 0 && policy === 'Never') return 'Failed';
  if (pendingInit > 0 || (pendingSidecars > 0 && !anyRegularStarted(spec, app))) return 'Pending';
  if (waiting > 0) return 'Pending';
  if (running > 0 && unknown === 0) return 'Running';
  if (running > 0) return 'Pending';
  if (stopped === spec.containers.length && unknown === 0) {
    if (podIsTerminal) return stopped === succeeded ? 'Succeeded' : 'Failed';
    if (policy === 'Always') return 'Running';
    if (stopped === succeeded) return 'Succeeded';
    if (policy === 'OnFailure') return 'Running';
    return 'Failed';
  }
  return 'Pending';
}

type Cond = Omit<PodCondition, 'lastProbeTime' | 'lastTransitionTime'>;

export function podReadyToStartContainersCondition(sandboxReady: boolean): Cond {
  return { type: 'PodReadyToStartContainers', status: sandboxReady ? 'True' : 'False' };
}

export function podInitializedCondition(spec: PodSpec, init: ContainerStatus[], app: ContainerStatus[], phase: PodPhase): Cond {
  const unknown: string[] = [], incomplete: string[] = [];
  for (const c of spec.initContainers ?? []) {
    const s = byName(init, c.name);
    if (!s) { unknown.push(c.name); continue; }
    const done = isSidecar(c) ? s.started === true : s.ready;
    if (!done) incomplete.push(c.name);
  }
  if (phase === 'Succeeded' && unknown.length === 0) return { type: 'Initialized', status: 'True', reason: PodCompleted };
  if (anyRegularStarted(spec, app)) return { type: 'Initialized', status: 'True' };
  const msgs: string[] = [];
  if (unknown.length) msgs.push(`containers with unknown status: ${goList(unknown)}`);
  if (incomplete.length) msgs.push(`containers with incomplete status: ${goList(incomplete)}`);
  if (msgs.length) return { type: 'Initialized', status: 'False', reason: ContainersNotInitialized, message: msgs.join(', ') };
  return { type: 'Initialized', status: 'True' };
}

export function containersReadyCondition(spec: PodSpec, init: ContainerStatus[], app: ContainerStatus[], phase: PodPhase): Cond {
  const unknown: string[] = [], unready: string[] = [];
  const check = (name: string, statuses: ContainerStatus[]) => {
    const s = byName(statuses, name);
    if (!s) unknown.push(name);
    else if (!s.ready) unready.push(name);
  };
  for (const c of spec.initContainers ?? []) if (isSidecar(c)) check(c.name, init);
  for (const c of spec.containers) check(c.name, app);
  if ((phase === 'Succeeded' && unknown.length === 0) || phase === 'Failed') {
    return { type: 'ContainersReady', status: 'False', reason: phase === 'Failed' ? PodFailed : PodCompleted };
  }
  const msgs: string[] = [];
  if (unknown.length) msgs.push(`containers with unknown status: ${goList(unknown)}`);
  if (unready.length) msgs.push(`containers with unready status: ${goList(unready)}`);
  if (msgs.length) return { type: 'ContainersReady', status: 'False', reason: ContainersNotReady, message: msgs.join(', ') };
  return { type: 'ContainersReady', status: 'True' };
}

export function podReadyCondition(spec: PodSpec, conditions: PodCondition[], containersReady: Cond): Cond {
  if (containersReady.status !== 'True') {
    const c: Cond = { type: 'Ready', status: containersReady.status };
    if (containersReady.reason) c.reason = containersReady.reason;
    if (containersReady.message) c.message = containersReady.message;
    return c;
  }
  const msgs: string[] = [];
  for (const gate of spec.readinessGates ?? []) {
    const c = conditions.find((x) => x.type === gate.conditionType);
    if (!c) msgs.push(`corresponding condition of pod readiness gate "${gate.conditionType}" does not exist.`);
    else if (c.status !== 'True') msgs.push(`the status of pod readiness gate "${gate.conditionType}" is not "True", but ${c.status}`);
  }
  if (msgs.length) return { type: 'Ready', status: 'False', reason: ReadinessGatesNotReady, message: msgs.join(', ') };
  return { type: 'Ready', status: 'True' };
}

/**
 * The kubelet's conditions in the order it writes them, followed by conditions others own
 * (PodScheduled from the scheduler, readiness gates), each keeping its lastTransitionTime while
 * its status does not change.
 */
export function generateConditions(
  spec: PodSpec, init: ContainerStatus[], app: ContainerStatus[], phase: PodPhase, sandboxReady: boolean,
  old: PodCondition[], now: string,
): PodCondition[] {
  const containersReady = containersReadyCondition(spec, init, app, phase);
  const owned: Cond[] = [
    podReadyToStartContainersCondition(sandboxReady),
    podInitializedCondition(spec, init, app, phase),
    podReadyCondition(spec, old, containersReady),
    containersReady,
  ];
  const stamp = (c: Cond): PodCondition => {
    const prev = old.find((o) => o.type === c.type);
    const lastTransitionTime = prev && prev.status === c.status && prev.lastTransitionTime ? prev.lastTransitionTime : now;
    const out: PodCondition = { type: c.type, status: c.status, lastProbeTime: null, lastTransitionTime };
    if (c.reason) out.reason = c.reason;
    if (c.message) out.message = c.message;
    return out;
  };
  // A pod that reached a kubelet is scheduled, whoever bound it (nodeName set directly too).
  if (!old.some((o) => o.type === 'PodScheduled')) owned.push({ type: 'PodScheduled', status: 'True' });
  const ownedTypes = new Set(owned.map((c) => c.type));
  return [...owned.map(stamp), ...old.filter((o) => !ownedTypes.has(o.type))];
}
