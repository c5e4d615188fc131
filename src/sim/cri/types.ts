// The container runtime as the kubelet sees it: a narrow, CRI-shaped interface (images, pod
// sandboxes, containers, exec, logs). The kubelet decides; the runtime carries out. Errors are
// values whose texts are what containerd reports.
// Models staging/src/k8s.io/cri-api/pkg/apis/runtime/v1/api.proto (the parts a Pod course sees)

import type { Reader, Writer } from '../../os/pipe.ts';
import type { NetNamespace } from '../../os/net.ts';
import type { ControllingTerminal } from '../../os/process/terminal.ts';

export interface ImageInfo {
  /** Normalised reference, e.g. `docker.io/library/nginx:latest`. */
  ref: string;
  /** `sha256:<64 hex>`: the image config digest (status.containerStatuses[].imageID uses repoDigest). */
  id: string;
  /** `docker.io/library/nginx@sha256:<64 hex>` */
  repoDigest: string;
  sizeBytes: number;
  /** The image's default user as `uid[:gid]` or a name; '' = root. */
  user: string;
  /** Every reference this node knows the image by (`crictl images` REPOSITORY:TAG rows). */
  repoTags?: string[];
}

export type PullResult =
  | { ok: true; image: ImageInfo; durationMs: number }
  | {
    ok: false;
    /** The CRI error as the kubelet prints it: `rpc error: code = NotFound desc = failed to pull and unpack image …`. */
    message: string;
    /** The gRPC code inside the message; `InvalidImageName` when the reference does not parse. */
    code?: 'NotFound' | 'Unknown' | 'InvalidImageName';
  };

export interface ImageService {
  /** The image if it is present on this node. */
  imageStatus(ref: string): ImageInfo | undefined;
  /** Pulls the image; resolves after the simulated pull time. */
  pullImage(ref: string): Promise<PullResult>;
  listImages(): ImageInfo[];
}

export interface PodSandboxConfig {
  podUid: string;
  name: string;
  namespace: string;
  hostname: string;
  /** The pod IP, chosen by the kubelet from the node's pod CIDR. */
  ip: string;
  hostNetwork?: boolean;
  /** `<hostname>.<subdomain>.<namespace>.svc.cluster.local` for a pod with a subdomain (/etc/hosts). */
  fqdn?: string;
  hostAliases?: { ip: string; hostnames: string[] }[];
  /** /etc/resolv.conf; ClusterFirst for the namespace when absent. */
  dns?: { nameservers: string[]; searches: string[]; options: string[] };
}

export interface PodSandbox {
  id: string;
  ip: string;
  net: NetNamespace;
}

export interface MountSpec {
  containerPath: string;
  /**
   * A directory tree of the node (an emptyDir, a hostPath, a projected volume) to bind: an
   * os `Tree`, or a `MountSource` (`{ tree, node }`, e.g. from `FileSystem.bindSource(path)`).
   */
  source: unknown;
  readOnly: boolean;
  subPath?: string;
}

export interface ContainerConfig {
  name: string;
  image: ImageInfo;
  /** Entrypoint and arguments, resolved by the kubelet from command/args and the image. */
  command?: string[];
  args?: string[];
  workingDir?: string;
  env: Record<string, string>;
  mounts: MountSpec[];
  uid?: number;
  gid?: number;
  supplementalGroups?: number[];
  readOnlyRootFilesystem?: boolean;
  capabilities?: { add: string[]; drop: string[] };
  privileged?: boolean;
  /** no_new_privs for every process of the container (allowPrivilegeEscalation: false). */
  noNewPrivileges?: boolean;
  /** The seccomp profile type, when one is set (RuntimeDefault, Unconfined, Localhost). */
  seccompProfile?: string;
  memoryLimitBytes?: number;
  cpuLimitMillis?: number;
  tty?: boolean;
  stdin?: boolean;
  /** The first attached client's end of input closes stdin for good. */
  stdinOnce?: boolean;
  terminationMessagePath?: string;
  /** A running container whose process namespace this one joins (an ephemeral container's target). */
  targetId?: string;
  /** Log lines are tagged with the restart count, so previous-instance logs survive one restart. */
  attempt: number;
}

