// One loop per pod: updates to a pod while its sync runs are merged (the latest wins) and picked
// up when the sync ends; a sync may ask to run again at a later instant (a back-off ends), which
// is one timer on the virtual clock per pod, never polling.
// Models pkg/kubelet/pod_workers.go (podWorkers.UpdatePod, podWorkerLoop, completeWork)

import type { Timer, VirtualClock } from '../clock.ts';
import type { Pod } from '../api/types.ts';

export interface SyncOutcome {
  /** Virtual time at which to sync this pod again. */
  retryAt?: number;
}

export type SyncPodFn = (pod: Pod) => Promise<SyncOutcome | void>;

interface Worker {
  pod: Pod;
  pending: boolean;
  running: boolean;
  timer?: Timer;
  /** Resolves when the current loop has drained its updates. */
  idle?: Promise<void>;
}

export class PodWorkers {
  private readonly clock: VirtualClock;
  private readonly sync: SyncPodFn;
  private readonly workers = new Map<string, Worker>();
  /** Errors a sync threw (bugs): kept for tests and diagnostics instead of crashing the machine. */
  readonly errors: unknown[] = [];

  constructor(clock: VirtualClock, sync: SyncPodFn) {
    this.clock = clock;
    this.sync = sync;
  }

  /** Queues a sync of the newest version of `pod`. */
  update(pod: Pod): void {
    const uid = pod.metadata.uid!;
    let w = this.workers.get(uid);
    if (!w) this.workers.set(uid, (w = { pod, pending: false, running: false }));
    w.pod = pod;
    w.pending = true;
    if (!w.running) w.idle = this.loop(w);
  }

  /** Syncs the pod again with the version already known (a container exited, a probe changed). */
  requeue(uid: string): void {
    const w = this.workers.get(uid);
    if (w) this.update(w.pod);
  }

  has(uid: string): boolean {
    return this.workers.has(uid);
  }

  /** Stops syncing the pod; a sync in progress finishes. */
  forget(uid: string): void {
    const w = this.workers.get(uid);
    w?.timer?.cancel();
    this.workers.delete(uid);
  }

  /** Resolves once the pod's worker has nothing left to do (tests, orderly shutdown). */
  async settled(uid: string): Promise<void> {
    await this.workers.get(uid)?.idle;
  }

  private async loop(w: Worker): Promise<void> {
    w.running = true;
    try {
      while (w.pending) {
        w.pending = false;
        w.timer?.cancel();
        w.timer = undefined;
        let outcome: SyncOutcome | void = undefined;
        try {
          outcome = await this.sync(w.pod);
        } catch (err) {
          this.errors.push(err);
        }
        const uid = w.pod.metadata.uid!;
        if (this.workers.get(uid) !== w) return;
        if (outcome?.retryAt !== undefined && !w.pending) {
          w.timer = this.clock.setTimer(outcome.retryAt - this.clock.now(), () => {
            w.timer = undefined;
            if (this.workers.get(uid) === w) this.update(w.pod);
          });
        }
      }
    } finally {
      w.running = false;
    }
  }
}
