// The simulated cluster, assembled: one API server, the default-scheduler, and per node a
// container runtime, its image store and a kubelet — wired as kubeadm would set them up, all on
// the machine's one clock and one network. Everything talks through the API as in Kubernetes.

import type { VirtualClock } from '../clock.ts';
import type { Random } from '../random.ts';
import type { Network, NetNamespace } from '../../os/net.ts';
import type { ProgramRegistry } from '../../os/exec.ts';
import type { FileSystem } from '../../os/fs/file-system.ts';
import { createNodeFs, installNodeFiles } from '../kubelet/config/node-files.ts';
import type { KubeObject, Status } from '../api/types.ts';
import { newBadRequest } from '../api/errors.ts';
import { ApiServer } from '../apiserver/api-server.ts';
import { EventRecorder } from '../apiserver/event-recorder.ts';
import { Scheduler } from '../scheduler/scheduler.ts';
import { ContainerRuntime, type ContainerRuntimeOptions } from '../runtime/container-runtime.ts';
import { ImageCatalog } from '../images/catalog.ts';
import { ImageStore } from '../images/image-store.ts';
import { Kubelet } from '../kubelet/kubelet.ts';
import type { KubeletServer } from '../kubelet/kubelet-server.ts';
import type { NodeDescription as KubeletNode } from '../kubelet/node-status.ts';
import { DEFAULT_CLUSTER, type ClusterDescription } from './default-cluster.ts';
import { nodeFromDescription, type NodeDescription } from './node-description.ts';
import { toBytes } from '../api/quantity.ts';
import { KubeletProxy, type SavedLogs } from './kubelet-proxy.ts';
import { KubeletService } from './kubelet-service.ts';
import { PodLogFiles } from '../kubelet/logs/pod-log-files.ts';
import { NodeLifecycleController } from '../controller/nodelifecycle/node-lifecycle-controller.ts';

/** A saved cluster (`podlab run --state`, a restored lab): objects exactly as given, at `now`. */
export interface ClusterState {
  now: string;
  objects: KubeObject[];
  logs?: SavedLogs;
}

export interface ClusterOptions {
  clock: VirtualClock;
  random: Random;
  network: Network;
  /** The programs container images can run (entrypoints, busybox applets, shells). */
  programs: ProgramRegistry;
  /** A macrotask hop, for busy container programs. */
  settle: () => Promise<void>;
  description?: ClusterDescription;
  /** Lets programs in a container see its processes and network (ps, curl): the shell side's binding. */
  bindSystem?: ContainerRuntimeOptions['bindSystem'];
  /** Each node's own network namespace (its InternalIP), for hostNetwork pods and ssh; made here when absent. */
  nodeNet?: (name: string) => NetNamespace | undefined;
  /**
   * Each node's own filesystem (the learner's `controlplane:~$` for the node they log in to); a
   * bare one is made when absent. The kubelet's config and static pod manifests are written to it.
   */
  nodeFs?: (name: string) => FileSystem | undefined;
}

export interface ClusterNode {
  readonly description: NodeDescription;
  readonly kubelet: Kubelet;
  readonly runtime: ContainerRuntime;
  readonly images: ImageStore;
  /** The node's filesystem: /etc/kubernetes/manifests, /var/lib/kubelet, hostPath volumes. */
  readonly fs: FileSystem;
  readonly net: NetNamespace;
  /** kubelet.service: what `systemctl start|stop|restart kubelet` acts on. */
  readonly service: KubeletService;
}

export class Cluster {
  readonly api: ApiServer;
  readonly events: EventRecorder;
  readonly scheduler: Scheduler;
  readonly catalog = ImageCatalog.standard();
  readonly nodes = new Map<string, ClusterNode>();
  /** pods/log, pods/exec and pods/portforward, routed to the pod's node. */
  readonly proxy: KubeletProxy;
  readonly nodeLifecycle: NodeLifecycleController;
  private readonly options: ClusterOptions;
  private readonly logFiles: PodLogFiles[] = [];

  constructor(options: ClusterOptions) {
    this.options = options;
    const { clock, random } = options;
    this.api = new ApiServer({ clock, random });
    this.events = new EventRecorder(this.api, clock);
    this.scheduler = new Scheduler({ api: this.api, clock, random, recorder: this.events });
    this.proxy = new KubeletProxy((node) => this.kubeletServer(node));
    for (const d of (options.description ?? DEFAULT_CLUSTER).nodes) this.addNode(d);
    this.nodeLifecycle = new NodeLifecycleController({
      api: this.api, events: this.events, clock, leaseRenewTime: (name) => this.nodes.get(name)?.service.leaseRenewTime(),
    });
  }

  /** Starts the control loops: the scheduler, the node lifecycle controller and every kubelet (which registers its Node). */
  start(): void {
    for (const node of this.nodes.values()) node.service.start();
    for (const files of this.logFiles) files.start();
    this.scheduler.start();
    this.nodeLifecycle.start();
  }

  /** The kubelet API of the node a pod runs on (logs, exec, port-forward), as kubectl reaches it. */
  kubeletServer(nodeName: string): KubeletServer | undefined {
    return this.nodes.get(nodeName)?.kubelet.server;
  }

  /**
   * Loads a saved state exactly as given, with the clock at its instant: nothing changes until
   * virtual time moves on.
   */
  loadState(state: ClusterState): Status | undefined {
    const at = Date.parse(state.now);
    if (Number.isNaN(at)) return newBadRequest(`invalid state: "now" is not an RFC 3339 time: ${JSON.stringify(state.now)}`);
    this.options.clock.set(at);
    this.proxy.saved = { ...(state.logs ?? {}) };
    return this.api.load(state.objects);
  }

  private addNode(d: NodeDescription): void {
    const { clock, random, network, programs, settle } = this.options;
    const object = nodeFromDescription(d, { now: clock.now(), random });
    const images = new ImageStore({ catalog: this.catalog, clock });
    const net = this.options.nodeNet?.(d.name) ?? network.namespace([d.ip], d.name);
    const fs = this.options.nodeFs?.(d.name) ?? createNodeFs(() => clock.now());
    installNodeFiles(fs, { name: d.name, ip: d.ip, controlPlane: d.role === 'control-plane' });
    const memory = object.status.capacity?.memory;
    const memoryBytes = memory === undefined ? undefined : toBytes(memory);
    const runtime = new ContainerRuntime({
      clock, random, network, registry: programs, catalog: this.catalog, yieldToHost: settle,
      node: { name: d.name, cpus: Number(object.status.capacity?.cpu ?? 2), memoryBytes },
      hostNet: net, bindSystem: this.options.bindSystem,
    });
    const node: KubeletNode = {
      name: d.name,
      internalIP: d.ip,
      podCIDR: d.podCIDR,
      labels: object.metadata.labels,
      annotations: object.metadata.annotations,
      taints: object.spec.taints,
      capacity: object.status.capacity ?? {},
      allocatable: object.status.allocatable,
      nodeInfo: object.status.nodeInfo,
    };
    const kubelet = new Kubelet({ node, api: this.api, events: this.events, runtime, images, clock, random, hostFs: fs });
    this.logFiles.push(new PodLogFiles({ fs, api: this.api, runtime, nodeName: d.name }));
    const service = new KubeletService({ kubelet, clock, firstPid: kubelet.journal.pid });
    this.nodes.set(d.name, { description: d, kubelet, runtime, images, fs, net, service });
  }
}
