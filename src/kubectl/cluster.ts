// What kubectl can reach of a cluster, as a real client does: the API server, and the kubelet
// endpoints the API server proxies for pods/log, pods/exec, pods/attach and pods/portforward
// (routed by the pod's node, as the proxy does). Nothing here exposes simulator internals.
// The kubelet side is structurally sim/kubelet/kubelet-server.ts (KubeletServer).

import type { Status } from '../sim/api/types.ts';
import type { ApiClient } from '../sim/apiserver/api-client.ts';
import type { NetNamespace } from '../os/net.ts';
import type { Reader, Writer } from '../os/pipe.ts';
import type { ControllingTerminal } from '../os/process/terminal.ts';

export interface LogOptions {
  previous?: boolean;
  timestamps?: boolean;
  tailLines?: number;
  sinceSeconds?: number;
  follow?: boolean;
}

export interface ExecStreams {
  stdin?: Reader;
  stdout: Writer;
  stderr: Writer;
  tty?: boolean;
  /** kubectl's own terminal, which a tty session follows (size, raw mode). */
  terminal?: ControllingTerminal;
}

/** One node's kubelet server. */
export interface KubeletEndpoints {
  /** A container's log; the stream ends unless following a running container. */
  logs(namespace: string, pod: string, container: string, options?: LogOptions): Reader | Status;
  /** Runs a command in a running container with the caller's streams. */
  exec(namespace: string, pod: string, container: string, command: string[], streams: ExecStreams): Promise<{ exitCode: number } | Status>;
  /** Connects to the main process of a running container (kubectl run -it, attach). */
  attach?(namespace: string, pod: string, container: string, streams: ExecStreams): Promise<{ exitCode: number } | Status>;
  /** The pod's network namespace, to forward a local port to `port` inside it. */
  portForward(namespace: string, pod: string, port: number): { net: NetNamespace; ip: string; port: number } | Status;
}

export interface PodMetrics {
  namespace: string;
  name: string;
  containers: { name: string; cpuMillicores: number; memoryBytes: number }[];
}

export interface NodeMetrics {
  name: string;
  cpuMillicores: number;
  memoryBytes: number;
}

export interface KubectlCluster {
  api: ApiClient;
  /** The kubelet of a node, or undefined for a node without one. */
  kubelet(nodeName: string): KubeletEndpoints | undefined;
  /** The network namespace kubectl runs in: where port-forward listens. */
  hostNet?: NetNamespace;
  /** metrics.k8s.io as metrics-server reports it; absent when the cluster has no metrics. */
  metrics?: { pods(namespace: string | undefined): PodMetrics[]; nodes(): NodeMetrics[] };
  /** The kube-apiserver version, e.g. `v1.33.1`. */
  serverVersion?: string;
  /** The API server URL cluster-info and config view show. */
  server?: string;
}
