// The API server's pods/log, pods/exec and pods/portforward subresources: it finds the node a
// pod runs on and forwards to that node's kubelet, as kube-apiserver proxies to port 10250.
// A pod that was never scheduled has no kubelet to ask, so it answers for it.
// Models pkg/registry/core/pod/rest/log.go and subresources.go (LogLocation, ExecLocation)

import type { Reader, Writer } from '../../os/pipe.ts';
import { Pipe } from '../../os/pipe.ts';
import type { Pod, Status } from '../api/types.ts';
import { isStatus, newBadRequest } from '../api/errors.ts';
import type { ApiClient } from '../apiserver/api-client.ts';
import type { KubeletServer } from '../kubelet/kubelet-server.ts';

export interface LogRequest {
  namespace: string;
  pod: string;
  container: string;
  previous?: boolean;
  follow?: boolean;
  tailLines?: number;
  sinceSeconds?: number;
  timestamps?: boolean;
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

/** Logs of containers restored from a saved state, keyed `ns/pod/container`. */
export type SavedLogs = Record<string, { current?: string; previous?: string }>;

export class KubeletProxy {
  private readonly api: ApiClient;
  private readonly kubelet: (node: string) => KubeletServer | undefined;
  /** Logs that came with a loaded state; they answer until the kubelet has logs of its own. */
  saved: SavedLogs = {};

  constructor(api: ApiClient, kubelet: (node: string) => KubeletServer | undefined) {
    this.api = api;
    this.kubelet = kubelet;
  }

  containerLogs(req: LogRequest): Reader | Status {
    const pod = this.pod(req.namespace, req.pod);
    if (isStatus(pod)) return pod;
    const saved = this.saved[`${req.namespace}/${req.pod}/${req.container}`];
    const text = req.previous ? saved?.previous : saved?.current;
    if (text !== undefined) return fromText(text, req.tailLines);
    const server = pod.spec.nodeName ? this.kubelet(pod.spec.nodeName) : undefined;
    if (!server) return newBadRequest(`container "${req.container}" in pod "${req.pod}" is waiting to start: ContainerCreating`);
    return server.logs(req.namespace, req.pod, req.container, req);
  }

  async exec(req: ExecRequest): Promise<number | Status> {
    const pod = this.pod(req.namespace, req.pod);
    if (isStatus(pod)) return pod;
    const server = pod.spec.nodeName ? this.kubelet(pod.spec.nodeName) : undefined;
    if (!server) return newBadRequest(`pod ${req.pod} does not have a host assigned`);
    const r = await server.exec(req.namespace, req.pod, req.container, req.command, { stdin: req.stdin, stdout: req.stdout, stderr: req.stderr, tty: req.tty });
    return isStatus(r) ? r : r.exitCode;
  }

  /** Where a pod port lives: its network namespace (port-forward connects there). */
  portTarget(namespace: string, podName: string, port: number): ReturnType<KubeletServer['portForward']> {
    const pod = this.pod(namespace, podName);
    if (isStatus(pod)) return pod;
    const server = pod.spec.nodeName ? this.kubelet(pod.spec.nodeName) : undefined;
    if (!server) return newBadRequest(`pod ${podName} does not have a host assigned`);
    return server.portForward(namespace, podName, port);
  }

  private pod(namespace: string, name: string): Pod | Status {
    return this.api.get({ resource: 'pods', namespace, name }) as Pod | Status;
  }
}

function fromText(text: string, tailLines?: number): Reader {
  let lines = text.split(/(?<=\n)/);
  if (tailLines !== undefined) lines = tailLines <= 0 ? [] : lines.slice(-tailLines);
  const out = new Pipe();
  out.write(lines.join(''));
  out.close();
  return out;
}
