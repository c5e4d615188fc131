// The ServeBackend of one Machine: its cluster's API server, the kubelets the API server proxies
// to, and its virtual clock.

import type { Machine } from '../machine.ts';
import type { ServeBackend } from './router.ts';

export function machineBackend(machine: Machine): ServeBackend {
  return {
    api: machine.cluster.api,
    kubelet: (node) => machine.cluster.proxy.kubelet(node),
    now: () => machine.clock.now(),
    advance: (ms) => machine.advance(ms),
  };
}
