// One kubelet per node: registers the Node, watches the pods bound to it, hands each to its pod
// worker, and turns container exits reported by the runtime into pod syncs. Everything is driven
// by watch events, runtime notifications and back-off timers on the virtual clock.
// Models pkg/kubelet/kubelet.go (NewMainKubelet, Run, syncLoop) and kubelet_node_status.go (registerWithAPIServer)

import type { VirtualClock } from '../clock.ts';
import type { Random } from '../random.ts';
import type { ApiClient, Watch } from '../apiserver/api-client.ts';
import type { EventRecorder } from '../apiserver/event-recorder.ts';
import type { ConfigMap, Node, Pod, PodCondition, Secret, Status } from '../api/types.ts';
import { isStatus } from '../api/errors.ts';
import type { ImageService, RuntimeService } from '../cri/types.ts';
import { Backoff } from './backoff.ts';
import * as events from './events.ts';
import { rfc3339 } from './format.ts';
import { ImageManager } from './images/image-manager.ts';
import { KubeletServer } from './kubelet-server.ts';
import { KubeRuntimeManager } from './kuberuntime/kuberuntime-manager.ts';
import { buildNode, nodeConditions, nodeImages, type NodeDescription } from './node-status.ts';
import { PodIPAllocator } from './pod-ip.ts';
import { PodSyncer } from './pod-sync.ts';
import { PodWorkers } from './pod-workers.ts';
import { Manager as ProbeManager } from './prober/manager.ts';
import type { ProberManager } from './prober/prober-manager.ts';
import { NodeEventRecorder, type KubeletRecorder } from './recorder.ts';
import { StatusManager } from './status/status-manager.ts';
import { KubeletJournal } from './config/journal.ts';
import { isMirrorPod } from './config/mirror-client.ts';
import { StaticPods } from './config/static-pods.ts';
import type { VolumeManager } from './volumemanager/volume-manager.ts';
import { newVolumeManager } from './volumemanager/new-volume-manager.ts';
import { EvictionManager } from './eviction/eviction-manager.ts';
import { systemUsage } from './cm/system-usage.ts';
import { toBytes } from '../api/quantity.ts';
import type { FileSystem } from '../../os/fs/file-system.ts';

export type { NodeDescription };

/** Restart and pull back-off: 10 s doubling to 300 s (pkg/kubelet/kubelet.go constants). */
export const INITIAL_BACKOFF_MS = 10_000;
export const MAX_BACKOFF_MS = 300_000;

export interface KubeletOptions {
  node: NodeDescription;
  api: ApiClient;
  events: EventRecorder;
  runtime: RuntimeService;
  images: ImageService;
  clock: VirtualClock;
  random: Random;
  /** Probes; the default runs each container's probes (NoProbes: ready once running). */
  prober?: ProberManager;
  /** Volumes; the default sets up emptyDir, hostPath, configMap, secret, downwardAPI and projected volumes. */
  volumes?: VolumeManager;
  /** The node's own filesystem: hostPath volumes reach into it. */
  hostFs?: FileSystem;
  /** ClusterIP of the `kubernetes` service, for the service environment variables. */
  kubernetesServiceIP?: string;
  /** Record `Starting`, `NodeHasSufficientMemory`… on registration (default true). */
  startupEvents?: boolean;
}

const SPEC_KEYS = (p: Pod) => JSON.stringify([p.spec, p.metadata.deletionTimestamp, p.metadata.deletionGracePeriodSeconds, p.metadata.labels, p.metadata.annotations]);

export class Kubelet {
  readonly nodeName: string;
  readonly server: KubeletServer;
  readonly statusManager: StatusManager;
  readonly podWorkers: PodWorkers;
  private readonly options: KubeletOptions;
  private readonly recorder: KubeletRecorder;
  private readonly manager: KubeRuntimeManager;
  private readonly syncer: PodSyncer;
  private readonly imageManager: ImageManager;
  private readonly crashBackoff: Backoff;
  private readonly probes: ProberManager;
  private readonly volumes: VolumeManager;
  private readonly eviction?: EvictionManager;
  private readonly pods = new Map<string, Pod>();
  private watch?: Watch;
  private unsubscribeExit?: () => void;
  private node?: Node;
  /** What `journalctl -u kubelet` shows on the node. */
  readonly journal: KubeletJournal;
  private readonly staticPods?: StaticPods;

