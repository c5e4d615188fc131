// The kubelet's eviction manager for memory: it watches memory.available on the node (capacity
// less what the system daemons and every container use) and, below the hard threshold, sets the
// MemoryPressure condition and taint and evicts one pod per monitoring interval — BestEffort
// first, then Burstable pods over their requests — until the node has room again. The
// condition clears five minutes after the last pressure (the pressure transition period).
// Before that, on every turn, a pod whose emptyDir holds more than its sizeLimit is evicted
// (local storage capacity isolation). Driven by the runtime's memory-change and the volume
// manager's emptyDir-change notifications, so an idle node costs nothing.
// Models pkg/kubelet/eviction/eviction_manager.go (synchronize, localStorageEviction, evictPod) and
// pkg/kubelet/kubelet_node_status.go / nodestatus/setters.go (MemoryPressureCondition)

import type { VirtualClock, Timer } from '../../clock.ts';
import type { ApiClient } from '../../apiserver/api-client.ts';
import type { Node, NodeCondition, Pod, PodCondition, Taint } from '../../api/types.ts';
import type { ContainerStats } from '../../cri/types.ts';
import { isStatus } from '../../api/errors.ts';
import { rfc3339 } from '../format.ts';
import type { KubeletRecorder } from '../recorder.ts';
import {
  DisruptionTarget, Evicted, MEMORY_AVAILABLE_THRESHOLD_BYTES, TerminationByKubelet, emptyDirLimitMessage, evictionMessage,
  isCriticalPod, rankMemoryPressure, type PodUsage,
} from './helpers.ts';

/** --housekeeping / eviction monitoring interval. */
export const MONITORING_INTERVAL_MS = 10_000;
/** --eviction-pressure-transition-period. */
export const PRESSURE_TRANSITION_PERIOD_MS = 5 * 60_000;

export const MEMORY_PRESSURE_TAINT: Taint = { key: 'node.kubernetes.io/memory-pressure', effect: 'NoSchedule' };

export interface EvictionDeps {
  api: ApiClient;
  clock: VirtualClock;
  recorder: KubeletRecorder;
  nodeName: string;
  capacityBytes: number;
  /** What the node uses outside pods (kubelet, containerd, the OS). */
  systemBytes: number;
  stats(): ContainerStats[];
  /** The containers' memory alone: read on every memory change, so it must not sample CPU as stats() does. */
  workingSetBytes?(): number;
  onMemoryChange(listener: () => void): () => void;
  /** The pods admitted on this node. */
  pods(): Pod[];
  /** Bytes in each emptyDir of the pod, by volume name. */
  emptyDirUsage?(pod: Pod): ReadonlyMap<string, number>;
  onEmptyDirChange?(listener: () => void): () => void;
  /**
   * Kills the pod now and makes its status terminal with this reason and message, adding the
   * condition when there is one (node-pressure evictions carry DisruptionTarget).
   */
  evict(pod: Pod, reason: string, message: string, condition?: PodCondition): void;
}

export class EvictionManager {
  private readonly d: EvictionDeps;
  private timer?: Timer;
  private readonly unsubscribe: (() => void)[] = [];
  private lastPressureAt?: number;
  private readonly evicted = new Set<string>();

  constructor(deps: EvictionDeps) {
    this.d = deps;
  }

  start(): void {
    this.unsubscribe.push(this.d.onMemoryChange(() => {
      if (!this.timer && this.availableNow() < MEMORY_AVAILABLE_THRESHOLD_BYTES) this.schedule();
    }));
    const onEmptyDir = this.d.onEmptyDirChange?.(() => {
      if (!this.timer) this.schedule();
    });
    if (onEmptyDir) this.unsubscribe.push(onEmptyDir);
  }

  stop(): void {
    for (const u of this.unsubscribe.splice(0)) u();
    this.timer?.cancel();
    this.timer = undefined;
  }

  /** memory.available: capacity minus the node's working set. */
  available(): number {
    return this.d.capacityBytes - this.d.systemBytes - this.d.stats().reduce((n, s) => n + s.memoryBytes, 0);
  }

  /** memory.available from the cgroups alone, for the check after each memory change. */
  private availableNow(): number {
    const ws = this.d.workingSetBytes?.();
    return ws === undefined ? this.available() : this.d.capacityBytes - this.d.systemBytes - ws;
  }

