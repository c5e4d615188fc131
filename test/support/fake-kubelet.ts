// A stand-in for the kubelet's log and exec endpoints, answering from a table of log texts with
// the API server's and kubelet's checks on container state (waiting, no previous instance).

import { Pipe, type Reader } from '../../src/os/pipe.ts';
import type { ApiServer } from '../../src/sim/apiserver/api-server.ts';
import type { ContainerStatus, Pod, Status } from '../../src/sim/api/types.ts';
import { isStatus, newBadRequest } from '../../src/sim/api/errors.ts';
import type { ExecStreams, KubeletEndpoints, LogOptions } from '../../src/kubectl/cluster.ts';

export interface ExecCall {
  namespace: string;
  pod: string;
  container: string;
  command: string[];
  streams: ExecStreams;
}

/** `ns/pod/container` → log texts of the current and previous instance. */
export type LogTable = Record<string, { current?: string; previous?: string }>;

export class FakeKubelet {
  readonly api: ApiServer;
  readonly logs: LogTable;
  readonly execs: ExecCall[] = [];
  execHandler: (call: ExecCall) => Promise<{ exitCode: number } | Status> = async () => ({ exitCode: 0 });

  constructor(api: ApiServer, logs: LogTable) {
    this.api = api;
    this.logs = logs;
  }

  endpoints(): KubeletEndpoints {
    return {
      logs: (namespace, pod, container, options = {}) => this.containerLogs({ ...options, namespace, pod, container }),
      exec: (namespace, pod, container, command, streams) => {
        const found = this.api.get<Pod>({ resource: 'pods', namespace, name: pod });
        if (!isStatus(found) && ![...found.spec.containers, ...(found.spec.initContainers ?? [])].some((c) => c.name === container)) {
          return Promise.resolve(newBadRequest(`container ${container} is not valid for pod ${pod}`));
        }
        const call = { namespace, pod, container, command, streams };
        this.execs.push(call);
        return this.execHandler(call);
      },
      portForward: () => newBadRequest('port-forward is not served by the fake kubelet'),
    };
  }

  private status(req: { namespace: string; pod: string; container: string }): ContainerStatus | Status | undefined {
    const pod = this.api.get<Pod>({ resource: 'pods', namespace: req.namespace, name: req.pod });
    if (isStatus(pod)) return pod;
    const all = [...(pod.status?.initContainerStatuses ?? []), ...(pod.status?.containerStatuses ?? [])];
    return all.find((s) => s.name === req.container);
  }

  containerLogs(req: LogOptions & { namespace: string; pod: string; container: string }): Reader | Status {
    const status = this.status(req);
    if (isStatus(status)) return status;
    const where = `container "${req.container}" in pod "${req.pod}"`;
    if (req.previous) {
      if (!status?.lastState?.terminated) return newBadRequest(`previous terminated ${where} not found`);
    } else {
      const waiting = status?.state?.waiting;
      if (!status || (waiting && !status.lastState?.terminated)) {
        const reason = waiting?.reason ?? 'ContainerCreating';
        const text = reason === 'ErrImagePull' ? "image can't be pulled" : reason === 'ImagePullBackOff' ? 'trying and failing to pull image' : reason;
        return newBadRequest(`${where} is waiting to start: ${text}`);
      }
    }
    const entry = this.logs[`${req.namespace}/${req.pod}/${req.container}`] ?? {};
    let text = (req.previous ? entry.previous : entry.current) ?? '';
    if (req.tailLines !== undefined) {
      const lines = text.split('\n');
      if (lines[lines.length - 1] === '') lines.pop();
      text = lines.slice(Math.max(0, lines.length - req.tailLines)).map((l) => l + '\n').join('');
    }
    const pipe = new Pipe();
    pipe.write(text);
    pipe.close();
    return pipe;
  }
}
