// `kubectl describe node`: the node, its kubelet lease, the pods running on it and its events.
// Models kubectl pkg/describe/describe.go (describeNode).

import type { Event, Node, Pod } from '../../sim/api/types.ts';
import { formatRFC1123Z } from './duration.ts';
import { describeEvents } from './describe/describe-events.ts';
import { printAnnotationsMultiline, printLabelsMultiline, printTaintsMultiline } from './describe/multiline.ts';
import { describeNodeResource } from './describe/node-resources.ts';
import { LEVEL_0, LEVEL_1, tabbedString } from './describe/prefix-writer.ts';
import { canonicalQuantity } from './describe/quantity.ts';
import { findNodeRoles } from './node-table.ts';

/** The node's heartbeat Lease in kube-node-lease (coordination.k8s.io/v1), as far as describe reads it. */
export interface NodeLease {
  spec?: { holderIdentity?: string; acquireTime?: string; renewTime?: string };
}

export interface DescribeNodeInput {
  node: Node;
  /** Non-terminated pods bound to the node (phase not Succeeded/Failed), in list order; undefined when pods may not be listed. */
  pods?: readonly Pod[];
  events: readonly Event[];
  lease?: NodeLease;
}

export function describeNode(input: DescribeNodeInput, now: number): string {
  const { node, pods, events, lease } = input;
  return tabbedString((w) => {
    const status = node.status ?? {};
    const info = status.nodeInfo;
    w.write(LEVEL_0, `Name:\t${node.metadata.name ?? ''}\n`);
    w.write(LEVEL_0, `Roles:\t${findNodeRoles(node).join(',') || '<none>'}\n`);
    printLabelsMultiline(w, 'Labels', node.metadata.labels);
    printAnnotationsMultiline(w, 'Annotations', node.metadata.annotations);
    w.write(LEVEL_0, `CreationTimestamp:\t${formatRFC1123Z(node.metadata.creationTimestamp)}\n`);
    printTaintsMultiline(w, 'Taints', node.spec?.taints);
    w.write(LEVEL_0, `Unschedulable:\t${node.spec?.unschedulable === true}\n`);
    w.write(LEVEL_0, 'Lease:\n');
    const time = (t: string | undefined) => (t ? formatRFC1123Z(t) : '<unset>');
    w.write(LEVEL_1, `HolderIdentity:\t${lease?.spec?.holderIdentity ?? '<unset>'}\n`);
    w.write(LEVEL_1, `AcquireTime:\t${time(lease?.spec?.acquireTime)}\n`);
    w.write(LEVEL_1, `RenewTime:\t${time(lease?.spec?.renewTime)}\n`);
    const conditions = status.conditions ?? [];
    if (conditions.length > 0) {
      w.write(LEVEL_0, 'Conditions:\n  Type\tStatus\tLastHeartbeatTime\tLastTransitionTime\tReason\tMessage\n');
      w.write(LEVEL_1, '----\t------\t-----------------\t------------------\t------\t-------\n');
      for (const c of conditions) {
        w.write(
          LEVEL_1,
          `${c.type} \t${c.status} \t${formatRFC1123Z(c.lastHeartbeatTime)} \t${formatRFC1123Z(c.lastTransitionTime)} \t${c.reason ?? ''} \t${c.message ?? ''}\n`,
        );
      }
    }
    w.write(LEVEL_0, 'Addresses:\n');
    for (const a of status.addresses ?? []) w.write(LEVEL_1, `${a.type}:\t${a.address}\n`);
    for (const [title, list] of [['Capacity', status.capacity], ['Allocatable', status.allocatable]] as const) {
      const names = Object.keys(list ?? {}).sort();
      if (names.length === 0) continue;
      w.write(LEVEL_0, `${title}:\n`);
      for (const name of names) w.write(LEVEL_0, `  ${name}:\t${canonicalQuantity(list![name])}\n`);
    }
    w.write(LEVEL_0, 'System Info:\n');
    const rows: [string, string | undefined][] = [
      ['Machine ID', info?.machineID],
      ['System UUID', info?.systemUUID],
      ['Boot ID', info?.bootID],
      ['Kernel Version', info?.kernelVersion],
      ['OS Image', info?.osImage],
      ['Operating System', info?.operatingSystem],
      ['Architecture', info?.architecture],
      ['Container Runtime Version', info?.containerRuntimeVersion],
      ['Kubelet Version', info?.kubeletVersion],
      ['Kube-Proxy Version', info?.kubeProxyVersion],
    ];
    for (const [key, v] of rows) w.write(LEVEL_0, `  ${key}:\t${v ?? ''}\n`);
    if (node.spec?.podCIDR) w.write(LEVEL_0, `PodCIDR:\t${node.spec.podCIDR}\n`);
    if (node.spec?.podCIDRs && node.spec.podCIDRs.length > 0) w.write(LEVEL_0, `PodCIDRs:\t${node.spec.podCIDRs.join(',')}\n`);
    if (node.spec?.providerID) w.write(LEVEL_0, `ProviderID:\t${node.spec.providerID}\n`);
    if (pods) describeNodeResource(pods, node, w, now);
    else w.write(LEVEL_0, 'Pods:\tnot authorized\n');
    describeEvents(events, w, now);
  });
}
