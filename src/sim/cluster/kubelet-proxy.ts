// The API server's way to a node's kubelet for pods/log, pods/exec and pods/portforward (it
// proxies to port 10250 of the pod's node). It also keeps the logs that came with a saved
// state: a restored pod's containers have logs before any kubelet has run them.
// Models pkg/registry/core/pod/rest/log.go and subresources.go (LogLocation, ExecLocation)

import type { Reader } from '../../os/pipe.ts';
import { Pipe } from '../../os/pipe.ts';
import type { Status } from '../api/types.ts';
import type { KubeletServer, LogOptions } from '../kubelet/kubelet-server.ts';

/** Logs of containers restored from a saved state, keyed `ns/pod/container`. */
export type SavedLogs = Record<string, { current?: string; previous?: string }>;

type Endpoints = Pick<KubeletServer, 'logs' | 'exec' | 'attach' | 'portForward'>;

export class KubeletProxy {
  private readonly servers: (node: string) => KubeletServer | undefined;
  /** Logs that came with a loaded state; they answer before the kubelet is asked. */
  saved: SavedLogs = {};

  constructor(servers: (node: string) => KubeletServer | undefined) {
    this.servers = servers;
  }

  /** The kubelet endpoints of a node, as the API server reaches them. */
  kubelet(nodeName: string): Endpoints | undefined {
    const server = this.servers(nodeName);
    if (!server) return undefined;
    return {
      logs: (namespace: string, pod: string, container: string, options: LogOptions = {}): Reader | Status => {
        const saved = this.saved[`${namespace}/${pod}/${container}`];
        const text = options.previous ? saved?.previous : saved?.current;
        return text !== undefined ? fromText(text, options.tailLines) : server.logs(namespace, pod, container, options);
      },
      exec: (...args) => server.exec(...args),
      attach: (...args) => server.attach(...args),
      portForward: (...args) => server.portForward(...args),
    };
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
