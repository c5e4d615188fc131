// A pod that names its node fits only that node. (The scheduling loop never sees pods that
// already have spec.nodeName; the plugin matters to preemption and to tests.)
// Models pkg/scheduler/framework/plugins/nodename/node_name.go

import type { Pod } from '../../api/types.ts';
import type { FilterPlugin } from '../framework/plugin.ts';
import type { NodeInfo } from '../framework/node-info.ts';
import { SUCCESS, unresolvable, type Status } from '../framework/status.ts';

export const ERR_REASON_NODE_NAME = "node(s) didn't match the requested node name";

export const NodeName: FilterPlugin = {
  name: 'NodeName',
  filter(pod: Pod, node: NodeInfo): Status {
    const want = pod.spec.nodeName;
    return !want || want === node.name ? SUCCESS : unresolvable(ERR_REASON_NODE_NAME);
  },
};
