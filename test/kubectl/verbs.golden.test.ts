import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import type { KubeObject, Pod } from '../../src/sim/api/types.ts';
import { kubectlMachine } from '../support/kubectl-machine.ts';
import type { LogTable } from '../support/fake-kubelet.ts';
import { goldenCases } from './golden-cases.ts';
import { fixture, golden } from './printers/golden.ts';
import { sampleNamespaces, sampleNode, samplePods } from './printers/sample-cluster.ts';

const cases = goldenCases();

interface Setup {
  objects: KubeObject[];
  /** kubectl's clock when it differs from the case's frozen second. */
  now?: number;
  logs?: LogTable;
  files?: Record<string, string>;
}

async function replay(name: string, setup: (now: number) => Setup) {
  const c = cases.get(name)!;
  const s = setup(c.now);
  const m = kubectlMachine({ now: s.now ?? c.now, objects: s.objects, logs: s.logs, files: s.files });
  const result = await m.run(c.command);
  expect(result).toEqual({ stdout: c.stdout, stderr: c.stderr, status: c.exitCode });
}

// Event times carry microseconds and kubectl's clock was past them within the frozen second.
const WITHIN_SECOND = 500;

function withFixture(pod: string, shiftMs = 0) {
  return (now: number): Setup => {
    const f = fixture(pod) as ReturnType<typeof fixture> & { logs?: LogTable };
    const objects = [f.pod, ...f.events].map((o) => shiftTimes(o, shiftMs) as KubeObject);
    return { objects: [...sampleNamespaces(now), sampleNode(), ...objects], logs: f.logs, now: Date.parse(f.now) + shiftMs + WITHIN_SECOND };
  };
}

/** Moves every RFC 3339 timestamp in an object by `ms`, keeping its fractional digits. */
function shiftTimes(value: unknown, ms: number): unknown {
  if (typeof value === 'string') {
    const m = /^(\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d)(\.\d+)?Z$/.exec(value);
    if (!m) return value;
    return new Date(Date.parse(m[1] + 'Z') + ms).toISOString().slice(0, 19) + (m[2] ?? '') + 'Z';
  }
  if (Array.isArray(value)) return value.map((v) => shiftTimes(v, ms));
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, shiftTimes(v, ms)]));
  return value;
}

/** The sample pods with the container names the logs goldens show. */
function logsCluster(now: number): Setup {
  const pods = samplePods(now).map((p) => {
    const rename = (from: string, to: string) => {
      for (const c of p.spec.containers) if (c.name === from) c.name = to;
      for (const s of p.status?.containerStatuses ?? []) if (s.name === from) s.name = to;
    };
    if (p.metadata.name === 'myapp-pod') rename('myapp-pod', 'myapp-container');
    if (p.metadata.name === 'memory-demo-3') rename('memory-demo-3', 'memory-demo-3-ctr');
    return p;
  });
  const nginx = fixture('nginx') as ReturnType<typeof fixture> & { logs: LogTable };
  const webLogger = fixture('web-logger') as ReturnType<typeof fixture> & { logs: LogTable };
  const objects: KubeObject[] = [
    ...sampleNamespaces(now), sampleNode(),
    ...pods.filter((p) => p.metadata.name !== 'nginx' && p.metadata.name !== 'web-logger'), nginx.pod, webLogger.pod,
  ];
  const stress = golden('logs-memory-demo-2.txt');
  const logs: LogTable = {
    ...nginx.logs, ...webLogger.logs,
    'default/memory-demo-2/memory-demo-2': { current: stress, previous: golden('logs-memory-demo-2-previous.txt') },
    'default/myapp-pod/init-myservice': { current: golden('logs-myapp-pod-init.txt') },
  };
  return { objects, logs };
}

const POD_YAML = `apiVersion: v1
kind: Pod
metadata:
  name: mypod
  labels:
    app: mypod
spec:
  containers:
  - name: nginx
    image: nginx:1.27
    ports:
    - containerPort: 80
    resources:
      requests:
        memory: "64Mi"
        cpu: "100m"
      limits:
        memory: "128Mi"
`;

const FILES: Record<string, string> = {
  'pod.yaml': POD_YAML,
  'bad.yaml': 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: bad\n labels:\n    app: bad\n',
  'bad-tab.yaml': 'apiVersion: v1\nkind: Pod\nmetadata:\n\tname: bad\n',
  'no-kind.yaml': 'apiVersion: v1\nmetadata:\n  name: no-kind\n',
  'nginx-existing.yaml': 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: nginx\nspec:\n  containers:\n  - name: nginx\n    image: nginx\n',
  'multi.yaml': 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: multi-a\nspec:\n  containers:\n  - name: a\n    image: nginx\n---\napiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: multi-cm\ndata:\n  k: v\n',
};

