// The objects behind the `kubectl get` goldens, rebuilt from what those goldens show (names,
// labels, images, phases, container states, IPs, QoS). The test server froze every object
// relative to each case's frozen time, so timestamps are given as seconds before `now`.
import type { ContainerStatus, Namespace, Node, Pod } from '../../../src/sim/api/types.ts';

const ago = (now: number, seconds: number) => new Date(now - seconds * 1000).toISOString().replace('.000Z', 'Z');

interface PodSketch {
  name: string;
  age: number;
  labels?: Record<string, string>;
  images: string[];
  ip?: string;
  phase: string;
  qos: string;
  /** One state per container: running, waiting:<reason>, or none (no status yet). */
  states: string[];
  restarts?: { count: number; lastAgo: number; reason: string };
  init?: boolean;
  resources?: { requests?: Record<string, string>; limits?: Record<string, string> };
}

const SKETCHES: PodSketch[] = [
  { name: 'bad-image', age: 400, labels: { run: 'bad-image' }, images: ['nginx:1.999'], ip: '192.168.0.13', phase: 'Pending', qos: 'BestEffort', states: ['waiting:ImagePullBackOff'] },
  { name: 'event-ages', age: 283824000, images: ['nginx:1.27'], ip: '192.168.0.40', phase: 'Running', qos: 'BestEffort', states: ['running'] },
  { name: 'liveness-exec', age: 290, labels: { test: 'liveness' }, images: ['registry.k8s.io/busybox'], ip: '192.168.0.15', phase: 'Running', qos: 'BestEffort', states: ['running'], restarts: { count: 2, lastAgo: 56, reason: 'Error' } },
  { name: 'memory-demo-2', age: 185, images: ['polinux/stress'], ip: '192.168.0.7', phase: 'Running', qos: 'Burstable', states: ['waiting:CrashLoopBackOff'], restarts: { count: 4, lastAgo: 40, reason: 'OOMKilled' }, resources: { requests: { memory: '50Mi' }, limits: { memory: '100Mi' } } },
  { name: 'memory-demo-3', age: 250, images: ['polinux/stress'], phase: 'Pending', qos: 'Burstable', states: ['none'], resources: { requests: { memory: '1000Gi' }, limits: { memory: '1000Gi' } } },
  { name: 'memory-hog', age: 185, images: ['polinux/stress'], ip: '192.168.0.7', phase: 'Running', qos: 'Burstable', states: ['waiting:CrashLoopBackOff'], restarts: { count: 4, lastAgo: 40, reason: 'OOMKilled' }, resources: { requests: { memory: '50Mi' }, limits: { memory: '50Mi' } } },
  { name: 'myapp-pod', age: 130, labels: { 'app.kubernetes.io/name': 'MyApp' }, images: ['busybox:1.28'], ip: '192.168.0.11', phase: 'Pending', qos: 'BestEffort', states: ['waiting:PodInitializing'], init: true },
  { name: 'nginx', age: 300, labels: { run: 'nginx' }, images: ['nginx'], ip: '192.168.0.4', phase: 'Running', qos: 'BestEffort', states: ['running'] },
  { name: 'qos-demo', age: 3 * 86400 + 4 * 3600, images: ['nginx'], ip: '192.168.0.20', phase: 'Running', qos: 'Guaranteed', states: ['running'], resources: { requests: { cpu: '700m', memory: '200Mi' }, limits: { cpu: '700m', memory: '200Mi' } } },
  { name: 'qos-demo-2', age: 12 * 86400, images: ['nginx'], ip: '192.168.0.21', phase: 'Running', qos: 'Burstable', states: ['running'], resources: { requests: { memory: '100Mi' }, limits: { memory: '200Mi' } } },
  { name: 'qos-demo-3', age: 28799, images: ['nginx'], ip: '192.168.0.22', phase: 'Running', qos: 'BestEffort', states: ['running'] },
  { name: 'secure-pod', age: 95, images: ['nginx'], ip: '192.168.0.31', phase: 'Pending', qos: 'BestEffort', states: ['waiting:CreateContainerConfigError'] },
  { name: 'web-logger', age: 1260, labels: { 'app': 'web-logger' }, images: ['nginx:alpine', 'busybox'], ip: '192.168.0.9', phase: 'Running', qos: 'BestEffort', states: ['running', 'running'] },
];

function containerName(s: PodSketch, i: number): string {
  if (s.name === 'web-logger') return ['nginx', 'content-writer'][i];
  return s.images[i].startsWith('nginx') ? 'nginx' : s.name;
}

