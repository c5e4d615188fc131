// Path resolution through a mount namespace. Models fs/namei.c: walk component by component,
// need search (x) permission on every directory passed, follow symlinks (at most 40, then
// ELOOP), and step onto a mounted tree where one is attached.

import { canAccess, type Cred } from './cred.ts';
import { FsError } from './errors.ts';
import { childOf, type DirInode, type Inode } from './inode.ts';
import type { Tree } from './tree.ts';

export const MAX_SYMLINKS = 40;

export interface Mount {
  /** Canonical absolute path of the mount point. */
  path: string;
  tree: Tree;
  /** What is attached: usually a tree's root, or a folder or file of it (a bind mount). */
  node: Inode;
  readOnly: boolean;
  /**
   * Charges (or, negative, uncharges) the memory cgroup of the mount namespace's owner for
   * bytes stored on a memory-backed tree through this mount (a container's tmpfs volume).
   */
  memory?: (bytes: number) => void;
}

/** A directory on the walk: its inode, canonical path and the mount it was reached through. */
export interface Frame {
  node: DirInode;
  path: string;
  mount: Mount;
}

export interface Resolved {
  /** Canonical path of the final entry (symlinks in the directory part resolved). */
  path: string;
  parent: Frame;
  name: string;
  /** Undefined when the last component does not exist and `allowMissing` was given. */
  node: Inode | undefined;
  mount: Mount;
}

export interface ResolveOptions {
  /** Follow a symlink in the last component (stat) or not (lstat, unlink). */
  follow: boolean;
  /** Return rather than throw when only the last component is missing (creating calls). */
  allowMissing?: boolean;
}

export function resolvePath(
  rootMount: Mount,
  mounts: ReadonlyMap<string, Mount>,
  path: string,
  cred: Cred,
  options: ResolveOptions,
): Resolved {
  if (path === '') throw new FsError('ENOENT', path);
  const trailingSlash = path.length > 1 && path.endsWith('/');
  const follow = options.follow || trailingSlash;
  const root: Frame = { node: rootMount.node as DirInode, path: '/', mount: rootMount };
  let frames: Frame[] = [root];
  const todo = path.split('/').filter((c) => c !== '').reverse();
  let links = 0;

  while (todo.length > 0) {
    const name = todo.pop()!;
    const last = todo.length === 0;
    if (name === '.') continue;
    if (name === '..') {
      if (frames.length > 1) frames.pop();
      continue;
    }
    const cur = frames[frames.length - 1];
    if (!canAccess(cred, cur.node, 'x')) throw new FsError('EACCES', path);
    const childPath = cur.path === '/' ? `/${name}` : `${cur.path}/${name}`;
    const mounted = mounts.get(childPath);
    const node = mounted ? mounted.node : childOf(cur.node, name, cur.mount.tree.nextIno);
    const mount = mounted ?? cur.mount;
    if (!node) {
      if (last && options.allowMissing) return { path: childPath, parent: cur, name, node, mount };
      throw new FsError('ENOENT', path);
    }
    if (node.type === 'symlink' && (!last || follow)) {
      if (++links > MAX_SYMLINKS) throw new FsError('ELOOP', path);
      if (node.target.startsWith('/')) frames = [root];
      for (const c of node.target.split('/').filter((c) => c !== '').reverse()) todo.push(c);
      continue;
    }
    if (last) {
      if (trailingSlash && node.type !== 'dir') throw new FsError('ENOTDIR', path);
      return { path: childPath, parent: cur, name, node, mount };
    }
    if (node.type !== 'dir') throw new FsError('ENOTDIR', path);
    frames.push({ node, path: childPath, mount });
  }
  // The path ended on a directory already walked into ('/', '.', '..', a link to a folder).
  const top = frames[frames.length - 1];
  const parent = frames.length > 1 ? frames[frames.length - 2] : top;
  const name = top.path === '/' ? '' : top.path.slice(top.path.lastIndexOf('/') + 1);
  return { path: top.path, parent, name, node: top.node, mount: top.mount };
}
