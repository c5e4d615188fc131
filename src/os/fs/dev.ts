// The /dev a container runtime mounts into every container (a tmpfs in runc): the character
// devices programs expect, /dev/shm, and the file Kubernetes reads a termination message from.

import { FileSystem } from './file-system.ts';
import { Tree } from './tree.ts';

export interface DevTreeOptions {
  /** mtime for the entries. */
  now: number;
  /** Size of /dev/shm (Kubernetes' default is 64Mi); a separate tree so its quota is its own. */
  shmLimit?: number;
}

/** A fresh /dev: null, zero, full, random, urandom, tty, an empty termination-log and a shm folder (mount at /dev). */
export function createDevTree(options: DevTreeOptions): { dev: Tree; shm: Tree } {
  const dev = new Tree({ mtime: options.now });
  const fs = new FileSystem(dev, () => options.now);
  fs.mknod('/null', 'null');
  fs.mknod('/zero', 'zero');
  fs.mknod('/full', 'full');
  fs.mknod('/random', 'random');
  fs.mknod('/urandom', 'urandom');
  fs.mknod('/tty', 'tty');
  fs.writeFile('/termination-log', '', { mode: 0o666 });
  fs.mkdir('/shm', { mode: 0o1777 });
  const shm = new Tree({ limit: options.shmLimit ?? 64 * 1024 * 1024, mode: 0o1777, mtime: options.now });
  return { dev, shm };
}
