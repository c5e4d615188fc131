// kubectl port-forward: listens on local ports of the machine kubectl runs on and carries each
// connection into the pod's network namespace through the kubelet, until interrupted.
// Models staging/src/k8s.io/kubectl/pkg/cmd/portforward/portforward.go and
// client-go/tools/portforward/portforward.go (the Forwarding/Handling messages).

import type { Pod } from '../../sim/api/types.ts';
import type { Listener } from '../../os/net.ts';
import type { Command } from '../cli/command.ts';
import { CliError, statusText, usageError } from '../cli/errors.ts';
import { isStatus } from '../fetch.ts';
import { lookupResourceType } from '../resource-types.ts';

interface PortPair {
  local: number;
  remote: number;
}

function parsePorts(specs: string[]): PortPair[] {
  return specs.map((spec) => {
    const [l, r] = spec.includes(':') ? spec.split(':') : [spec, spec];
    const remote = Number(r);
    const local = l === '' ? 0 : Number(l);
    if (!Number.isInteger(remote) || !Number.isInteger(local) || remote <= 0 || remote > 65535 || local < 0 || local > 65535) {
      throw new CliError(`error: Error parsing local port '${l}': strconv.ParseUint: parsing "${l}": invalid syntax`);
    }
    return { local, remote };
  });
}

export const portForwardCommand: Command = {
  name: 'port-forward',
  flags: [{ name: 'address', type: 'stringSlice' }, { name: 'pod-running-timeout', type: 'string' }],
  async run(inv) {
    if (inv.args.length < 2) throw usageError(inv.commandPath, 'TYPE/NAME and list of ports are required for port-forward');
    let name = inv.args[0];
    if (name.includes('/')) {
      const typed = name.slice(0, name.indexOf('/'));
      const type = lookupResourceType(typed);
      if (!type) throw new CliError(`error: the server doesn't have a resource type "${typed}"`);
      if (type.name !== 'pods') throw new CliError(`error: cannot attach to *v1.${type.kind}: selector for *v1.${type.kind} not implemented`);
      name = name.slice(name.indexOf('/') + 1);
    }
    const ports = parsePorts(inv.args.slice(1));
    const pod = inv.cluster.api.get<Pod>({ resource: 'pods', namespace: inv.namespace, name });
    if (isStatus(pod)) throw new CliError(statusText(pod));
    if (pod.status?.phase !== 'Running') throw new CliError(`error: unable to forward port because pod is not running. Current status=${pod.status?.phase ?? 'Unknown'}`);
    const host = inv.cluster.hostNet;
    const kubelet = inv.cluster.kubelet(pod.spec.nodeName ?? '');
    if (!host || !kubelet) throw new CliError('error: unable to listen on any of the requested ports: ' + portList(ports));
    const closers: { close(): void }[] = [];
    const namespace = inv.namespace;
    for (const pair of ports) {
      let local = pair.local;
      if (local === 0) for (local = 30000 + (inv.ctx.pid % 1000); host.listening(local); local++);
      const listener: Listener = {
        http: async (request, from) => {
          inv.out(`Handling connection for ${local}\n`);
          const target = kubelet.portForward(namespace, name, pair.remote);
          const fail = (detail: string) => {
            inv.err(`${klogHeader(inv.ctx.now(), inv.ctx.pid)} portforward.go:424] "Unhandled Error" err="an error occurred forwarding ${local} -> ${pair.remote}: error forwarding port ${pair.remote} to pod ${pod.metadata.uid ?? ''}, uid : ${detail}"\n`);
            return { status: 502, headers: {}, body: '' };
          };
          if (isStatus(target)) return fail(target.message);
          const remote = target.net.listening(target.port);
          if (!remote?.http) return fail(`failed to connect to localhost:${pair.remote} inside namespace: connection refused`);
          return remote.http(request, from);
        },
      };
      const bound = host.listen(local, listener);
      if ('code' in bound) {
        inv.err(`Unable to listen on port ${local}: Listeners failed to create with the following errors: [unable to create listener: Error listen tcp4 127.0.0.1:${local}: bind: address already in use unable to create listener: Error listen tcp6 [::1]:${local}: bind: address already in use]\n`);
        for (const c of closers) c.close();
        throw new CliError(`error: unable to listen on any of the requested ports: ${portList([pair])}`);
      }
      closers.push(bound);
      inv.out(`Forwarding from 127.0.0.1:${local} -> ${pair.remote}\nForwarding from [::1]:${local} -> ${pair.remote}\n`);
    }
    try {
      await inv.ctx.sleep(Infinity);
    } finally {
      for (const c of closers) c.close();
    }
    return 0;
  },
};

function portList(ports: PortPair[]): string {
  return `[${ports.map((p) => `{${p.local} ${p.remote}}`).join(' ')}]`;
}

/** klog's `E1122 03:00:00.000000    1234` prefix for an error line. */
function klogHeader(now: number, pid: number): string {
  const d = new Date(now).toISOString();
  return `E${d.slice(5, 7)}${d.slice(8, 10)} ${d.slice(11, 19)}.${d.slice(20, 23)}000 ${String(pid).padStart(7)}`;
}
