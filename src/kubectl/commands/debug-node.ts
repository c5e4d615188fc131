// kubectl debug node/NAME: a pod on that node in its host namespaces (network, PID, IPC) with the
// node's root filesystem at /host, restartPolicy Never and tolerating every taint.
// Models staging/src/k8s.io/kubectl/pkg/cmd/debug/debug.go (debugByCreatingPod, generateNodeDebugPod)
// and profiles.go (legacy: useHostNamespaces, mountRootPartition).

import type { Node, Pod } from '../../sim/api/types.ts';
import type { Invocation } from '../cli/command.ts';
import { CliError, statusText } from '../cli/errors.ts';
import { isStatus } from '../fetch.ts';
import { nameSuffix } from '../name-suffix.ts';
import { applyProfile } from './debug-profiles.ts';

export interface NodeDebugOptions {
  image: string;
  command: string[];
  stdin: boolean;
  tty: boolean;
  profile: string;
  pullPolicy: string;
}

export function debugNode(inv: Invocation, nodeName: string, o: NodeDebugOptions): { pod: Pod; container: string } {
  const node = inv.cluster.api.get<Node>({ resource: 'nodes', name: nodeName });
  if (isStatus(node)) throw new CliError(statusText(node));
  const name = `node-debugger-${nodeName}-${nameSuffix(`${node.metadata.uid}/${inv.ctx.now()}`)}`;
  const container: Record<string, unknown> = { name: 'debugger', image: o.image };
  if (o.command.length > 0) container[inv.flags.bool('arguments-only') ? 'args' : 'command'] = o.command;
  const env = inv.flags.list('env').map((e) => ({ name: e.slice(0, Math.max(0, e.indexOf('='))) || e, value: e.includes('=') ? e.slice(e.indexOf('=') + 1) : '' }));
  if (env.length > 0) container.env = env;
  if (o.pullPolicy) container.imagePullPolicy = o.pullPolicy;
  container.resources = {};
  if (o.stdin) container.stdin = true;
  if (o.tty) container.tty = true;
  container.terminationMessagePolicy = 'File';
  const spec: Record<string, unknown> = {
    containers: [container], nodeName, restartPolicy: 'Never', tolerations: [{ operator: 'Exists' }],
  };
  if (o.profile === 'legacy' || o.profile === 'general' || o.profile === 'sysadmin' || o.profile === 'netadmin') {
    Object.assign(spec, { hostIPC: true, hostNetwork: true, hostPID: true });
  }
  if (o.profile === 'legacy' || o.profile === 'general' || o.profile === 'sysadmin') {
    container.volumeMounts = [{ name: 'host-root', mountPath: '/host' }];
    spec.volumes = [{ name: 'host-root', hostPath: { path: '/' } }];
  }
  applyProfile(o.profile, container as never);
  inv.out(`Creating debugging pod ${name} with container debugger on node ${nodeName}.\n`);
  const created = inv.cluster.api.create<Pod>({
    resource: 'pods', namespace: inv.namespace,
    body: { apiVersion: 'v1', kind: 'Pod', metadata: { name, labels: { 'app.kubernetes.io/managed-by': 'kubectl-debug' } }, spec },
    options: { fieldManager: 'kubectl-debug' },
  });
  if (isStatus(created)) throw new CliError(statusText(created));
  return { pod: created, container: 'debugger' };
}
