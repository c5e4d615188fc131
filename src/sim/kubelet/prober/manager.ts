// The kubelet's prober manager: a worker for each probe of each container of each pod on the
// node, results kept per container instance, and a pod resync whenever a result changes (so
// Ready flips, or a container that failed liveness is killed and restarted).
// Models pkg/kubelet/prober/prober_manager.go (AddPod, RemovePod, UpdatePodStatus) and prober/results

import type { VirtualClock } from '../../clock.ts';
import type { NetNamespace } from '../../../os/net.ts';
import type { Container, Pod } from '../../api/types.ts';
import type { RuntimeService } from '../../cri/types.ts';
import type { KubeletRecorder } from '../recorder.ts';
import type { ProberManager } from './prober-manager.ts';
import { Prober, probeOf } from './prober.ts';
import type { ProbeType, Result } from './results.ts';
import { ProbeWorker, type ContainerInstance, type WorkerHost } from './worker.ts';

export interface ManagerDeps {
  clock: VirtualClock;
  runtime: Pick<RuntimeService, 'execSync' | 'containerStatus'>;
  recorder: KubeletRecorder;
  sandbox(podUid: string): { ip: string; net: NetNamespace } | undefined;
}

const TYPES: ProbeType[] = ['startup', 'liveness', 'readiness'];

/** App containers and sidecars (restartable init containers) are probed; regular init containers are not. */
function probedContainers(pod: Pod): Container[] {
  return [...(pod.spec.initContainers ?? []).filter((c) => c.restartPolicy === 'Always'), ...pod.spec.containers];
}

export class Manager implements ProberManager {
  private readonly deps: ManagerDeps;
  private readonly host: WorkerHost;
  private readonly workers = new Map<string, ProbeWorker[]>();
  private readonly instances = new Map<string, ContainerInstance>();
  /** Which probe types each container instance has, and their current results. */
  private readonly probed = new Map<string, Set<ProbeType>>();
  private readonly results = new Map<string, Result>();
  private resync: (podUid: string) => void = () => {};

  constructor(deps: ManagerDeps) {
    this.deps = deps;
    const prober = new Prober(deps);
    this.host = {
      clock: deps.clock,
      prober,
      instance: (uid, name) => this.instances.get(`${uid}/${name}`),
      isRunning: (id) => deps.runtime.containerStatus(id)?.state === 'running',
      started: (_uid, _name, id) => this.started('', id),
      setResult: (uid, id, type, result) => this.setResult(uid, id, type, result),
    };
  }

  setResyncHandler(handler: (podUid: string) => void): void {
    this.resync = handler;
  }

  addPod(pod: Pod): void {
    const uid = pod.metadata.uid!;
    const existing = this.workers.get(uid);
    if (existing) {
      for (const w of existing) w.setPod(pod);
      return;
    }
    const list: ProbeWorker[] = [];
    for (const c of probedContainers(pod)) {
      for (const type of TYPES) if (probeOf(c, type)) list.push(new ProbeWorker(this.host, pod, c, type));
    }
    this.workers.set(uid, list);
    for (const w of list) w.start();
  }

  removePod(uid: string): void {
    for (const w of this.workers.get(uid) ?? []) w.stop();
    this.workers.delete(uid);
    for (const key of [...this.instances.keys()]) {
      if (!key.startsWith(`${uid}/`)) continue;
      const id = this.instances.get(key)!.id;
      this.probed.delete(id);
      for (const t of TYPES) this.results.delete(`${id}/${t}`);
      this.instances.delete(key);
    }
  }

  containerStarted(pod: Pod, containerName: string, containerId: string): void {
    const uid = pod.metadata.uid!;
    const key = `${uid}/${containerName}`;
    const old = this.instances.get(key);
    if (old) {
      this.probed.delete(old.id);
      for (const t of TYPES) this.results.delete(`${old.id}/${t}`);
    }
    this.instances.set(key, { id: containerId, startedAt: this.deps.clock.now() });
    const spec = probedContainers(pod).find((c) => c.name === containerName);
    const types = new Set(TYPES.filter((t) => spec && probeOf(spec, t)));
    this.probed.set(containerId, types);
    // Readiness is probed as soon as the container runs, not only at the next period.
    if (!types.has('startup')) this.triggerReadiness(uid, containerName);
  }

  ready(_name: string, containerId: string): boolean {
    if (!this.probed.get(containerId)?.has('readiness')) return true;
    return this.results.get(`${containerId}/readiness`) === 'success';
  }

  started(_name: string, containerId: string): boolean {
    if (!this.probed.get(containerId)?.has('startup')) return true;
    return this.results.get(`${containerId}/startup`) === 'success';
  }

  failed(_name: string, containerId: string): { reason: 'liveness' | 'startup' } | undefined {
    if (!this.deps.runtime.containerStatus(containerId) || this.deps.runtime.containerStatus(containerId)?.state !== 'running') return undefined;
    if (this.results.get(`${containerId}/startup`) === 'failure') return { reason: 'startup' };
    if (this.results.get(`${containerId}/liveness`) === 'failure') return { reason: 'liveness' };
    return undefined;
  }

  private setResult(uid: string, id: string, type: ProbeType, result: Result): void {
    if (!this.probed.has(id)) return;
    const key = `${id}/${type}`;
    const before = this.results.get(key);
    this.results.set(key, result);
    if (before === result) return;
    if (type === 'startup' && result === 'success') {
      const name = [...this.instances.entries()].find(([, c]) => c.id === id)?.[0].split('/')[1];
      if (name) this.triggerReadiness(uid, name);
    }
    if (before !== undefined || result !== 'success' || type !== 'liveness') this.resync(uid);
  }

  /** Upstream triggers it from the status update that follows the start: a moment later, never in the start itself. */
  private triggerReadiness(uid: string, name: string): void {
    this.deps.clock.setTimer(0, () => {
      for (const w of this.workers.get(uid) ?? []) if (w.type === 'readiness' && w.matches(name)) w.trigger();
    });
  }
}
