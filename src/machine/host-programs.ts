// The programs a learner's node has: bash (and sh) from PodLab's shell, GNU-flavoured tools,
// and, as they land, kubectl, editors and ssh. Each becomes /usr/bin/<name> on the node.

import type { ProgramRegistry } from '../os/exec.ts';
import { createShell } from '../shell/interp/shell.ts';
import type { CommandResolver } from './command-resolver.ts';
import { coreutilsPrograms } from '../shell/programs/index.ts';
import { lazyProgram } from '../shell/programs/lib/lazy.ts';
import { createKubectl } from '../kubectl/kubectl.ts';
import { answerProgram } from '../labs/answers/answer-program.ts';
import type { Cluster } from '../sim/cluster/cluster.ts';
import type { NetNamespace } from '../os/net.ts';
import { MetricsServer } from '../sim/metrics/metrics-server.ts';

// The editors are chunks of their own, fetched when a learner (or kubectl edit) first opens one.
const vi = lazyProgram(() => import('../shell/editors/vi.ts').then((m) => m.vi));
const nano = lazyProgram(() => import('../shell/editors/nano.ts').then((m) => m.nano));

export function installHostPrograms(registry: ProgramRegistry, resolver: CommandResolver, cluster: Cluster, hostNet: NetNamespace): void {
  const shell = createShell({ flavour: 'bash', name: 'bash', resolve: resolver.resolve, locate: resolver.locate });
  registry.register('bash', shell).register('sh', shell);
  for (const [name, program] of Object.entries(coreutilsPrograms())) registry.register(name, program);
  registry.register('answer', answerProgram);
  registry.register('vi', vi).register('vim', vi).register('nano', nano);
  const metrics = new MetricsServer(
    () => [...cluster.nodes.values()].map((n) => ({ name: n.description.name, cpus: n.runtime.node.cpus, memoryBytes: n.runtime.node.memoryBytes, listContainerStats: () => n.runtime.listContainerStats() })),
  );
  registry.register('kubectl', createKubectl({
    api: cluster.api, kubelet: (node) => cluster.proxy.kubelet(node), hostNet, serverVersion: 'v1.33.1', server: 'https://172.30.1.2:6443',
    metrics: { pods: (ns) => metrics.pods(ns), nodes: () => metrics.nodeMetrics() },
  }, { programs: registry }));
}
