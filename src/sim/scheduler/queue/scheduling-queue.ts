// The scheduler's queue: pods waiting to be tried (active), pods waiting out a back-off, and
// pods that did not fit and wait for a cluster change that might help them (unschedulable).
// Timing as v1.33: back-off 1 s doubling per attempt up to 10 s; an unschedulable pod nobody
// woke is retried once it has waited more than 5 minutes (podMaxInUnschedulablePodsDuration),
// checked by the 30 s flush; and with SchedulerPopFromBackoffQ (beta, on in v1.33) a pod still
// backing off is tried as soon as nothing else is active.
// Models pkg/scheduler/backend/queue/scheduling_queue.go

import type { Pod } from '../../api/types.ts';
import type { Timer, VirtualClock } from '../../clock.ts';

export const POD_INITIAL_BACKOFF_MS = 1_000;
export const POD_MAX_BACKOFF_MS = 10_000;
export const POD_MAX_IN_UNSCHEDULABLE_MS = 5 * 60_000;
export const UNSCHEDULABLE_FLUSH_PERIOD_MS = 30_000;

/** Cluster changes that can make an unschedulable pod schedulable (framework.ClusterEvent). */
export type ClusterEvent = 'NodeAdd' | 'NodeUpdate' | 'AssignedPodAdd' | 'AssignedPodUpdate' | 'AssignedPodDelete';

/**
 * Which events may help a pod each plugin rejected (a coarse form of the plugins'
 * EventsToRegister and queueing hints): a kubelet heartbeat never requeues anything, a new node
 * or a deleted pod does.
 */
const HINTS: Record<string, readonly ClusterEvent[]> = {
  NodeUnschedulable: ['NodeAdd', 'NodeUpdate'],
  NodeName: ['NodeAdd'],
  TaintToleration: ['NodeAdd', 'NodeUpdate'],
  NodeAffinity: ['NodeAdd', 'NodeUpdate'],
  NodePorts: ['NodeAdd', 'AssignedPodDelete'],
  NodeResourcesFit: ['NodeAdd', 'NodeUpdate', 'AssignedPodDelete'],
  InterPodAffinity: ['NodeAdd', 'NodeUpdate', 'AssignedPodAdd', 'AssignedPodUpdate', 'AssignedPodDelete'],
};

/** Whether an event may help a pod, given the plugins that rejected it (all events if none). */
function helps(info: QueuedPodInfo, event: ClusterEvent): boolean {
  const plugins = [...info.unschedulablePlugins];
  return plugins.length === 0 || plugins.some((p) => HINTS[p]?.includes(event));
}

export interface QueuedPodInfo {
  pod: Pod;
  /** Times popped for scheduling. */
  attempts: number;
  /** When it was added or last tried (ms). */
  timestamp: number;
  /** Plugins that rejected it last time; empty means any node change may help. */
  unschedulablePlugins: Set<string>;
  /** The event count when it was popped, to see the events that came during its attempt. */
  cycle: number;
}

const keyOf = (p: Pod) => `${p.metadata.namespace ?? 'default'}/${p.metadata.name}`;

export class SchedulingQueue {
  private readonly clock: VirtualClock;
  private readonly startedAt: number;
  private readonly onActive: () => void;
  private readonly active: QueuedPodInfo[] = [];
  private readonly backoff = new Map<string, QueuedPodInfo>();
  private readonly unschedulable = new Map<string, QueuedPodInfo>();
  /** Pods popped and not yet done (being scheduled or bound). */
  private readonly inFlight = new Map<string, QueuedPodInfo>();
  /** Cluster events so far, and the recent ones that in-flight pods may still need to see. */
  private eventCount = 0;
  private recent: { seq: number; event: ClusterEvent }[] = [];
  private backoffTimer?: Timer;
  private flushTimer?: Timer;
  private flushAt = Infinity;

  /** `onActive` is called whenever a pod becomes ready to pop. */
  constructor(clock: VirtualClock, onActive: () => void) {
    this.clock = clock;
    this.startedAt = clock.now();
    this.onActive = onActive;
  }

  add(pod: Pod): void {
    const key = keyOf(pod);
    if (this.has(key)) return this.update(pod);
    this.pushActive({ pod, attempts: 0, timestamp: this.clock.now(), unschedulablePlugins: new Set(), cycle: 0 });
  }

  /** A pending pod changed; a changed spec or labels may make it fit, so it is tried again. */
  update(pod: Pod): void {
    const key = keyOf(pod);
    const info = this.find(key);
    if (!info) return this.add(pod);
    const relevant = JSON.stringify([info.pod.spec, info.pod.metadata.labels]) !== JSON.stringify([pod.spec, pod.metadata.labels]);
    info.pod = pod;
    if (relevant && this.unschedulable.delete(key)) this.requeue(info);
  }

  delete(pod: Pod): void {
    const key = keyOf(pod);
    this.unschedulable.delete(key);
    this.backoff.delete(key);
    if (this.inFlight.delete(key)) this.trimRecent();
    const i = this.active.findIndex((p) => keyOf(p.pod) === key);
    if (i >= 0) this.active.splice(i, 1);
  }

  /** Next pod to try: the active queue first, else the pod whose back-off ends soonest. */
  pop(): QueuedPodInfo | undefined {
    let info = this.active.shift();
    if (!info && this.backoff.size > 0) {
      info = [...this.backoff.values()].sort((a, b) => this.backoffExpiry(a) - this.backoffExpiry(b))[0];
      this.backoff.delete(keyOf(info.pod));
    }
    if (!info) return undefined;
    info.attempts++;
    info.cycle = this.eventCount;
    this.inFlight.set(keyOf(info.pod), info);
    return info;
  }

