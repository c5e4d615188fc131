// The kubelet as the node's systemd runs it (kubelet.service): started at boot, stopped and
// restarted with systemctl. A stopped kubelet stops renewing its node lease, which is how the
// control plane notices: the node lifecycle controller marks the node NotReady once the lease is
// older than the grace period. Containers keep running meanwhile, as they do under containerd.
// Models the kubeadm kubelet.service unit and pkg/kubelet/nodelease (renewInterval)

import type { VirtualClock } from '../clock.ts';
import type { Kubelet } from '../kubelet/kubelet.ts';

/** nodelease renewInterval: a quarter of the 40 s lease duration. */
export const LEASE_RENEW_INTERVAL_MS = 10_000;

export type UnitState = 'active' | 'inactive';

/** A line systemd itself writes to the unit's journal (`systemd[1]: Started kubelet.service …`). */
export interface UnitLogEntry {
  at: number;
  text: string;
}

/** One run of the kubelet process: its PID and when it started and ended. */
export interface KubeletRun {
  pid: number;
  startedAt: number;
  stoppedAt?: number;
}

export const KUBELET_UNIT_DESCRIPTION = 'kubelet: The Kubernetes Node Agent';

export class KubeletService {
  readonly kubelet: Kubelet;
  private readonly clock: VirtualClock;
  private readonly firstPid: number;
  readonly runs: KubeletRun[] = [];
  readonly unitLog: UnitLogEntry[] = [];

  constructor(options: { kubelet: Kubelet; clock: VirtualClock; firstPid: number }) {
    this.kubelet = options.kubelet;
    this.clock = options.clock;
    this.firstPid = options.firstPid;
  }

  get state(): UnitState {
    const last = this.runs.at(-1);
    return last && last.stoppedAt === undefined ? 'active' : 'inactive';
  }

  /** The current (or last) run, undefined before the first start. */
  get current(): KubeletRun | undefined {
    return this.runs.at(-1);
  }

  start(): void {
    if (this.state === 'active') return;
    const now = this.clock.now();
    const last = this.runs.at(-1);
    // Each start is a new process; PIDs grow as the node's other processes come and go.
    const pid = last ? last.pid + 1 + ((now - last.startedAt) % 97) : this.firstPid;
    this.runs.push({ pid, startedAt: now });
    this.unitLog.push({ at: now, text: `Started kubelet.service - ${KUBELET_UNIT_DESCRIPTION}.` });
    const journal = this.kubelet.journal;
    journal.info('server.go:530', 'Kubelet version', { kubeletVersion: 'v1.33.1' });
    journal.info('server.go:532', 'Golang settings', { GOGC: '', GOMAXPROCS: '', GOTRACEBACK: '' });
    this.kubelet.start();
    journal.info('kubelet.go:2446', 'Starting kubelet main sync loop');
  }

  stop(): void {
    const run = this.runs.at(-1);
    if (!run || run.stoppedAt !== undefined) return;
    const now = this.clock.now();
    this.unitLog.push({ at: now, text: `Stopping kubelet.service - ${KUBELET_UNIT_DESCRIPTION}...` });
    this.kubelet.stop();
    run.stoppedAt = now;
    this.unitLog.push({ at: now, text: 'kubelet.service: Deactivated successfully.' });
    this.unitLog.push({ at: now, text: `Stopped kubelet.service - ${KUBELET_UNIT_DESCRIPTION}.` });
  }

  restart(): void {
    this.stop();
    this.start();
  }

  /** When the kubelet last renewed its node lease; undefined if it never ran. */
  leaseRenewTime(): number | undefined {
    const run = this.runs.at(-1);
    if (!run) return undefined;
    const until = run.stoppedAt ?? this.clock.now();
    return run.startedAt + Math.floor((until - run.startedAt) / LEASE_RENEW_INTERVAL_MS) * LEASE_RENEW_INTERVAL_MS;
  }

  /** The PID of the kubelet that was running at `at` (for journal lines). */
  pidAt(at: number): number {
    for (let i = this.runs.length - 1; i >= 0; i--) if (this.runs[i].startedAt <= at) return this.runs[i].pid;
    return this.firstPid;
  }
}