function toPod(s: PodSketch, now: number): Pod {
  const containers = s.images.map((image, i) => ({ name: containerName(s, i), image, ...(s.resources ? { resources: s.resources } : {}) }));
  const statuses: ContainerStatus[] = [];
  s.states.forEach((state, i) => {
    if (state === 'none') return;
    const status: ContainerStatus = { name: containers[i].name, image: s.images[i], imageID: '', ready: state === 'running', restartCount: s.restarts?.count ?? 0, started: state === 'running' };
    status.state = state === 'running' ? { running: { startedAt: ago(now, s.age - 3) } } : { waiting: { reason: state.slice('waiting:'.length) } };
    status.lastState = s.restarts ? { terminated: { exitCode: 137, reason: s.restarts.reason, startedAt: ago(now, s.restarts.lastAgo + 60), finishedAt: ago(now, s.restarts.lastAgo) } } : {};
    statuses.push(status);
  });
  // The kubelet reports container statuses sorted by name.
  statuses.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  const pod: Pod = {
    apiVersion: 'v1',
    kind: 'Pod',
    metadata: { name: s.name, namespace: 'default', creationTimestamp: ago(now, s.age), ...(s.labels ? { labels: s.labels } : {}) },
    spec: { containers, ...(s.ip || s.name !== 'memory-demo-3' ? { nodeName: 'controlplane' } : {}) },
    status: { phase: s.phase, qosClass: s.qos, ...(s.ip ? { podIP: s.ip, podIPs: [{ ip: s.ip }] } : {}), ...(statuses.length ? { containerStatuses: statuses } : {}) },
  };
  if (s.init) {
    pod.spec.initContainers = [{ name: 'init-myservice', image: 'busybox:1.28' }];
    pod.status!.initContainerStatuses = [{ name: 'init-myservice', image: 'busybox:1.28', imageID: '', ready: false, restartCount: 0, started: true, state: { running: { startedAt: ago(now, 127) } } }];
    pod.status!.conditions = [{ type: 'Initialized', status: 'False' }];
  }
  return pod;
}

/** The pods of the default namespace, in list (name) order. */
export function samplePods(now: number): Pod[] {
  return SKETCHES.map((s) => toPod(s, now));
}

/** The controlplane node as describe-node-controlplane.txt shows it. */
export function sampleNode(): Node {
  const heartbeat = '2026-11-22T02:55:41Z';
  const condition = (type: string, status: string, reason: string, message: string, since = '2026-11-21T00:53:51Z') => ({
    type, status, lastHeartbeatTime: heartbeat, lastTransitionTime: since, reason, message,
  });
  return {
    apiVersion: 'v1',
    kind: 'Node',
    metadata: {
      name: 'controlplane',
      creationTimestamp: '2026-11-21T00:53:51Z',
      labels: {
        'beta.kubernetes.io/arch': 'amd64',
        'beta.kubernetes.io/os': 'linux',
        'kubernetes.io/arch': 'amd64',
        'kubernetes.io/hostname': 'controlplane',
        'kubernetes.io/os': 'linux',
        'node-role.kubernetes.io/control-plane': '',
        'node.kubernetes.io/exclude-from-external-load-balancers': '',
      },
      annotations: {
        'kubeadm.alpha.kubernetes.io/cri-socket': 'unix:///var/run/containerd/containerd.sock',
        'node.alpha.kubernetes.io/ttl': '0',
        'volumes.kubernetes.io/controller-managed-attach-detach': 'true',
      },
    },
    spec: { podCIDR: '192.168.0.0/24', podCIDRs: ['192.168.0.0/24'] },
    status: {
      capacity: { cpu: '2', 'ephemeral-storage': '19221248Ki', 'hugepages-2Mi': '0', memory: '4014460Ki', pods: '110' },
      allocatable: { cpu: '2', 'ephemeral-storage': '18698430040', 'hugepages-2Mi': '0', memory: '3912060Ki', pods: '110' },
      conditions: [
        condition('MemoryPressure', 'False', 'KubeletHasSufficientMemory', 'kubelet has sufficient memory available'),
        condition('DiskPressure', 'False', 'KubeletHasNoDiskPressure', 'kubelet has no disk pressure'),
        condition('PIDPressure', 'False', 'KubeletHasSufficientPID', 'kubelet has sufficient PID available'),
        condition('Ready', 'True', 'KubeletReady', 'kubelet is posting ready status', '2026-11-21T00:54:41Z'),
      ],
      addresses: [{ type: 'InternalIP', address: '172.30.1.2' }, { type: 'Hostname', address: 'controlplane' }],
      nodeInfo: {
        machineID: 'bc020a35b7f9cb1382e7b534c68e3c53',
        systemUUID: 'ada49539-c5d5-518e-a972-250be1bd3218',
        bootID: '7a2c186f-f1a4-5fa1-9c08-b1fd233232d6',
        kernelVersion: '6.8.0-1021-gcp',
        osImage: 'Ubuntu 24.04.1 LTS',
        operatingSystem: 'linux',
        architecture: 'amd64',
        containerRuntimeVersion: 'containerd://1.7.24',
        kubeletVersion: 'v1.32.1',
        kubeProxyVersion: 'v1.32.1',
      },
    },
  };
}

export function sampleNamespaces(now: number): Namespace[] {
  return ['default', 'kube-node-lease', 'kube-public', 'kube-system'].map((name) => ({
    apiVersion: 'v1', kind: 'Namespace', metadata: { name, creationTimestamp: ago(now, 26 * 3600 + 100) }, status: { phase: 'Active' },
  }));
}
