// hostPort conflicts: two pods on one node cannot claim the same port and protocol on
// overlapping host addresses (0.0.0.0 overlaps every address).
// Models pkg/scheduler/framework/plugins/nodeports/node_ports.go and
// pkg/scheduler/framework/types.go (HostPortInfo.CheckConflict)

import type { Pod } from '../../api/types.ts';
import type { FilterPlugin } from '../framework/plugin.ts';
import { podHostPorts, type HostPort, type NodeInfo } from '../framework/node-info.ts';
import { SUCCESS, unschedulable, type Status } from '../framework/status.ts';

export const ERR_REASON_NODE_PORTS = "node(s) didn't have free ports for the requested pod ports";

const ANY = '0.0.0.0';

export function portsConflict(a: HostPort, b: HostPort): boolean {
  if (a.port !== b.port || a.protocol !== b.protocol) return false;
  return a.hostIP === ANY || b.hostIP === ANY || a.hostIP === b.hostIP;
}

export const NodePorts: FilterPlugin = {
  name: 'NodePorts',
  filter(pod: Pod, node: NodeInfo): Status {
    const wanted = podHostPorts(pod);
    if (wanted.some((w) => node.usedPorts.some((u) => portsConflict(w, u)))) return unschedulable(ERR_REASON_NODE_PORTS);
    return SUCCESS;
  },
};
