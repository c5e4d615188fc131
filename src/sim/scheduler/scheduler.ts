// The default-scheduler of PodLab's cluster: watches nodes and pods through the API, tries each
// pending pod of its own (spec.schedulerName default-scheduler, no nodeName) against a snapshot
// of the nodes, binds it, or reports why not. Work happens only on watch events and clock
// timers: a cycle a few virtual milliseconds after a pod becomes ready, back-off and the
// 5-minute leftover flush — nothing runs per tick.
// Models pkg/scheduler/scheduler.go, schedule_one.go (ScheduleOne, handleSchedulingFailure,
// bindingCycle) and eventhandlers.go

import type { Event, Node, Pod, Status } from '../api/types.ts';
import { isStatus } from '../api/errors.ts';
import type { Timer, VirtualClock } from '../clock.ts';
import type { Random } from '../random.ts';
import type { ApiClient, Watch, WatchEvent } from '../apiserver/api-client.ts';
import { SchedulerCache, isTerminal } from './cache.ts';
import type { Profile } from './framework/runtime.ts';
import { DEFAULT_PROFILE, DEFAULT_SCHEDULER_NAME } from './plugins/default-profile.ts';
import { POD_REASON_UNSCHEDULABLE, withUnschedulableCondition } from './pod-condition.ts';
import { SchedulingQueue, type QueuedPodInfo } from './queue/scheduling-queue.ts';
import { schedulePod } from './schedule-one.ts';

/** Virtual time one scheduling cycle (filter and score) takes. */
export const SCHEDULING_DELAY_MS = 2;
/** Virtual time from decision to the bind call returning (the binding cycle's API round trip). */
export const BINDING_DELAY_MS = 3;

export const REASON_SCHEDULED = 'Scheduled';
export const REASON_FAILED_SCHEDULING = 'FailedScheduling';
export const REASON_PREEMPTED = 'Preempted';

/** The part of the EventRecorder the scheduler uses (src/sim/apiserver/event-recorder.ts). */
export interface SchedulerEventRecorder {
  eventf(object: Pod, type: 'Normal' | 'Warning', reason: string, message: string, source: { component: string }): Event | undefined;
}

export interface SchedulerOptions {
  api: ApiClient;
  clock: VirtualClock;
  random: Random;
  recorder: SchedulerEventRecorder;
  profile?: Profile;
  schedulerName?: string;
}

const rfc3339 = (ms: number) => new Date(Math.floor(ms / 1000) * 1000).toISOString().replace('.000Z', 'Z');

function nodeChanged(a: Node, b: Node): boolean {
  const view = (n: Node) => JSON.stringify([n.metadata.labels, n.spec, n.status?.allocatable]);
  return view(a) !== view(b);
}

export class Scheduler {
  private readonly api: ApiClient;
  private readonly clock: VirtualClock;
  private readonly random: Random;
  private readonly recorder: SchedulerEventRecorder;
  private readonly profile: Profile;
  private readonly name: string;
  private cache = new SchedulerCache();
  private queue: SchedulingQueue;
  private watches: Watch[] = [];
  private cycleTimer?: Timer;
  private stopped = false;

  constructor(options: SchedulerOptions) {
    this.api = options.api;
    this.clock = options.clock;
    this.random = options.random;
    this.recorder = options.recorder;
    this.profile = options.profile ?? DEFAULT_PROFILE;
    this.name = options.schedulerName ?? DEFAULT_SCHEDULER_NAME;
    this.queue = new SchedulingQueue(this.clock, () => this.armCycle());
  }

  /**
   * Starts the watches; existing nodes and pods arrive first as ADDED events. Starting again
   * after `stop` lists everything afresh — how the scheduler catches up after the API server
   * loaded a saved state, which sends no watch events.
   */
  start(): Status | undefined {
    this.stop();
    this.stopped = false;
    this.cache = new SchedulerCache();
    this.queue = new SchedulingQueue(this.clock, () => this.armCycle());
    const nodes = this.api.watch<Node>({ resource: 'nodes' }, (e) => this.onNode(e));
    if (isStatus(nodes)) return nodes;
    const pods = this.api.watch<Pod>({ resource: 'pods' }, (e) => this.onPod(e));
    if (isStatus(pods)) {
      nodes.stop();
      return pods;
    }
    this.watches = [nodes, pods];
    return undefined;
  }

  stop(): void {
    this.stopped = true;
    for (const w of this.watches) w.stop();
    this.watches = [];
    this.cycleTimer?.cancel();
    this.cycleTimer = undefined;
    this.queue.close();
  }

  /** Queue sizes, for tests and the bench. */
  pending(): { active: number; backoff: number; unschedulable: number } {
    return this.queue.sizes();
  }

  private onNode(e: WatchEvent<Node>): void {
    const name = e.object.metadata.name ?? '';
    if (e.type === 'DELETED') {
      this.cache.removeNode(name);
      return;
    }
    const old = this.cache.node(name);
    this.cache.setNode(e.object);
    if (!old) this.queue.onEvent('NodeAdd');
    else if (nodeChanged(old, e.object)) this.queue.onEvent('NodeUpdate');
  }

