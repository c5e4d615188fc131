// `kubectl get nodes` columns and row cells.
// Models pkg/printers/internalversion/printers.go (nodeColumnDefinitions, printNode, findNodeRoles).

import type { Node } from '../../sim/api/types.ts';
import { translateTimestampSince } from './duration.ts';
import type { TableColumnDefinition } from './table.ts';

export const NODE_COLUMNS: TableColumnDefinition[] = [
  { name: 'Name', type: 'string', priority: 0 },
  { name: 'Status', type: 'string', priority: 0, description: 'The status of the node' },
  { name: 'Roles', type: 'string', priority: 0, description: 'The roles of the node' },
  { name: 'Age', type: 'string', priority: 0 },
  { name: 'Version', type: 'string', priority: 0, description: 'Kubelet Version reported by the node.' },
  { name: 'Internal-IP', type: 'string', priority: 1, description: 'List of internal IPs in the node' },
  { name: 'External-IP', type: 'string', priority: 1, description: 'List of external IPs in the node' },
  { name: 'OS-Image', type: 'string', priority: 1, description: 'OS image reported by the node.' },
  { name: 'Kernel-Version', type: 'string', priority: 1, description: 'Kernel version reported by the node.' },
  { name: 'Container-Runtime', type: 'string', priority: 1, description: 'Container runtime reported by the node.' },
];

const ROLE_PREFIX = 'node-role.kubernetes.io/';

/** Roles from `node-role.kubernetes.io/<role>` labels and the legacy `kubernetes.io/role`, sorted. */
export function findNodeRoles(node: Node): string[] {
  const roles = new Set<string>();
  for (const [key, value] of Object.entries(node.metadata.labels ?? {})) {
    if (key.startsWith(ROLE_PREFIX) && key.length > ROLE_PREFIX.length) roles.add(key.slice(ROLE_PREFIX.length));
    else if (key === 'kubernetes.io/role' && value !== '') roles.add(value);
  }
  return [...roles].sort();
}

/** The node's STATUS cell: Ready/NotReady/Unknown, plus SchedulingDisabled when cordoned. */
export function nodeStatus(node: Node): string {
  const ready = node.status?.conditions?.find((c) => c.type === 'Ready');
  const status = [ready ? (ready.status === 'True' ? 'Ready' : 'NotReady') : 'Unknown'];
  if (node.spec?.unschedulable) status.push('SchedulingDisabled');
  return status.join(',');
}

export function printNode(node: Node, now: number): string[] {
  const info = node.status?.nodeInfo;
  const address = (type: string) => node.status?.addresses?.find((a) => a.type === type)?.address ?? '<none>';
  const roles = findNodeRoles(node).join(',');
  return [
    node.metadata.name ?? '',
    nodeStatus(node),
    roles || '<none>',
    translateTimestampSince(node.metadata.creationTimestamp, now),
    info?.kubeletVersion ?? '',
    address('InternalIP'),
    address('ExternalIP'),
    info?.osImage || '<unknown>',
    info?.kernelVersion || '<unknown>',
    info?.containerRuntimeVersion || '<unknown>',
  ];
}