  hasReady(): boolean {
    return this.active.length > 0 || this.backoff.size > 0;
  }

  /** The attempt succeeded (the pod is bound) or the pod is gone. */
  done(pod: Pod): void {
    if (this.inFlight.delete(keyOf(pod))) this.trimRecent();
  }

  /**
   * The attempt failed. The pod waits for a helpful event — or backs off at once if such an
   * event came while it was being tried (the in-flight events of the queueing hints).
   */
  addUnschedulable(info: QueuedPodInfo, plugins: Iterable<string>): void {
    const key = keyOf(info.pod);
    if (!this.inFlight.delete(key)) return; // deleted meanwhile
    info.unschedulablePlugins = new Set(plugins);
    info.timestamp = this.clock.now();
    const missed = this.recent.some((e) => e.seq > info.cycle && helps(info, e.event));
    this.trimRecent();
    if (missed) return this.toBackoff(info);
    this.unschedulable.set(key, info);
    this.armFlush(info);
  }

  /** A cluster change: wake the unschedulable pods it may help. */
  onEvent(event: ClusterEvent): void {
    this.eventCount++;
    if (this.inFlight.size > 0) this.recent.push({ seq: this.eventCount, event });
    for (const [key, info] of [...this.unschedulable]) {
      if (!helps(info, event)) continue;
      this.unschedulable.delete(key);
      this.requeue(info);
    }
  }

  private trimRecent(): void {
    const oldest = Math.min(...[...this.inFlight.values()].map((i) => i.cycle));
    this.recent = this.recent.filter((e) => e.seq > oldest);
  }

  /** Drops every timer; the queue is not used again. */
  close(): void {
    this.backoffTimer?.cancel();
    this.flushTimer?.cancel();
    this.backoffTimer = this.flushTimer = undefined;
  }

  /** Counts, for tests and the bench. */
  sizes(): { active: number; backoff: number; unschedulable: number } {
    return { active: this.active.length, backoff: this.backoff.size, unschedulable: this.unschedulable.size };
  }

  private has(key: string): boolean {
    return this.find(key) !== undefined;
  }

  private find(key: string): QueuedPodInfo | undefined {
    return this.unschedulable.get(key) ?? this.backoff.get(key) ?? this.inFlight.get(key)
      ?? this.active.find((p) => keyOf(p.pod) === key);
  }

  /** calculateBackoffDuration: 1 s, 2 s, 4 s, 8 s, then 10 s. */
  backoffDuration(info: QueuedPodInfo): number {
    let d = POD_INITIAL_BACKOFF_MS;
    for (let i = 1; i < info.attempts; i++) {
      d *= 2;
      if (d > POD_MAX_BACKOFF_MS) return POD_MAX_BACKOFF_MS;
    }
    return d;
  }

  private backoffExpiry(info: QueuedPodInfo): number {
    return info.timestamp + this.backoffDuration(info);
  }

  private requeue(info: QueuedPodInfo): void {
    if (this.backoffExpiry(info) > this.clock.now()) this.toBackoff(info);
    else this.pushActive(info);
  }

  private toBackoff(info: QueuedPodInfo): void {
    this.backoff.set(keyOf(info.pod), info);
    this.armBackoff();
    this.onActive();
  }

  /** Active order: higher priority first, then earlier timestamp (the PrioritySort plugin). */
  private pushActive(info: QueuedPodInfo): void {
    const prio = (p: QueuedPodInfo) => p.pod.spec.priority ?? 0;
    let i = this.active.length;
    while (i > 0 && (prio(this.active[i - 1]) < prio(info)
      || (prio(this.active[i - 1]) === prio(info) && this.active[i - 1].timestamp > info.timestamp))) i--;
    this.active.splice(i, 0, info);
    this.onActive();
  }

  private armBackoff(): void {
    this.backoffTimer?.cancel();
    if (this.backoff.size === 0) return;
    const next = Math.min(...[...this.backoff.values()].map((i) => this.backoffExpiry(i)));
    this.backoffTimer = this.clock.setTimer(next - this.clock.now(), () => {
      this.backoffTimer = undefined;
      for (const [key, info] of [...this.backoff]) {
        if (this.backoffExpiry(info) <= this.clock.now()) {
          this.backoff.delete(key);
          this.pushActive(info);
        }
      }
      this.armBackoff();
    });
  }

  /** The first 30 s flush tick (counted from start) at which `info` has waited over 5 minutes. */
  private leftoverFlushAt(info: QueuedPodInfo): number {
    const due = info.timestamp + POD_MAX_IN_UNSCHEDULABLE_MS;
    const ticks = Math.floor((due - this.startedAt) / UNSCHEDULABLE_FLUSH_PERIOD_MS) + 1;
    return this.startedAt + ticks * UNSCHEDULABLE_FLUSH_PERIOD_MS;
  }

  private armFlush(info: QueuedPodInfo): void {
    const at = this.leftoverFlushAt(info);
    if (at >= this.flushAt && this.flushTimer) return;
    this.flushTimer?.cancel();
    this.flushAt = at;
    this.flushTimer = this.clock.setTimer(at - this.clock.now(), () => this.flushLeftover());
  }

  private flushLeftover(): void {
    this.flushTimer = undefined;
    this.flushAt = Infinity;
    const now = this.clock.now();
    for (const [key, info] of [...this.unschedulable]) {
      if (now - info.timestamp > POD_MAX_IN_UNSCHEDULABLE_MS) {
        this.unschedulable.delete(key);
        this.requeue(info);
      }
    }
    for (const info of this.unschedulable.values()) this.armFlush(info);
  }
}
