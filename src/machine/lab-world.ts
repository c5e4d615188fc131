// What lab checks see of a Machine: the cluster through its API, files on the learner's node
// and on the other nodes (static pod manifests), HTTP from the node, from inside a container or
// through a port-forward, container logs as kubectl reads them, the commands typed and the
// answers given. Only what a learner could have looked at themselves.

import type { LabWorld, CommandRecord, HttpSource, HttpResult, LogsResult } from '../labs/world.ts';
import { ANSWERS_PATH, parseAnswers } from '../labs/answers/answer-log.ts';
import type { NetNamespace } from '../os/net.ts';
import type { Pod } from '../sim/api/types.ts';
import { isStatus } from '../sim/api/errors.ts';
import type { Machine } from './machine.ts';

const URL_PATTERN = /^(?:http:\/\/)?([^/:]+)(?::(\d+))?(\/.*)?$/;

export function createLabWorld(machine: Machine, commands: readonly CommandRecord[]): LabWorld {
  const home = (path: string) => (path.startsWith('/') ? path : `/root/${path}`);
  const api = machine.cluster.api;

  const namespaceFor = (from: HttpSource): NetNamespace | string => {
    if (from.kind !== 'container') return machine.net;
    const namespace = from.namespace ?? 'default';
    const pod = api.get({ resource: 'pods', namespace, name: from.pod }) as Pod;
    if (isStatus(pod)) return `pods "${from.pod}" not found`;
    const kubelet = pod.spec.nodeName ? machine.cluster.proxy.kubelet(pod.spec.nodeName) : undefined;
    const target = kubelet?.portForward(namespace, from.pod, 0);
    if (!target || isStatus(target)) return `pod ${from.pod} is not running`;
    return target.net;
  };

  return {
    api,
    readFile(node, path) {
      // Another node's files are what `ssh <node>` shows: its own filesystem, home /root.
      const fs = node === machine.hostname ? machine.fs : machine.cluster.nodes.get(node)?.fs;
      if (!fs) return undefined;
      try {
        return fs.stat(home(path)).type === 'file' ? fs.readFile(home(path)) : undefined;
      } catch {
        return undefined;
      }
    },
    async http(from: HttpSource, url: string): Promise<HttpResult> {
      const m = URL_PATTERN.exec(url);
      if (!m) return { ok: false, error: `URL rejected: Malformed input to a URL function` };
      const host = from.kind === 'port-forward' ? 'localhost' : m[1];
      const port = from.kind === 'port-forward' ? from.port : Number(m[2] ?? 80);
      const net = namespaceFor(from);
      if (typeof net === 'string') return { ok: false, error: net };
      const res = await net.request(host, port, { method: 'GET', path: m[3] ?? '/', headers: { host: m[1], 'user-agent': 'curl/8.5.0', accept: '*/*' } });
      if ('code' in res) return { ok: false, error: `Failed to connect to ${host} port ${port} after 0 ms: Couldn't connect to server` };
      return { ok: true, status: res.status, body: res.body };
    },
    async logs(namespace: string, name: string, container: string): Promise<LogsResult> {
      const pod = api.get<Pod>({ resource: 'pods', namespace, name });
      if (isStatus(pod)) return { ok: false, error: pod.message };
      const kubelet = pod.spec.nodeName ? machine.cluster.proxy.kubelet(pod.spec.nodeName) : undefined;
      if (!kubelet) return { ok: false, error: `container "${container}" in pod "${name}" is waiting to start: ContainerCreating` };
      const stream = kubelet.logs(namespace, name, container, {});
      if (isStatus(stream)) return { ok: false, error: stream.message };
      let text = '';
      for (let chunk = await stream.read(); chunk !== null; chunk = await stream.read()) text += chunk;
      return { ok: true, text };
    },
    commands: () => commands,
    answers() {
      try {
        return parseAnswers(machine.fs.readFile(ANSWERS_PATH));
      } catch {
        return [];
      }
    },
    now: () => machine.clock.now(),
    changeToken() {
      const list = api.list({ resource: 'namespaces' });
      const rv = isStatus(list) ? '' : list.metadata.resourceVersion ?? '';
      let answers = '';
      try {
        answers = String(machine.fs.stat(ANSWERS_PATH).mtime);
      } catch {
        // no answers yet
      }
      return `${rv}:${commands.length}:${answers}:${machine.fsChanges}`;
    },
  };
}
