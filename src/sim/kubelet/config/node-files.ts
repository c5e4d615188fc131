// What kubeadm leaves on every node's disk for the kubelet: its config file, the static pod
// folder (with the control plane's manifests on a control-plane node), /var/log/pods and
// /var/lib/kubelet. A node without a learner-facing filesystem gets a small one of its own.
// Models cmd/kubeadm/app/phases/kubelet (WriteConfigToDisk) and the kubeadm init/join layout

import { Tree } from '../../../os/fs/tree.ts';
import { FileSystem } from '../../../os/fs/file-system.ts';
import { controlPlaneManifests } from './control-plane-manifests.ts';
import { DEFAULT_STATIC_POD_PATH, KUBELET_CONFIG_PATH, KUBELET_CONFIG_YAML } from './kubelet-config.ts';

export interface NodeFilesOptions {
  name: string;
  ip: string;
  controlPlane: boolean;
}

/** Writes the kubelet's files onto a node's filesystem (idempotent: existing files are kept). */
export function installNodeFiles(fs: FileSystem, node: NodeFilesOptions): void {
  for (const dir of [DEFAULT_STATIC_POD_PATH, '/etc/kubernetes/pki', '/var/lib/kubelet/pki', '/var/lib/kubelet/pods', '/var/log/pods', '/var/log/containers']) {
    fs.mkdir(dir, { recursive: true });
  }
  if (!fs.exists(KUBELET_CONFIG_PATH)) fs.writeFile(KUBELET_CONFIG_PATH, KUBELET_CONFIG_YAML);
  if (!fs.exists('/var/lib/kubelet/kubeadm-flags.env')) {
    fs.writeFile('/var/lib/kubelet/kubeadm-flags.env', 'KUBELET_KUBEADM_ARGS="--container-runtime-endpoint=unix:///run/containerd/containerd.sock --pod-infra-container-image=registry.k8s.io/pause:3.10"\n');
  }
  if (!node.controlPlane) return;
  for (const [file, text] of Object.entries(controlPlaneManifests({ name: node.name, ip: node.ip }))) {
    const path = `${DEFAULT_STATIC_POD_PATH}/${file}`;
    if (!fs.exists(path)) fs.writeFile(path, text, { mode: 0o600 });
  }
}

/** A bare node filesystem, for nodes the learner has no shell on (yet). */
export function createNodeFs(now: () => number): FileSystem {
  const fs = new FileSystem(new Tree({ mtime: now() }), now);
  for (const dir of ['/etc', '/var/lib', '/var/log', '/tmp', '/root']) fs.mkdir(dir, { recursive: true });
  return fs;
}
