// Which network namespace a process is in. Programs receive a filesystem but no socket API, so
// the runtime records the namespace of each container's mount namespace here (like the
// /proc/<pid>/ns/net link); servers (nginx) and clients (curl, probes) look it up.

import type { FileSystem } from '../../os/fs/file-system.ts';
import type { NetNamespace } from '../../os/net.ts';

const namespaces = new WeakMap<FileSystem, NetNamespace>();

export function attachNet(fs: FileSystem, net: NetNamespace): void {
  namespaces.set(fs, net);
}

/** The namespace of the process whose filesystem is `ctx.fs`, if a runtime or machine set one. */
export function netOf(ctx: { fs: FileSystem }): NetNamespace | undefined {
  return namespaces.get(ctx.fs);
}
