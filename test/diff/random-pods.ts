// Seeded random pod specs: valid pods with varied fields (images good and bad, commands that
// serve, log, exit or crash, restart policies, labels, annotations, resources, env, ports, init
// containers, node selectors, tolerations, probes), each looked at at random virtual times.

import { Machine } from '../../src/machine/machine.ts';
import { Random } from '../../src/sim/random.ts';
import { isStatus } from '../../src/sim/api/errors.ts';
import type { DiffState } from './diff-state.ts';

const settle = () => new Promise<void>((r) => setImmediate(r));

const IMAGES = ['nginx', 'nginx:1.27', 'nginx:alpine', 'busybox', 'busybox:1.36', 'redis:7', 'httpd', 'nginx:9.99-nope', 'docker.io/library/busybox:latest'];
const SCRIPTS = [
  'echo hello; sleep 3600',
  'for i in 1 2 3; do echo line $i; done; sleep 100000',
  'echo crashing; exit 1',
  'echo to stderr >&2; exit 2',
  'date; echo done',
  'i=0; while true; do echo "count $i"; i=$((i+1)); sleep 7; done',
  'sleep 12; echo woke; exit 0',
  'sleep 30; exit 137',
];

function pick<T>(r: Random, list: readonly T[]): T {
  return list[r.int(list.length)];
}

function container(r: Random, name: string): Record<string, unknown> {
  const image = pick(r, IMAGES);
  const c: Record<string, unknown> = { name, image };
  if (image.includes('busybox')) c.command = ['sh', '-c', pick(r, SCRIPTS)];
  if (r.int(3) === 0) c.env = [{ name: 'MODE', value: pick(r, ['dev', 'prod', '']) }, { name: 'LEVEL', value: String(r.int(9)) }];
  if (r.int(3) === 0) c.ports = [{ containerPort: pick(r, [80, 8080, 6379]), ...(r.int(2) ? { name: 'http' } : {}), protocol: 'TCP' }];
  if (r.int(3) === 0) {
    c.resources = {
      requests: { cpu: pick(r, ['50m', '100m', '250m']), memory: pick(r, ['32Mi', '64Mi', '128Mi']) },
      ...(r.int(2) ? { limits: { cpu: pick(r, ['250m', '500m', '1']), memory: pick(r, ['128Mi', '256Mi']) } } : {}),
    };
  }
  if (r.int(5) === 0) c.readinessProbe = { exec: { command: ['true'] }, periodSeconds: pick(r, [5, 10]) };
  if (r.int(6) === 0) c.livenessProbe = { tcpSocket: { port: 80 }, initialDelaySeconds: r.int(10), periodSeconds: 10 };
  if (r.int(6) === 0) c.imagePullPolicy = pick(r, ['Always', 'IfNotPresent', 'Never']);
  return c;
}

export function randomPod(r: Random, name: string): Record<string, unknown> {
  const containers = Array.from({ length: 1 + (r.int(4) === 0 ? 1 : 0) }, (_, i) => container(r, i === 0 ? 'main' : `side${i}`));
  const spec: Record<string, unknown> = { containers };
  if (r.int(4) === 0) spec.restartPolicy = pick(r, ['Never', 'OnFailure', 'Always']);
  if (r.int(5) === 0) spec.initContainers = [{ name: 'init', image: 'busybox', command: ['sh', '-c', pick(r, ['echo init; sleep 5', 'echo init ok', 'exit 1'])] }];
  if (r.int(8) === 0) spec.nodeSelector = pick(r, [{ 'kubernetes.io/hostname': 'node01' }, { disktype: 'ssd' }]);
  if (r.int(8) === 0) spec.tolerations = [{ key: 'node-role.kubernetes.io/control-plane', operator: 'Exists', effect: 'NoSchedule' }];
  if (r.int(6) === 0) spec.terminationGracePeriodSeconds = pick(r, [0, 5, 45]);
  const metadata: Record<string, unknown> = { name };
  if (r.int(2) === 0) metadata.labels = { app: pick(r, ['web', 'api', 'db']), ...(r.int(2) ? { tier: 'backend' } : {}) };
  if (r.int(4) === 0) metadata.annotations = { 'example.com/owner': pick(r, ['team-a', 'team-b']) };
  return { apiVersion: 'v1', kind: 'Pod', metadata, spec };
}

/** `machines` clusters, each with a few random pods, looked at `looks` times at random instants. */
export async function* randomStates(seed: number, machines: number, looks: number): AsyncGenerator<DiffState> {
  const r = new Random(seed);
  for (let i = 0; i < machines; i++) {
    const m = new Machine({ host: { settle }, seed: seed + i });
    await m.ready;
    const count = 1 + r.int(4);
    for (let p = 0; p < count; p++) {
      const body = randomPod(r, `pod-${i}-${p}`);
      const made = m.api.create({ resource: 'pods', namespace: 'default', body, options: { fieldManager: 'kubectl-create' } });
      if (isStatus(made)) throw new Error(`random pod ${JSON.stringify(body)}: ${made.message}`);
    }
    for (let l = 0; l < looks; l++) {
      await m.advance(pick(r, [0, 1, 3, 9, 20, 45, 100, 400, 1500]) * 1000 + r.int(1000));
      if (r.int(6) === 0) {
        m.api.delete({ resource: 'pods', namespace: 'default', name: `pod-${i}-${r.int(count)}` });
        // Let the kubelet act on the deletion now, not while the two kubectls are looking.
        for (let s = 0; s < 20; s++) await m.settle();
      }
      yield { name: `random seed ${seed + i} look ${l}`, machine: m, light: true };
    }
  }
}
