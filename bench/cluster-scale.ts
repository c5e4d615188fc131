// Simulator figures: a large cluster through one virtual hour — scheduling, pulls, restarts,
// logs — measured in wall time and peak memory.

import { VirtualClock } from '../src/sim/clock.ts';
import { Random } from '../src/sim/random.ts';
import { Network } from '../src/os/net.ts';
import { ProgramRegistry } from '../src/os/exec.ts';
import { installContainerPrograms } from '../src/machine/container-programs.ts';
import { Cluster } from '../src/sim/cluster/cluster.ts';
import type { NodeDescription } from '../src/sim/cluster/node-description.ts';
import { loadYaml } from '../src/sim/yaml/yaml-library.ts';

export interface ScaleResult {
  wallMs: number;
  peakHeapMB: number;
  running: number;
  restarts: number;
}

const settle = () => new Promise<void>((resolve) => setImmediate(resolve));

function podFor(i: number): object {
  const kind = i % 10;
  const container =
    kind === 0
      ? { name: 'crash', image: 'busybox:1.36', command: ['sh', '-c', 'echo start; sleep 5; exit 1'] }
      : kind === 1
        ? { name: 'logger', image: 'busybox:1.36', command: ['sh', '-c', 'while true; do echo tick; sleep 10; done'] }
        : { name: 'web', image: 'nginx:1.27' };
  return { apiVersion: 'v1', kind: 'Pod', metadata: { name: `pod-${i}` }, spec: { containers: [container] } };
}

export async function clusterScale(nodes: number, pods: number, virtualMs = 3_600_000): Promise<ScaleResult> {
  const clock = new VirtualClock(Date.UTC(2026, 0, 5, 9));
  const programs = new ProgramRegistry();
  installContainerPrograms(programs);
  const description: NodeDescription[] = Array.from({ length: nodes }, (_, i) => ({
    name: `node${String(i + 1).padStart(3, '0')}`, role: 'worker', ip: `172.30.${Math.floor(i / 250) + 2}.${(i % 250) + 2}`,
    podCIDR: `10.${100 + Math.floor(i / 250)}.${i % 250}.0/24`, capacity: { cpu: '16', memory: '64Gi', pods: '250' },
  }));
  // The kubelets parse their YAML config as they start.
  await loadYaml();
  const cluster = new Cluster({ clock, random: new Random(7), network: new Network(), programs, settle, description: { nodes: description } });
  const start = performance.now();
  let peak = 0;
  const sample = () => { peak = Math.max(peak, process.memoryUsage().heapUsed); };
  cluster.start();
  for (let i = 0; i < pods; i++) cluster.api.create({ resource: 'pods', namespace: 'default', body: podFor(i), options: { fieldManager: 'bench' } });
  const end = clock.now() + virtualMs;
  for (let t = clock.now(); t < end; t = Math.min(end, t + 60_000)) {
    await clock.runUntil(Math.min(end, t + 60_000), settle);
    sample();
  }
  const wallMs = performance.now() - start;
  const list = cluster.api.list({ resource: 'pods', namespace: 'default' }) as { items: { status?: { phase?: string; containerStatuses?: { restartCount: number }[] } }[] };
  const running = list.items.filter((p) => p.status?.phase === 'Running').length;
  const restarts = list.items.reduce((n, p) => n + (p.status?.containerStatuses?.[0]?.restartCount ?? 0), 0);
  return { wallMs, peakHeapMB: peak / 1024 / 1024, running, restarts };
}

if (import.meta.main) {
  const nodes = Number(process.argv[2] ?? 100);
  const pods = Number(process.argv[3] ?? 1000);
  console.log(JSON.stringify(await clusterScale(nodes, pods)));
}
