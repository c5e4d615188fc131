// A container's mount namespace: a writable layer over the image, /dev and /proc, the pod's
// /etc/hosts, /etc/hostname and /etc/resolv.conf, the termination-message file, and the volume
// mounts the kubelet asked for (read-only, subPath). Models containerd's WithMounts and the
// kubelet's makeMounts (pkg/kubelet/kubelet_pods.go).

import { FileSystem, type MountSource } from '../../os/fs/file-system.ts';
import { Tree } from '../../os/fs/tree.ts';
import type { DirInode } from '../../os/fs/inode.ts';
import * as paths from '../../os/path.ts';
import type { MountSpec } from '../cri/types.ts';

export interface PodFiles {
  hosts: MountSource;
  hostname: MountSource;
  resolvConf: MountSource;
}

export interface RootfsOptions {
  image: Tree;
  now: () => number;
  readOnly: boolean;
  podFiles: PodFiles;
  proc: Tree;
  terminationMessagePath: string;
  mounts: MountSpec[];
  /** The container's memory cgroup, charged for what it writes to memory-backed volumes. */
  memoryCharge?: (bytes: number) => void;
}

export type RootfsResult =
  | { ok: true; fs: FileSystem; upper: Tree; termination: { tree: Tree; path: string } }
  | { ok: false; message: string };

/** A container's writable layer: past it, writes fail with ENOSPC (No space left on device). */
export const CONTAINER_LAYER_BYTES = 256 * 1024 * 1024;

export function buildRootfs(o: RootfsOptions): RootfsResult {
  const upper = Tree.overlay(o.image, { limit: CONTAINER_LAYER_BYTES });
  const termination = new Tree({ mtime: o.now() });
  const termFs = new FileSystem(termination, o.now);
  termFs.writeFile('/termination-log', '', { mode: 0o666 });
  // Parents before children, as containerd sorts mounts by depth.
  const sorted = [...o.mounts].sort((a, b) => paths.split(a.containerPath).length - paths.split(b.containerPath).length);
  const volumes: { path: string; source: MountSource; readOnly: boolean }[] = [];
  for (const m of sorted) {
    const source = mountSource(m);
    if (!source.ok) return source;
    volumes.push({ path: m.containerPath, source: source.source, readOnly: m.readOnly });
  }
  const dev = devTree(o.now);
  const attach = (fs: FileSystem) => {
    fs.mount('/dev', dev);
    fs.mount('/proc', o.proc, { readOnly: true });
    fs.mount('/etc/hosts', o.podFiles.hosts);
    fs.mount('/etc/hostname', o.podFiles.hostname);
    fs.mount('/etc/resolv.conf', o.podFiles.resolvConf);
    fs.mount(o.terminationMessagePath || '/dev/termination-log', termFs.bindSource('/termination-log'));
    for (const v of volumes) fs.mount(v.path, v.source, { readOnly: v.readOnly, memory: o.memoryCharge });
  };
  // runc makes every mount point in the container's writable layer before it remounts the root
  // read-only, so a readOnlyRootFilesystem still gets /var/run/secrets/… and its volumes.
  if (o.readOnly) attach(new FileSystem(upper, o.now));
  const fs = new FileSystem(upper, o.now, { readOnly: o.readOnly });
  attach(fs);
  return { ok: true, fs, upper, termination: { tree: termination, path: '/termination-log' } };
}

/** A MountSpec's source: a Tree or a folder/file of one; subPath reaches inside (made if missing). */
function mountSource(m: MountSpec): { ok: true; source: MountSource } | { ok: false; message: string } {
  const raw = m.source as Tree | MountSource | undefined;
  let source: MountSource;
  if (raw instanceof Tree) source = { tree: raw, node: raw.root };
  else if (raw && typeof raw === 'object' && 'tree' in raw && 'node' in raw) source = raw;
  else return { ok: false, message: `failed to generate container spec: mount source for "${m.containerPath}" is not a volume` };
  if (!m.subPath) return { ok: true, source };
  if (source.node.type !== 'dir') return { ok: false, message: `failed to prepare subPath for volumeMount "${m.containerPath}": not a directory` };
  // A view of the volume rooted at its folder, to find (or make) the subPath inside it.
  const view = new FileSystem(new Tree({}, source.node as DirInode), () => source.node.mtime);
  const sub = paths.normalize('/' + m.subPath);
  if (sub.startsWith('/..')) return { ok: false, message: `subpath "${m.subPath}" must not contain '..'` };
  if (!view.exists(sub)) view.mkdir(sub, { recursive: true, mode: 0o777 });
  const found = view.bindSource(sub);
  return { ok: true, source: { tree: source.tree, node: found.node } };
}

/** /dev as runc makes it: a tmpfs with the standard devices and the stdio links. */
function devTree(now: () => number): Tree {
  const tree = new Tree({ mtime: now() });
  const fs = new FileSystem(tree, now);
  fs.mknod('/null', 'null');
  fs.mknod('/zero', 'zero');
  fs.mknod('/tty', 'tty');
  fs.mknod('/full', 'full');
  fs.mknod('/random', 'random');
  fs.mknod('/urandom', 'urandom');
  fs.symlink('/proc/self/fd', '/fd');
  fs.symlink('/proc/self/fd/0', '/stdin');
  fs.symlink('/proc/self/fd/1', '/stdout');
  fs.symlink('/proc/self/fd/2', '/stderr');
  fs.symlink('pts/ptmx', '/ptmx');
  fs.symlink('/proc/kcore', '/core');
  fs.mkdir('/pts');
  fs.mkdir('/mqueue', { mode: 0o1777 });
  fs.mkdir('/shm', { mode: 0o1777 });
  fs.chmod('/shm', 0o1777);
  fs.chmod('/mqueue', 0o1777);
  return tree;
}

/** /proc as far as programs read it: the kernel release, CPUs and memory of the node. */
export function procTree(node: { kernelRelease: string; cpus: number; memoryBytes: number }, now: () => number): Tree {
  const tree = new Tree({ mtime: now(), mode: 0o555 });
  const fs = new FileSystem(tree, now);
  fs.mkdir('/sys/kernel', { recursive: true });
  fs.writeFile('/sys/kernel/osrelease', `${node.kernelRelease}\n`, { mode: 0o444 });
  fs.writeFile('/version', `Linux version ${node.kernelRelease} (buildd@lcy02-amd64-100) (x86_64-linux-gnu-gcc-13 (Ubuntu 13.2.0-23ubuntu4) 13.2.0, GNU ld (GNU Binutils for Ubuntu) 2.42) #22-Ubuntu SMP\n`, { mode: 0o444 });
  let cpuinfo = '';
  for (let i = 0; i < node.cpus; i++) cpuinfo += `processor\t: ${i}\nvendor_id\t: GenuineIntel\nmodel name\t: Intel(R) Xeon(R) CPU @ 2.20GHz\ncpu MHz\t\t: 2200.152\n\n`;
  fs.writeFile('/cpuinfo', cpuinfo, { mode: 0o444 });
  const kb = Math.floor(node.memoryBytes / 1024);
  fs.writeFile('/meminfo', `MemTotal:       ${String(kb).padStart(8)} kB\nMemFree:        ${String(Math.floor(kb * 0.6)).padStart(8)} kB\nMemAvailable:   ${String(Math.floor(kb * 0.8)).padStart(8)} kB\n`, { mode: 0o444 });
  return tree.seal();
}
