// The static pod manifests kubeadm v1.33 writes to /etc/kubernetes/manifests on a control-plane
// node: etcd, kube-apiserver, kube-controller-manager and kube-scheduler, with their probes,
// hostPath volumes and system-node-critical priority. A learner may `cat` and edit them.
// Models cmd/kubeadm/app/phases/controlplane/manifests.go and phases/etcd/local.go (rendered)

export interface ControlPlaneNode {
  name: string;
  ip: string;
}

const KUBE_VERSION = 'v1.33.1';
const ETCD_IMAGE = 'registry.k8s.io/etcd:3.5.21-0';

function probe(kind: string, host: string, path: string, port: number, scheme: string, extra: string[]): string {
  return [
    `    ${kind}:`,
    ...extra.filter((l) => l.startsWith('failureThreshold')).map((l) => `      ${l}`),
    '      httpGet:',
    `        host: ${host}`,
    `        path: ${path}`,
    `        port: ${port}`,
    `        scheme: ${scheme}`,
    ...extra.filter((l) => !l.startsWith('failureThreshold')).map((l) => `      ${l}`),
  ].join('\n');
}

const live = (host: string, path: string, port: number, scheme: string) => probe('livenessProbe', host, path, port, scheme, ['failureThreshold: 8', 'initialDelaySeconds: 10', 'periodSeconds: 10', 'timeoutSeconds: 15']);
const ready = (host: string, path: string, port: number, scheme: string) => probe('readinessProbe', host, path, port, scheme, ['failureThreshold: 3', 'periodSeconds: 1', 'timeoutSeconds: 15']);
const startup = (host: string, path: string, port: number, scheme: string) => probe('startupProbe', host, path, port, scheme, ['failureThreshold: 24', 'initialDelaySeconds: 10', 'periodSeconds: 10', 'timeoutSeconds: 15']);

function hostPathVolumes(list: [string, string, string][]): string {
  return list.map(([name, path, type]) => `  - hostPath:\n      path: ${path}\n      type: ${type}\n    name: ${name}`).join('\n');
}

function mounts(list: [string, string, boolean][]): string {
  return list.map(([name, path, ro]) => `    - mountPath: ${path}\n      name: ${name}${ro ? '\n      readOnly: true' : ''}`).join('\n');
}

const TAIL = `  hostNetwork: true
  priority: 2000001000
  priorityClassName: system-node-critical
  securityContext:
    seccompProfile:
      type: RuntimeDefault`;

const CA_VOLUMES: [string, string, string][] = [
  ['ca-certs', '/etc/ssl/certs', 'DirectoryOrCreate'],
  ['etc-ca-certificates', '/etc/ca-certificates', 'DirectoryOrCreate'],
];
const CA_MOUNTS: [string, string, boolean][] = [['ca-certs', '/etc/ssl/certs', true], ['etc-ca-certificates', '/etc/ca-certificates', true]];
const SHARE_VOLUMES: [string, string, string][] = [
  ['usr-local-share-ca-certificates', '/usr/local/share/ca-certificates', 'DirectoryOrCreate'],
  ['usr-share-ca-certificates', '/usr/share/ca-certificates', 'DirectoryOrCreate'],
];
const SHARE_MOUNTS: [string, string, boolean][] = [
  ['usr-local-share-ca-certificates', '/usr/local/share/ca-certificates', true],
  ['usr-share-ca-certificates', '/usr/share/ca-certificates', true],
];

function pod(name: string, annotations: string, command: string[], image: string, probes: string, resources: string, volumeMounts: string, volumes: string): string {
  return `apiVersion: v1
kind: Pod
metadata:
${annotations}  creationTimestamp: null
  labels:
    component: ${name}
    tier: control-plane
  name: ${name}
  namespace: kube-system
spec:
  containers:
  - command:
${command.map((c) => `    - ${c}`).join('\n')}
    image: ${image}
    imagePullPolicy: IfNotPresent
${probes}
    resources:
${resources}
${volumeMounts}
${TAIL}
  volumes:
${volumes}
status: {}
`;
}

