// The cluster a lab starts with unless it describes its own: a kubeadm control plane that keeps
// ordinary pods away with its NoSchedule taint, and one worker, as on a two-VM lab playground.

import type { NodeDescription } from './node-description.ts';

export interface ClusterDescription {
  nodes: NodeDescription[];
}

export const DEFAULT_CLUSTER: ClusterDescription = {
  nodes: [
    { name: 'controlplane', role: 'control-plane', ip: '172.30.1.2', podCIDR: '10.244.0.0/24' },
    { name: 'node01', role: 'worker', ip: '172.30.2.2', podCIDR: '10.244.1.0/24' },
  ],
};
