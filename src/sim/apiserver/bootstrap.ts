// What a fresh kubeadm cluster already holds before anyone types a command: the four system
// namespaces, each with its kube-root-ca.crt ConfigMap and `default` ServiceAccount.

import type { KubeObject } from '../api/types.ts';

export const SYSTEM_NAMESPACES = ['default', 'kube-node-lease', 'kube-public', 'kube-system'];

/** A stand-in CA bundle; nothing in the simulator verifies it. */
const ROOT_CA = '-----BEGIN CERTIFICATE-----\n'
  + 'MIIDBTCCAe2gAwIBAgIIPodLabSimulatedClusterRootCAMA0GCSqGSIb3DQEBCwUAMBUxEzARBgNV\n'
  + 'BAMTCmt1YmVybmV0ZXMwHhcNMjQwMTAxMDAwMDAwWhcNMzQwMTAxMDAwMDAwWjAVMRMwEQYDVQQDEwpr\n'
  + 'dWJlcm5ldGVzMIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEAsimulatedsimulatedsimul\n'
  + '-----END CERTIFICATE-----\n';

/** Objects to create, in order, with the manager that creates each in a real cluster. */
export function bootstrapObjects(): { resource: 'namespaces' | 'configmaps' | 'serviceaccounts'; body: KubeObject; manager: string }[] {
  const out: { resource: 'namespaces' | 'configmaps' | 'serviceaccounts'; body: KubeObject; manager: string }[] = [];
  for (const ns of SYSTEM_NAMESPACES) {
    out.push({
      resource: 'namespaces', manager: 'kube-apiserver',
      body: { apiVersion: 'v1', kind: 'Namespace', metadata: { name: ns, labels: { 'kubernetes.io/metadata.name': ns } } },
    });
  }
  for (const ns of SYSTEM_NAMESPACES) {
    out.push({
      resource: 'configmaps', manager: 'kube-controller-manager',
      body: { apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'kube-root-ca.crt', namespace: ns, annotations: { 'kubernetes.io/description': 'Contains a CA bundle that can be used to verify the kube-apiserver when using internal endpoints such as the internal service IP or kubernetes.default.svc. No other usage is guaranteed across distributions of Kubernetes clusters.' } }, data: { 'ca.crt': ROOT_CA } },
    });
    out.push({
      resource: 'serviceaccounts', manager: 'kube-controller-manager',
      body: { apiVersion: 'v1', kind: 'ServiceAccount', metadata: { name: 'default', namespace: ns } },
    });
  }
  return out;
}