  private onPod(e: WatchEvent<Pod>): void {
    const pod = e.object;
    if (pod.spec.nodeName) {
      const known = this.cache.hasPod(pod);
      this.queue.delete(pod);
      if (e.type === 'DELETED' || isTerminal(pod)) {
        this.cache.removePod(pod);
        if (known) this.queue.onEvent('AssignedPodDelete');
        return;
      }
      this.cache.setPod(pod);
      this.queue.onEvent(known ? 'AssignedPodUpdate' : 'AssignedPodAdd');
      return;
    }
    // A pod with scheduling gates waits outside the queue until its gates are removed (the
    // SchedulingGates PreEnqueue plugin); the API server sets its SchedulingGated condition.
    const gated = (pod.spec.schedulingGates ?? []).length > 0;
    if (e.type === 'DELETED' || pod.metadata.deletionTimestamp || isTerminal(pod) || pod.spec.schedulerName !== this.name || gated) {
      this.queue.delete(pod);
      return;
    }
    if (e.type === 'ADDED') this.queue.add(pod);
    else this.queue.update(pod);
  }

  private armCycle(): void {
    if (this.cycleTimer || this.stopped || !this.queue.hasReady()) return;
    this.cycleTimer = this.clock.setTimer(SCHEDULING_DELAY_MS, () => {
      this.cycleTimer = undefined;
      this.scheduleOne();
      this.armCycle();
    });
  }

  /** One scheduling cycle for the next pod in the queue. */
  private scheduleOne(): void {
    const info = this.queue.pop();
    if (!info) return;
    const pod = info.pod;
    const result = schedulePod(this.profile, pod, this.cache.snapshot(), (n) => this.random.int(n));
    if (result.kind === 'unschedulable') {
      if (result.nominate) this.preemptVictims(pod, result.nominate.node, result.nominate.victims);
      const plugins = new Set([...result.nodeToStatus.values()].map((s) => s.plugin ?? ''));
      plugins.delete('');
      this.queue.addUnschedulable(info, plugins);
      this.recordFailure(pod, result.message, result.nominate?.node);
      return;
    }
    this.cache.assume(pod, result.node);
    this.clock.setTimer(BINDING_DELAY_MS, () => this.bind(info, result.node));
  }

  private bind(info: QueuedPodInfo, node: string): void {
    const pod = info.pod;
    const status = this.api.bind({ namespace: pod.metadata.namespace ?? 'default', name: pod.metadata.name ?? '', node, options: { fieldManager: 'kube-scheduler' } });
    if (isStatus(status)) {
      this.cache.forget(pod);
      // Gone or bound elsewhere: nothing more to do; otherwise try again after a back-off.
      if (status.code === 404 || status.code === 409) this.queue.done(pod);
      else this.queue.addUnschedulable(info, []);
      return;
    }
    this.queue.done(pod);
    const ns = pod.metadata.namespace ?? 'default';
    this.recorder.eventf(pod, 'Normal', REASON_SCHEDULED, `Successfully assigned ${ns}/${pod.metadata.name} to ${node}`, { component: this.name });
  }

  private recordFailure(pod: Pod, message: string, nominatedNode?: string): void {
    this.recorder.eventf(pod, 'Warning', REASON_FAILED_SCHEDULING, message, { component: this.name });
    const req = { resource: 'pods' as const, namespace: pod.metadata.namespace ?? 'default', name: pod.metadata.name ?? '' };
    const current = this.api.get<Pod>(req);
    if (isStatus(current) || current.spec.nodeName) return;
    const status = { ...(current.status ?? {}) };
    const conditions = withUnschedulableCondition(status.conditions, POD_REASON_UNSCHEDULABLE, message, rfc3339(this.clock.now()));
    const nominate = nominatedNode !== undefined && status.nominatedNodeName !== nominatedNode;
    if (!conditions && !nominate) return;
    if (conditions) status.conditions = conditions;
    if (nominate) status.nominatedNodeName = nominatedNode;
    this.api.updateStatus({ ...req, body: { ...current, status }, options: { fieldManager: 'kube-scheduler' } });
  }

  /**
   * Evicts the victims preemption chose, so the pod fits once they are gone: each first gets the
   * DisruptionTarget condition, then a graceful delete (Evaluator.PreemptPod).
   */
  private preemptVictims(preemptor: Pod, node: string, victims: Pod[]): void {
    for (const v of victims) {
      if (v.metadata.deletionTimestamp) continue;
      const req = { resource: 'pods' as const, namespace: v.metadata.namespace ?? 'default', name: v.metadata.name ?? '' };
      const current = this.api.get<Pod>(req);
      if (isStatus(current)) continue;
      const conditions = (current.status?.conditions ?? []).filter((c) => c.type !== 'DisruptionTarget');
      conditions.push({
        type: 'DisruptionTarget', status: 'True', lastProbeTime: null, lastTransitionTime: rfc3339(this.clock.now()),
        reason: 'PreemptionByScheduler', message: `${preemptor.spec.schedulerName ?? this.name}: preempting to accommodate a higher priority pod`,
      });
      this.api.updateStatus({ ...req, body: { ...current, status: { ...current.status, conditions } }, options: { fieldManager: 'kube-scheduler' } });
      if (isStatus(this.api.delete(req))) continue;
      this.recorder.eventf(v, 'Normal', REASON_PREEMPTED, `Preempted by pod ${preemptor.metadata.uid} on node ${node}`, { component: this.name });
    }
  }
}