function writeCluster(now: number): Setup {
  return { objects: [...sampleNamespaces(now), sampleNode(), ...samplePods(now)], files: FILES };
}

/** memory-hog's events renamed for its twin memory-demo-2 and moved to that case's instant. */
function memoryDemo2Events(now: number): Setup {
  const f = fixture('memory-hog');
  const shift = now - Date.parse(f.now);
  const iso = (ms: number) => new Date(ms).toISOString().slice(0, 19);
  const events = f.events.map((e) => JSON.parse(JSON.stringify(e)
    .replace(/memory-hog_default\(6c2af1dd-8b61-5681-96c6-7ab32f393f1b\)/g, 'memory-demo-2_default(6ebbae85-c82e-5ac8-9a5d-1d0e7632067c)')
    .replace(/container(:?) memory-hog/g, 'container$1 memory-demo-2-ctr')
    .replace(/memory-hog/g, 'memory-demo-2')
    .replace(/"(\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d)(\.\d+)?Z"/g, (_m, t: string, frac?: string) => `"${iso(Date.parse(t + 'Z') + shift)}${frac ?? ''}Z"`)) as KubeObject);
  return { objects: [...sampleNamespaces(now), sampleNode(), ...samplePods(now), ...events], now: now + WITHIN_SECOND };
}

/** The two pods labelled `run`, exactly as the -o yaml golden shows them. */
function runLabelled(now: number): Setup {
  const items = (parse(golden('get-pods-yaml-list.txt')) as { items: KubeObject[] }).items;
  const names = new Set(items.map((i) => i.metadata.name));
  return { objects: [...sampleNamespaces(now), sampleNode(), ...samplePods(now).filter((p) => !names.has(p.metadata.name)), ...items] };
}

const CASES: [string, (now: number) => Setup][] = [
  ['events-for-memory-demo-2', memoryDemo2Events],
  ['get-pods-yaml-list', runLabelled],
  ['describe-nginx', withFixture('nginx')],
  ['describe-memory-hog', withFixture('memory-hog')],
  ['describe-web-logger', withFixture('web-logger')],
  ['describe-liveness-exec', withFixture('liveness-exec')],
  ['describe-kube-apiserver-controlplane', withFixture('kube-apiserver-controlplane')],
  ['describe-qos-demo', withFixture('qos-demo')],
  ['describe-pods-selector', withFixture('liveness-exec', 52_000)],
  ['err-describe-pod-nope', withFixture('nginx')],
  ['err-describe-podz', withFixture('nginx')],
  ...['logs-nginx', 'logs-nginx-tail3', 'logs-nginx-previous', 'logs-web-logger-no-c', 'logs-web-logger-c-content-writer', 'logs-web-logger-c-bogus',
    'logs-web-logger-all-containers', 'logs-memory-demo-2', 'logs-memory-demo-2-previous', 'logs-memory-demo-2-p', 'logs-bad-image', 'logs-myapp-pod',
    'logs-myapp-pod-init', 'logs-secure-pod', 'logs-memory-demo-3-pending', 'logs-nope'].map((n) => [n, logsCluster] as [string, (now: number) => Setup]),
  ...['err-apply-missing-file', 'err-create-missing-file', 'err-apply-bad-yaml-dry-run', 'err-apply-bad-tab-yaml-dry-run', 'err-apply-no-kind-dry-run',
    'run-nginx-dry-run-yaml', 'run-busybox-dry-run-yaml', 'run-nginx-dry-run-json-port-labels', 'run-nginx-dry-run-no-o', 'create-deployment-dry-run-yaml',
    'create-f-pod-dry-run-yaml', 'create-f-pod-dry-run-yaml-novalidate', 'create-f-pod-dry-run', 'apply-f-pod-dry-run', 'apply-f-pod-dry-run-novalidate',
    'apply-f-existing-nginx-dry-run', 'apply-f-multi-dry-run', 'apply-f-pod-dry-run-yaml', 'create-configmap-dry-run-yaml',
  ].map((n) => [n, writeCluster] as [string, (now: number) => Setup]),
];

describe('kubectl describe, logs, run, create and apply replay real kubectl 1.33 cases byte for byte', () => {
  for (const [name, setup] of CASES) it(name, () => replay(name, setup));
});

export type { Pod };
