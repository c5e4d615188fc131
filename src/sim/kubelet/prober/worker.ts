// One worker per pod, container and probe type: it probes every periodSeconds on the virtual
// clock (and once at once when asked, as readiness is when a container starts), skips the
// initial delay and, for liveness and readiness, the time before the startup probe succeeds,
// and reports result changes to the manager.
// Models pkg/kubelet/prober/worker.go (run, doProbe)

import type { Timer, VirtualClock } from '../../clock.ts';
import type { Container, Pod } from '../../api/types.ts';
import type { Prober } from './prober.ts';
import { probeOf } from './prober.ts';
import { initialState, nextState, withDefaults, type ProbeType, type Result, type WorkerState } from './results.ts';

/** The running instance of the worker's container, as the manager knows it. */
export interface ContainerInstance {
  id: string;
  startedAt: number;
}

export interface WorkerHost {
  clock: VirtualClock;
  prober: Prober;
  /** The current instance of a container of the pod, if one was started. */
  instance(podUid: string, container: string): ContainerInstance | undefined;
  isRunning(containerId: string): boolean;
  /** Whether the container's startup probe (if any) has succeeded. */
  started(podUid: string, container: string, containerId: string): boolean;
  setResult(podUid: string, containerId: string, type: ProbeType, result: Result): void;
}

export class ProbeWorker {
  readonly type: ProbeType;
  private readonly host: WorkerHost;
  private pod: Pod;
  private readonly container: Container;
  private state: WorkerState;
  private containerId?: string;
  private timer?: Timer;
  private probing = false;
  private stopped = false;

  constructor(host: WorkerHost, pod: Pod, container: Container, type: ProbeType) {
    this.host = host;
    this.pod = pod;
    this.container = container;
    this.type = type;
    this.state = initialState(type);
  }

  start(): void {
    void this.doProbe();
    this.schedule();
  }

  stop(): void {
    this.stopped = true;
    this.timer?.cancel();
  }

  /** The pod's latest version (upstream's workers share the kubelet's pod object, updated in place). */
  setPod(pod: Pod): void {
    this.pod = pod;
  }

  matches(containerName: string): boolean {
    return this.container.name === containerName;
  }

  /** Probes now, outside the period (a manual trigger). */
  trigger(): void {
    void this.doProbe();
  }

  private schedule(): void {
    const spec = probeOf(this.container, this.type);
    if (!spec || this.stopped) return;
    this.timer = this.host.clock.setTimer(withDefaults(spec).periodSeconds * 1000, () => {
      this.schedule();
      void this.doProbe();
    });
  }

  private async doProbe(): Promise<void> {
    const spec = probeOf(this.container, this.type);
    if (!spec || this.stopped || this.probing) return;
    const { host } = this;
    const uid = this.pod.metadata.uid!;
    const c = host.instance(uid, this.container.name);
    if (!c) return;
    if (c.id !== this.containerId) {
      this.containerId = c.id;
      this.state = initialState(this.type);
      host.setResult(uid, c.id, this.type, this.state.result);
    }
    if (!host.isRunning(c.id)) {
      host.setResult(uid, c.id, this.type, 'failure');
      return;
    }
    if (this.state.onHold) return;
    // A pod being deleted is shutting down: its liveness and startup probes report success once,
    // so that a failure cannot restart a container the kubelet is stopping, and probe no more.
    if (this.pod.metadata.deletionTimestamp && this.type !== 'readiness') {
      host.setResult(uid, c.id, this.type, 'success');
      this.stop();
      return;
    }
    if (host.clock.now() - c.startedAt < withDefaults(spec).initialDelaySeconds * 1000) return;
    const started = host.started(uid, this.container.name, c.id);
    if (this.type === 'startup' ? started : !started) return;
    this.probing = true;
    let outcome: 'success' | 'failure' | undefined;
    try {
      outcome = await host.prober.probe(this.type, this.pod, this.container, c.id);
    } finally {
      this.probing = false;
    }
    // The container may have been replaced or the pod removed while the probe ran.
    if (!outcome || this.stopped || this.containerId !== c.id) return;
    this.state = nextState(this.type, spec, this.state, outcome);
    host.setResult(uid, c.id, this.type, this.state.result);
  }
}