  constructor(options: KubeletOptions) {
    this.options = options;
    const { api, clock, random, node } = options;
    this.nodeName = node.name;
    this.recorder = new NodeEventRecorder(options.events, node.name);
    this.statusManager = new StatusManager(api);
    this.crashBackoff = new Backoff(clock, INITIAL_BACKOFF_MS, MAX_BACKOFF_MS);
    this.imageManager = new ImageManager(options.images, new Backoff(clock, INITIAL_BACKOFF_MS, MAX_BACKOFF_MS), this.recorder, clock);
    this.imageManager.onPulled = () => this.updateNodeImages();
    this.probes = options.prober ?? new ProbeManager({
      clock, runtime: options.runtime, recorder: this.recorder, sandbox: (uid) => this.manager.sandboxOf(uid),
    });
    const getObj = <T extends ConfigMap | Secret>(resource: 'configmaps' | 'secrets') => (namespace: string, name: string) =>
      api.get<T>({ resource, namespace, name });
    this.volumes = options.volumes ?? newVolumeManager({
      api, clock, random, hostFs: () => options.hostFs,
      nodeAllocatable: { cpu: (node.allocatable ?? node.capacity).cpu, memory: (node.allocatable ?? node.capacity).memory },
    });
    this.manager = new KubeRuntimeManager({
      runtime: options.runtime, clock, recorder: this.recorder, images: this.imageManager, volumes: this.volumes,
      probes: this.probes, ips: new PodIPAllocator(node.podCIDR),
      envSource: { configMap: getObj<ConfigMap>('configmaps'), secret: getObj<Secret>('secrets') },
      envContext: (podIP) => ({
        hostIP: node.internalIP, podIP, kubernetesServiceIP: options.kubernetesServiceIP ?? '10.96.0.1',
        nodeAllocatable: { cpu: (node.allocatable ?? node.capacity).cpu, memory: (node.allocatable ?? node.capacity).memory },
      }),
    });
    this.syncer = new PodSyncer({
      api, clock, manager: this.manager, statusManager: this.statusManager, probes: this.probes,
      crashBackoff: this.crashBackoff, hostIP: node.internalIP,
    });
    this.podWorkers = new PodWorkers(clock, (pod) => this.syncer.sync(pod));
    this.probes.setResyncHandler((uid) => this.podWorkers.requeue(uid));
    // Endpoints are reached through the API object: a mirror pod stands for its static pod.
    const own = (uid: string) => this.staticPods?.staticUidOf(uid) ?? uid;
    const { listContainerStats, onMemoryChange, memoryWorkingSet } = options.runtime;
    if (listContainerStats && onMemoryChange && node.capacity.memory) {
      const capacityBytes = toBytes(node.capacity.memory);
      this.eviction = new EvictionManager({
        api, clock, recorder: this.recorder, nodeName: node.name, capacityBytes,
        systemBytes: systemUsage({ cpus: Number(node.capacity.cpu ?? 2), memoryBytes: capacityBytes }).memoryBytes,
        stats: () => listContainerStats.call(options.runtime),
        workingSetBytes: memoryWorkingSet ? () => memoryWorkingSet.call(options.runtime) : undefined, onMemoryChange: (l) => onMemoryChange.call(options.runtime, l),
        pods: () => this.runningPods(), evict: (pod, reason, message, condition) => this.evictPod(pod, reason, message, condition),
        emptyDirUsage: this.volumes.emptyDirUsage ? (pod) => this.volumes.emptyDirUsage!(pod.metadata.uid!) : undefined,
        onEmptyDirChange: this.volumes.onEmptyDirChange ? (l) => this.volumes.onEmptyDirChange!(l) : undefined,
      });
    }
    this.server = new KubeletServer({
      api, runtime: options.runtime, clock, nodeName: node.name,
      podStatus: (uid) => this.statusManager.getPodStatus(own(uid)),
      sandbox: (uid) => this.manager.sandboxOf(own(uid)),
    });
    this.journal = new KubeletJournal({ node: node.name, pid: 700 + (node.name.length * 37) % 200, now: () => clock.now() });
    if (options.hostFs) {
      this.staticPods = new StaticPods({
        api, nodeName: node.name, fs: options.hostFs, now: () => clock.now(), journal: this.journal,
        host: { runPod: (pod) => this.handlePod(pod), stopPod: (pod) => this.handlePodRemoved(pod), podStatus: (uid) => this.statusManager.getPodStatus(uid) },
      });
    }
  }

  /** Registers the node and starts watching pods bound to it. */
  start(): Status | undefined {
    const registered = this.registerNode();
    if (registered) return registered;
    this.journal.info('kubelet_node_status.go:78', 'Successfully registered node', { node: this.nodeName });
    // Static pods first, so mirror pods already in the API server are recognised as theirs.
    this.staticPods?.start();
    this.eviction?.start();
    this.unsubscribeExit = this.options.runtime.onContainerExit((id) => {
      const uid = this.manager.podOfContainer(id);
      if (uid) this.podWorkers.requeue(uid);
    });
    const w = this.options.api.watch<Pod>(
      { resource: 'pods', options: { fieldSelector: `spec.nodeName=${this.nodeName}` } },
      (ev) => {
        if (isMirrorPod(ev.object)) this.staticPods?.mirrorEvent(ev.type, ev.object);
        else if (ev.type === 'DELETED') this.handlePodRemoved(ev.object);
        else this.handlePod(ev.object);
      },
    );
    if (isStatus(w)) return w;
    this.watch = w;
    return undefined;
  }