export type ContainerRuntimeState = 'created' | 'running' | 'exited';

export interface ContainerRuntimeStatus {
  id: string;
  name: string;
  attempt: number;
  state: ContainerRuntimeState;
  createdAt: number;
  startedAt?: number;
  finishedAt?: number;
  exitCode?: number;
  /** containerd's reasons: `Completed`, `Error`, `OOMKilled`, `StartError`, `ContainerCannotRun`. */
  reason?: string;
  /** StartError: containerd's error; an ended container: what it wrote to its terminationMessagePath. */
  message?: string;
  imageRef: string;
}

/** One running container's usage, as CRI ContainerStats reports it. */
export interface ContainerStats {
  id: string;
  name: string;
  podUid: string;
  podName: string;
  namespace: string;
  /** How long the container has been running, ms. */
  runningMs: number;
  memoryBytes: number;
  cpuMillicores: number;
}

export type RuntimeResult<T> = ({ ok: true } & T) | { ok: false; reason: string; message: string };

export interface LogLine {
  time: number;
  stream: 'stdout' | 'stderr';
  text: string;
}

export interface ExecStreams {
  stdin?: Reader;
  stdout: Writer;
  stderr: Writer;
  tty?: boolean;
  /** The client's own terminal, whose size and raw mode a tty session follows. */
  terminal?: ControllingTerminal;
}

export interface RuntimeService {
  runPodSandbox(config: PodSandboxConfig): Promise<RuntimeResult<{ sandbox: PodSandbox }>>;
  stopPodSandbox(id: string): Promise<void>;
  removePodSandbox(id: string): Promise<void>;
  createContainer(sandboxId: string, config: ContainerConfig): Promise<RuntimeResult<{ id: string }>>;
  startContainer(id: string): Promise<RuntimeResult<object>>;
  /** SIGTERM, then SIGKILL after the grace period if still running. */
  stopContainer(id: string, gracePeriodMs: number): Promise<void>;
  removeContainer(id: string): Promise<void>;
  containerStatus(id: string): ContainerRuntimeStatus | undefined;
  /** Called when a container's main process exits (the kubelet's PLEG). */
  onContainerExit(listener: (id: string) => void): () => void;
  /** Runs a command in a running container and collects its output (exec probes, `kubectl exec` without -it). */
  execSync(id: string, command: string[], timeoutMs: number): Promise<RuntimeResult<{ exitCode: number; output: string }>>;
  /** Connects to a running container's main process (`kubectl attach`); resolves when it ends or the client leaves. */
  attach?(id: string, streams: ExecStreams): Promise<RuntimeResult<object>>;
  /** Runs a command in a running container with live streams (`kubectl exec -it`). */
  exec(id: string, command: string[], streams: ExecStreams): Promise<RuntimeResult<{ exitCode: number }>>;
  /** The container's log lines, oldest first. */
  logs(id: string): LogLine[];
  /** Follows new log lines (`kubectl logs -f`); returns an unsubscribe function. */
  followLogs(id: string, listener: (line: LogLine) => void): () => void;
  /** Memory in use by the container's processes, for `kubectl top` and eviction. */
  memoryUsage(id: string): number;
  /** Usage of every running container (ListContainerStats), for the eviction manager. */
  listContainerStats?(): ContainerStats[];
  /** Bytes charged to the running containers' memory cgroups, summed; cheaper than listContainerStats when only memory matters. */
  memoryWorkingSet?(): number;
  /** Called whenever a container's memory use changes; returns an unsubscribe function. */
  onMemoryChange?(listener: () => void): () => void;
}