/** File name → manifest text, as kubeadm leaves them. */
export function controlPlaneManifests(node: ControlPlaneNode): Record<string, string> {
  const ip = node.ip;
  const etcd = pod('etcd', `  annotations:\n    kubeadm.kubernetes.io/etcd.advertise-client-urls: https://${ip}:2379\n`, [
    'etcd', `--advertise-client-urls=https://${ip}:2379`, '--cert-file=/etc/kubernetes/pki/etcd/server.crt', '--client-cert-auth=true',
    '--data-dir=/var/lib/etcd', '--experimental-initial-corrupt-check=true', '--experimental-watch-progress-notify-interval=5s',
    `--initial-advertise-peer-urls=https://${ip}:2380`, `--initial-cluster=${node.name}=https://${ip}:2380`,
    '--key-file=/etc/kubernetes/pki/etcd/server.key', `--listen-client-urls=https://127.0.0.1:2379,https://${ip}:2379`,
    '--listen-metrics-urls=http://127.0.0.1:2381', `--listen-peer-urls=https://${ip}:2380`, `--name=${node.name}`,
    '--peer-cert-file=/etc/kubernetes/pki/etcd/peer.crt', '--peer-client-cert-auth=true', '--peer-key-file=/etc/kubernetes/pki/etcd/peer.key',
    '--peer-trusted-ca-file=/etc/kubernetes/pki/etcd/ca.crt', '--snapshot-count=10000', '--trusted-ca-file=/etc/kubernetes/pki/etcd/ca.crt',
  ], ETCD_IMAGE,
  [live('127.0.0.1', '/livez', 2381, 'HTTP'), '    name: etcd', ready('127.0.0.1', '/readyz', 2381, 'HTTP')].join('\n'),
  '      requests:\n        cpu: 100m\n        memory: 100Mi',
  `${startup('127.0.0.1', '/readyz', 2381, 'HTTP')}\n    volumeMounts:\n${mounts([['etcd-data', '/var/lib/etcd', false], ['etcd-certs', '/etc/kubernetes/pki/etcd', false]])}`,
  hostPathVolumes([['etcd-certs', '/etc/kubernetes/pki/etcd', 'DirectoryOrCreate'], ['etcd-data', '/var/lib/etcd', 'DirectoryOrCreate']]));

  const apiserver = pod('kube-apiserver', `  annotations:\n    kubeadm.kubernetes.io/kube-apiserver.advertise-address.endpoint: ${ip}:6443\n`, [
    'kube-apiserver', `--advertise-address=${ip}`, '--allow-privileged=true', '--authorization-mode=Node,RBAC',
    '--client-ca-file=/etc/kubernetes/pki/ca.crt', '--enable-admission-plugins=NodeRestriction', '--enable-bootstrap-token-auth=true',
    '--etcd-cafile=/etc/kubernetes/pki/etcd/ca.crt', '--etcd-certfile=/etc/kubernetes/pki/apiserver-etcd-client.crt',
    '--etcd-keyfile=/etc/kubernetes/pki/apiserver-etcd-client.key', '--etcd-servers=https://127.0.0.1:2379',
    '--kubelet-client-certificate=/etc/kubernetes/pki/apiserver-kubelet-client.crt', '--kubelet-client-key=/etc/kubernetes/pki/apiserver-kubelet-client.key',
    '--kubelet-preferred-address-types=InternalIP,ExternalIP,Hostname', '--secure-port=6443',
    '--service-account-issuer=https://kubernetes.default.svc.cluster.local', '--service-account-key-file=/etc/kubernetes/pki/sa.pub',
    '--service-account-signing-key-file=/etc/kubernetes/pki/sa.key', '--service-cluster-ip-range=10.96.0.0/12',
    '--tls-cert-file=/etc/kubernetes/pki/apiserver.crt', '--tls-private-key-file=/etc/kubernetes/pki/apiserver.key',
  ], `registry.k8s.io/kube-apiserver:${KUBE_VERSION}`,
  [live(ip, '/livez', 6443, 'HTTPS'), '    name: kube-apiserver', ready(ip, '/readyz', 6443, 'HTTPS')].join('\n'),
  '      requests:\n        cpu: 250m',
  `${startup(ip, '/livez', 6443, 'HTTPS')}\n    volumeMounts:\n${mounts([...CA_MOUNTS, ['k8s-certs', '/etc/kubernetes/pki', true], ...SHARE_MOUNTS])}`,
  hostPathVolumes([...CA_VOLUMES, ['k8s-certs', '/etc/kubernetes/pki', 'DirectoryOrCreate'], ...SHARE_VOLUMES]));

  const controllerManager = pod('kube-controller-manager', '', [
    'kube-controller-manager', '--allocate-node-cidrs=true', '--authentication-kubeconfig=/etc/kubernetes/controller-manager.conf',
    '--authorization-kubeconfig=/etc/kubernetes/controller-manager.conf', '--bind-address=127.0.0.1',
    '--client-ca-file=/etc/kubernetes/pki/ca.crt', '--cluster-cidr=10.244.0.0/16', '--cluster-name=kubernetes',
    '--cluster-signing-cert-file=/etc/kubernetes/pki/ca.crt', '--cluster-signing-key-file=/etc/kubernetes/pki/ca.key',
    '--controllers=*,bootstrapsigner,tokencleaner', '--kubeconfig=/etc/kubernetes/controller-manager.conf', '--leader-elect=true',
    '--requestheader-client-ca-file=/etc/kubernetes/pki/front-proxy-ca.crt', '--root-ca-file=/etc/kubernetes/pki/ca.crt',
    '--service-account-private-key-file=/etc/kubernetes/pki/sa.key', '--service-cluster-ip-range=10.96.0.0/12',
    '--use-service-account-credentials=true',
  ], `registry.k8s.io/kube-controller-manager:${KUBE_VERSION}`,
  [live('127.0.0.1', '/healthz', 10257, 'HTTPS'), '    name: kube-controller-manager'].join('\n'),
  '      requests:\n        cpu: 200m',
  `${startup('127.0.0.1', '/healthz', 10257, 'HTTPS')}\n    volumeMounts:\n${mounts([...CA_MOUNTS, ['flexvolume-dir', '/usr/libexec/kubernetes/kubelet-plugins/volume/exec', false], ['k8s-certs', '/etc/kubernetes/pki', true], ['kubeconfig', '/etc/kubernetes/controller-manager.conf', true], ...SHARE_MOUNTS])}`,
  hostPathVolumes([...CA_VOLUMES, ['flexvolume-dir', '/usr/libexec/kubernetes/kubelet-plugins/volume/exec', 'DirectoryOrCreate'], ['k8s-certs', '/etc/kubernetes/pki', 'DirectoryOrCreate'], ['kubeconfig', '/etc/kubernetes/controller-manager.conf', 'FileOrCreate'], ...SHARE_VOLUMES]));

  const scheduler = pod('kube-scheduler', '', [
    'kube-scheduler', '--authentication-kubeconfig=/etc/kubernetes/scheduler.conf', '--authorization-kubeconfig=/etc/kubernetes/scheduler.conf',
    '--bind-address=127.0.0.1', '--kubeconfig=/etc/kubernetes/scheduler.conf', '--leader-elect=true',
  ], `registry.k8s.io/kube-scheduler:${KUBE_VERSION}`,
  [live('127.0.0.1', '/livez', 10259, 'HTTPS'), '    name: kube-scheduler', ready('127.0.0.1', '/readyz', 10259, 'HTTPS')].join('\n'),
  '      requests:\n        cpu: 100m',
  `${startup('127.0.0.1', '/livez', 10259, 'HTTPS')}\n    volumeMounts:\n${mounts([['kubeconfig', '/etc/kubernetes/scheduler.conf', true]])}`,
  hostPathVolumes([['kubeconfig', '/etc/kubernetes/scheduler.conf', 'FileOrCreate']]));

  return {
    'etcd.yaml': etcd,
    'kube-apiserver.yaml': apiserver,
    'kube-controller-manager.yaml': controllerManager,
    'kube-scheduler.yaml': scheduler,
  };
}