  /** One turn of the manager; returns the pod it evicted, if any. */
  synchronize(): Pod | undefined {
    const now = this.d.clock.now();
    const available = this.available();
    const pressure = available < MEMORY_AVAILABLE_THRESHOLD_BYTES;
    if (pressure) this.lastPressureAt = now;
    const inTransition = this.lastPressureAt !== undefined && now - this.lastPressureAt < PRESSURE_TRANSITION_PERIOD_MS;
    this.setCondition(pressure || inTransition);
    const overLimit = this.localStorageEviction();
    if (overLimit) return overLimit;
    if (!pressure) return undefined;
    const victim = rankMemoryPressure(this.candidates())[0];
    if (!victim) return undefined;
    const message = evictionMessage(victim, available);
    this.evicted.add(victim.pod.metadata.uid!);
    this.d.recorder.podEvent(victim.pod, 'Warning', Evicted, message);
    this.d.evict(victim.pod, Evicted, message, { type: DisruptionTarget, status: 'True', reason: TerminationByKubelet, message });
    return victim.pod;
  }

  /** Evicts the first pod with an emptyDir over its sizeLimit; upstream passes no condition for these. */
  private localStorageEviction(): Pod | undefined {
    const usage = this.d.emptyDirUsage;
    if (!usage) return undefined;
    for (const pod of this.d.pods()) {
      if (isCriticalPod(pod) || this.evicted.has(pod.metadata.uid!) || pod.metadata.deletionTimestamp) continue;
      const message = emptyDirLimitMessage(pod, usage(pod));
      if (!message) continue;
      this.evicted.add(pod.metadata.uid!);
      this.d.recorder.podEvent(pod, 'Warning', Evicted, message);
      this.d.evict(pod, Evicted, message);
      return pod;
    }
    return undefined;
  }

  private candidates(): PodUsage[] {
    const stats = this.d.stats();
    return this.d.pods()
      .filter((p) => !isCriticalPod(p) && !this.evicted.has(p.metadata.uid!) && !p.metadata.deletionTimestamp)
      .map((pod) => ({ pod, containers: stats.filter((s) => s.podUid === pod.metadata.uid).map((s) => ({ name: s.name, memoryBytes: s.memoryBytes })) }))
      .filter((u) => u.containers.length > 0);
  }

  /** The next turn on the monitoring interval; after pressure, until the condition has cleared. */
  private schedule(): void {
    const { clock } = this.d;
    const due = Math.floor(clock.now() / MONITORING_INTERVAL_MS) * MONITORING_INTERVAL_MS + MONITORING_INTERVAL_MS;
    this.timer = clock.setTimer(due - clock.now(), () => {
      this.timer = undefined;
      this.synchronize();
      const cleared = this.lastPressureAt === undefined || clock.now() - this.lastPressureAt >= PRESSURE_TRANSITION_PERIOD_MS;
      if (!cleared) this.schedule();
    });
  }

  private setCondition(pressure: boolean): void {
    const { api, nodeName, clock } = this.d;
    const node = api.get<Node>({ resource: 'nodes', name: nodeName });
    if (isStatus(node)) return;
    const conditions = node.status?.conditions ?? [];
    const current = conditions.find((c) => c.type === 'MemoryPressure');
    const status = pressure ? 'True' : 'False';
    if (current?.status === status) return;
    const now = rfc3339(clock.now());
    const cond: NodeCondition = pressure
      ? { type: 'MemoryPressure', status, lastHeartbeatTime: now, lastTransitionTime: now, reason: 'KubeletHasInsufficientMemory', message: 'kubelet has insufficient memory available' }
      : { type: 'MemoryPressure', status, lastHeartbeatTime: now, lastTransitionTime: now, reason: 'KubeletHasSufficientMemory', message: 'kubelet has sufficient memory available' };
    // The taint is the node lifecycle controller's (TaintNodesByCondition); it follows the condition.
    const others = (node.spec?.taints ?? []).filter((t) => t.key !== MEMORY_PRESSURE_TAINT.key);
    const taints = pressure ? [...others, { ...MEMORY_PRESSURE_TAINT }] : others;
    const withTaints = api.update<Node>({ resource: 'nodes', name: nodeName, body: { ...node, spec: { ...node.spec, taints: taints.length ? taints : undefined } } });
    const base = isStatus(withTaints) ? node : withTaints;
    const status2 = { ...base.status, conditions: (base.status?.conditions ?? []).map((c) => (c.type === 'MemoryPressure' ? cond : c)) };
    const updated = api.updateStatus<Node>({ resource: 'nodes', name: nodeName, body: { ...base, status: status2 }, options: { fieldManager: 'kubelet' } });
    if (isStatus(updated)) return;
    const reason = pressure ? 'NodeHasInsufficientMemory' : 'NodeHasSufficientMemory';
    this.d.recorder.nodeEvent(updated, 'Normal', reason, `Node ${nodeName} status is now: ${reason}`);
  }
}
