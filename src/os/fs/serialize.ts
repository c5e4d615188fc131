// Saving and loading trees as plain JSON: a learner's home folder survives a page reload,
// and a lab can ship a starting folder. The merged view is saved (an overlay's image layer is
// flattened in), so a saved tree never depends on an image still being around.

import { ROOT, type Cred } from './cred.ts';
import type { FileSystem, MountSource } from './file-system.ts';
import { FsError } from './errors.ts';
import { TYPE_BITS, childOf, namesOf, utf8Length, type DeviceKind, type DirInode, type Inode } from './inode.ts';
import { Tree } from './tree.ts';
import * as paths from '../path.ts';

interface SerializedBase {
  /** Permission bits only (no type bits). */
  mode: number;
  uid: number;
  gid: number;
  mtime: number;
}

export type SerializedNode =
  | (SerializedBase & { type: 'file'; data: string })
  | (SerializedBase & { type: 'dir'; entries: Record<string, SerializedNode> })
  | (SerializedBase & { type: 'symlink'; target: string })
  | (SerializedBase & { type: 'device'; device: DeviceKind });

export interface SerializedTree {
  version: 1;
  limit?: number;
  root: SerializedNode;
}

function serializeNode(node: Inode): SerializedNode {
  const base: SerializedBase = { mode: node.mode & 0o7777, uid: node.uid, gid: node.gid, mtime: node.mtime };
  switch (node.type) {
    case 'file':
      return { ...base, type: 'file', data: node.data };
    case 'symlink':
      return { ...base, type: 'symlink', target: node.target };
    case 'device':
      return { ...base, type: 'device', device: node.device };
    case 'dir': {
      const entries: Record<string, SerializedNode> = {};
      for (const name of namesOf(node)) entries[name] = serializeNode(childOf(node, name)!);
      return { ...base, type: 'dir', entries };
    }
  }
}

/** A tree (or the folder a bind source names) as JSON-safe data. */
export function serialize(source: Tree | MountSource): SerializedTree {
  const node = source instanceof Tree ? source.root : source.node;
  const out: SerializedTree = { version: 1, root: serializeNode(node) };
  const limit = source instanceof Tree ? source.limit : undefined;
  if (limit !== undefined) out.limit = limit;
  return out;
}

/** A new writable tree holding what `serialize` saved. Throws EINVAL on data of another shape. */
export function deserialize(data: SerializedTree): Tree {
  if (data?.version !== 1 || data.root?.type !== 'dir') throw new FsError('EINVAL', 'tree');
  const tree = new Tree({ limit: data.limit });
  const build = (s: SerializedNode): Inode => {
    const base = { ino: tree.nextIno(), mode: TYPE_BITS[s.type] | (s.mode & 0o7777), uid: s.uid, gid: s.gid, mtime: s.mtime, nlink: 1 };
    switch (s.type) {
      case 'file':
        tree.used += utf8Length(s.data);
        return { ...base, type: 'file', data: s.data, size: utf8Length(s.data) };
      case 'symlink':
        return { ...base, type: 'symlink', target: s.target };
      case 'device':
        return { ...base, type: 'device', device: s.device };
      case 'dir':
        return fillDir({ ...base, type: 'dir', entries: new Map() }, s.entries);
      default:
        throw new FsError('EINVAL', 'tree');
    }
  };
  const fillDir = (dir: DirInode, entries: Record<string, SerializedNode>): DirInode => {
    for (const [name, child] of Object.entries(entries)) {
      if (name === '' || name === '.' || name === '..' || name.includes('/')) throw new FsError('EINVAL', name);
      dir.entries.set(name, build(child));
    }
    return dir;
  };
  const root = data.root;
  Object.assign(tree.root, { mode: TYPE_BITS.dir | (root.mode & 0o7777), uid: root.uid, gid: root.gid, mtime: root.mtime });
  fillDir(tree.root, root.entries);
  return tree;
}

/**
 * Writes a saved tree's contents into `fs` under `path` (made if missing), keeping modes,
 * owners and times: restoring a home folder into a machine whose root is one tree.
 */
export function restore(fs: FileSystem, path: string, data: SerializedTree, cred: Cred = ROOT): void {
  const put = (at: string, s: SerializedNode): void => {
    if (s.type === 'dir') {
      if (!fs.exists(at, cred)) fs.mkdir(at, { recursive: true, mode: s.mode }, cred);
      for (const [name, child] of Object.entries(s.entries)) put(paths.join(at, name), child);
    } else if (s.type === 'file') {
      fs.writeFile(at, s.data, { mode: s.mode }, cred);
    } else if (s.type === 'symlink') {
      if (fs.exists(at, cred) || isLink(fs, at, cred)) fs.unlink(at, cred);
      fs.symlink(s.target, at, cred);
      return;
    } else {
      if (!fs.exists(at, cred)) fs.mknod(at, s.device, s.mode, cred);
    }
    fs.chmod(at, s.mode, cred);
    fs.chown(at, s.uid, s.gid, cred);
    fs.utimes(at, s.mtime, cred);
  };
  put(paths.normalize(path), data.root);
}

function isLink(fs: FileSystem, at: string, cred: Cred): boolean {
  try {
    return fs.lstat(at, cred).type === 'symlink';
  } catch {
    return false;
  }
}