  stop(): void {
    this.watch?.stop();
    this.staticPods?.stop();
    this.eviction?.stop();
    this.unsubscribeExit?.();
    for (const uid of this.pods.keys()) this.podWorkers.forget(uid);
  }

  /** Ends an evicted pod at once: its containers are killed and its status is terminal. */
  private evictPod(pod: Pod, reason: string, message: string, condition?: Omit<PodCondition, 'lastProbeTime' | 'lastTransitionTime'>): void {
    const uid = pod.metadata.uid!;
    const known = this.statusManager.getPodStatus(uid) ?? pod.status ?? {};
    const conditions = (known.conditions ?? []).filter((c) => c.type !== condition?.type);
    if (condition) conditions.push({ ...condition, lastProbeTime: null, lastTransitionTime: rfc3339(this.options.clock.now()) });
    this.statusManager.setPodStatus(pod, { ...known, phase: 'Failed', reason, message, conditions });
    void this.manager.killPod(pod, 0).then(() => this.podWorkers.requeue(uid));
  }

  /** The pods this kubelet runs, as it last saw them. */
  runningPods(): Pod[] {
    return [...this.pods.values()];
  }

  private handlePod(pod: Pod): void {
    const uid = pod.metadata.uid!;
    const prev = this.pods.get(uid);
    this.pods.set(uid, pod);
    this.probes.addPod(pod);
    // The kubelet's own status writes come back as updates: they need no sync.
    if (prev && SPEC_KEYS(prev) === SPEC_KEYS(pod) && this.podWorkers.has(uid)) return;
    this.podWorkers.update(pod);
  }

  private handlePodRemoved(pod: Pod): void {
    const uid = pod.metadata.uid!;
    this.pods.delete(uid);
    this.podWorkers.forget(uid);
    this.syncer.forget(uid);
    this.statusManager.removePod(uid);
    this.probes.removePod(uid);
    this.imageManager.forgetPod(uid);
    this.crashBackoff.resetPrefix(`${uid}_`);
    void this.manager.removePod(uid).then(() => this.volumes.unmountPod(uid));
  }

  private registerNode(): Status | undefined {
    const { api, clock, random, node } = this.options;
    const now = rfc3339(clock.now());
    const body = buildNode(node, { machineID: random.hex(32), systemUUID: random.uuid(), bootID: random.uuid() }, now, this.options.images.listImages());
    const created = api.create<Node>({ resource: 'nodes', body, options: { fieldManager: 'kubelet' } });
    if (!isStatus(created)) {
      this.node = created;
      if (this.options.startupEvents !== false) this.recordStartupEvents(created);
      return undefined;
    }
    if (created.reason !== 'AlreadyExists') return created;
    const existing = api.get<Node>({ resource: 'nodes', name: node.name });
    if (isStatus(existing)) return existing;
    const status = { ...existing.status, conditions: nodeConditions(now, existing.status?.conditions), images: body.status.images };
    const updated = api.updateStatus<Node>({ resource: 'nodes', name: node.name, body: { ...existing, status }, options: { fieldManager: 'kubelet' } });
    if (isStatus(updated)) return updated;
    this.node = updated;
    return undefined;
  }

  private recordStartupEvents(node: Node): void {
    const r = this.recorder;
    const name = node.metadata.name;
    r.nodeEvent(node, 'Normal', events.StartingKubelet, 'Starting kubelet.');
    for (const reason of ['NodeHasSufficientMemory', 'NodeHasNoDiskPressure', 'NodeHasSufficientPID']) {
      r.nodeEvent(node, 'Normal', reason, `Node ${name} status is now: ${reason}`);
    }
    r.nodeEvent(node, 'Normal', events.SuccessfulNodeAllocatableEnforcement, 'Updated Node Allocatable limit across pods');
    r.nodeEvent(node, 'Normal', events.NodeReady, `Node ${name} status is now: NodeReady`);
  }

  private updateNodeImages(): void {
    const { api } = this.options;
    const current = api.get<Node>({ resource: 'nodes', name: this.nodeName });
    if (isStatus(current)) return;
    const images = nodeImages(this.options.images.listImages());
    if (JSON.stringify(images) === JSON.stringify(current.status?.images)) return;
    const updated = api.updateStatus<Node>({
      resource: 'nodes', name: this.nodeName, body: { ...current, status: { ...current.status, images } }, options: { fieldManager: 'kubelet' },
    });
    if (!isStatus(updated)) this.node = updated;
  }
}
