// Rejects nodes marked spec.unschedulable (kubectl cordon) unless the pod tolerates the
// node.kubernetes.io/unschedulable:NoSchedule taint.
// Models pkg/scheduler/framework/plugins/nodeunschedulable/node_unschedulable.go

import type { Pod } from '../../api/types.ts';
import type { FilterPlugin } from '../framework/plugin.ts';
import type { NodeInfo } from '../framework/node-info.ts';
import { SUCCESS, unresolvable, type Status } from '../framework/status.ts';
import { toleratesTaint } from './taint-toleration.ts';

export const ERR_REASON_UNSCHEDULABLE = 'node(s) were unschedulable';

const UNSCHEDULABLE_TAINT = { key: 'node.kubernetes.io/unschedulable', effect: 'NoSchedule' };

export const NodeUnschedulable: FilterPlugin = {
  name: 'NodeUnschedulable',
  filter(pod: Pod, node: NodeInfo): Status {
    if (!node.node.spec?.unschedulable) return SUCCESS;
    if ((pod.spec.tolerations ?? []).some((t) => toleratesTaint(t, UNSCHEDULABLE_TAINT))) return SUCCESS;
    return unresolvable(ERR_REASON_UNSCHEDULABLE);
  },
};
