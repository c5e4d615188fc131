// Which cluster node a host program runs on: node programs (systemctl, journalctl, crictl) are
// one program each for every node, and find their node's kubelet and runtime through the
// filesystem they run on, as each node has its own.

import type { FileSystem } from '../../os/fs/file-system.ts';
import type { ProcessContext } from '../../os/process/context.ts';
import type { ClusterNode } from '../../sim/cluster/cluster.ts';

const nodes = new WeakMap<FileSystem, ClusterNode>();

export function bindNode(fs: FileSystem, node: ClusterNode): void {
  nodes.set(fs, node);
}

/** The node whose filesystem the process runs on; undefined inside a container. */
export function nodeOf(ctx: ProcessContext): ClusterNode | undefined {
  return nodes.get(ctx.fs);
}
