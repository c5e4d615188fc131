// What kubectl can reach of a cluster, as a real client does: the API server, and the kubelet
// endpoints the API server proxies for pods/log, pods/exec and pods/portforward. Nothing here
// exposes simulator internals.

import type { Status } from '../sim/api/types.ts';
import type { ApiClient } from '../sim/apiserver/api-client.ts';
import type { Reader, Writer } from '../os/pipe.ts';

export interface ContainerLogRequest {
  namespace: string;
  pod: string;
  container: string;
  previous?: boolean;
  follow?: boolean;
  tailLines?: number;
  sinceSeconds?: number;
  /** RFC 3339. */
  sinceTime?: string;
  timestamps?: boolean;
  limitBytes?: number;
}

export interface ExecRequest {
  namespace: string;
  pod: string;
  container: string;
  command: string[];
  stdin?: Reader;
  stdout: Writer;
  stderr: Writer;
  tty: boolean;
}

export interface PortForwardRequest {
  namespace: string;
  pod: string;
  port: number;
}

/** One forwarded connection to a pod port: bytes in both directions. */
export interface PortForwardStream {
  /** Sends request bytes; the reply arrives on `reader`. */
  writer: Writer;
  reader: Reader;
}

export interface PodResourceUsage {
  namespace: string;
  pod: string;
  containers: { name: string; cpuMillicores: number; memoryBytes: number }[];
}

export interface NodeResourceUsage {
  node: string;
  cpuMillicores: number;
  memoryBytes: number;
}

/** The kubelet side of the API: GET pods/log, POST pods/exec, pods/portforward and metrics. */
export interface KubeletEndpoints {
  /** A stream of log text; it ends unless `follow` is set, in which case it ends with the container. */
  containerLogs(req: ContainerLogRequest): Reader | Status;
  /** Runs a command in a container; resolves to its exit code or a Status (not running, no such container). */
  exec(req: ExecRequest): Promise<number | Status>;
  /** Attaches to the main process of a running container (kubectl run -it, kubectl attach). */
  attach?(req: Omit<ExecRequest, 'command'>): Promise<number | Status>;
  /** Opens one connection to a port in the pod's network namespace. */
  portForward?(req: PortForwardRequest): PortForwardStream | Status;
  /** metrics.k8s.io as metrics-server would report it; undefined when metrics are not available. */
  podMetrics?(namespace: string | undefined): PodResourceUsage[] | undefined;
  nodeMetrics?(): NodeResourceUsage[] | undefined;
}

export interface KubectlCluster {
  api: ApiClient;
  kubelet: KubeletEndpoints;
  /** The kube-apiserver version kubectl version reports, e.g. `v1.33.1`. */
  serverVersion?: string;
  /** The API server URL printed by cluster-info and config view. */
  server?: string;
}
