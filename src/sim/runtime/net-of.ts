// Which network namespace a process is in: its context's `net` (the runtime spawns every
// container process with the pod's namespace), else the namespace recorded for its mount
// namespace, for processes started by code that does not pass one on.

import type { FileSystem } from '../../os/fs/file-system.ts';
import type { NetNamespace } from '../../os/net.ts';

const namespaces = new WeakMap<FileSystem, NetNamespace>();

export function attachNet(fs: FileSystem, net: NetNamespace): void {
  namespaces.set(fs, net);
}

export function netOf(ctx: { fs: FileSystem; net?: NetNamespace }): NetNamespace | undefined {
  return ctx.net ?? namespaces.get(ctx.fs);
}
