// The kubelet's configuration file as kubeadm writes it (/var/lib/kubelet/config.yaml), and
// reading the one setting PodLab's kubelet acts on: staticPodPath.
// Models staging/src/k8s.io/kubelet/config/v1beta1/types.go (KubeletConfiguration) as kubeadm renders it

import { yaml } from '../../yaml/yaml-library.ts';

export const KUBELET_CONFIG_PATH = '/var/lib/kubelet/config.yaml';
export const DEFAULT_STATIC_POD_PATH = '/etc/kubernetes/manifests';

export const KUBELET_CONFIG_YAML = `apiVersion: kubelet.config.k8s.io/v1beta1
authentication:
  anonymous:
    enabled: false
  webhook:
    cacheTTL: 0s
    enabled: true
  x509:
    clientCAFile: /etc/kubernetes/pki/ca.crt
authorization:
  mode: Webhook
  webhook:
    cacheAuthorizedTTL: 0s
    cacheUnauthorizedTTL: 0s
cgroupDriver: systemd
clusterDNS:
- 10.96.0.10
clusterDomain: cluster.local
containerRuntimeEndpoint: ""
cpuManagerReconcilePeriod: 0s
crashLoopBackOff: {}
evictionPressureTransitionPeriod: 0s
fileCheckFrequency: 0s
healthzBindAddress: 127.0.0.1
healthzPort: 10248
httpCheckFrequency: 0s
imageMaximumGCAge: 0s
imageMinimumGCAge: 0s
kind: KubeletConfiguration
logging:
  flushFrequency: 0
  options:
    json:
      infoBufferSize: "0"
    text:
      infoBufferSize: "0"
  verbosity: 0
memorySwap: {}
nodeStatusReportFrequency: 0s
nodeStatusUpdateFrequency: 0s
resolvConf: /run/systemd/resolve/resolv.conf
rotateCertificates: true
runtimeRequestTimeout: 0s
shutdownGracePeriod: 0s
shutdownGracePeriodCriticalPods: 0s
staticPodPath: ${DEFAULT_STATIC_POD_PATH}
streamingConnectionIdleTimeout: 0s
syncFrequency: 0s
volumeStatsAggIdleTime: 0s
`;

/** staticPodPath from the config file's text: the folder, none (unset), or why it cannot be read. */
export function readStaticPodPath(text: string): { path?: string } | { error: string } {
  const { parse } = yaml();
  let doc: unknown;
  try {
    doc = parse(text);
  } catch (e) {
    return { error: `failed to decode kubelet config: ${(e as Error).message.split('\n')[0]}` };
  }
  if (!doc || typeof doc !== 'object') return { path: undefined };
  const path = (doc as Record<string, unknown>).staticPodPath;
  return typeof path === 'string' && path !== '' ? { path } : { path: undefined };
}
