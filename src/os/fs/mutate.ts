// The steps every changing operation is built from: checking that a folder may change,
// creating an inode, copying an image inode up, storing file data against the quota and
// unlinking with whiteouts. FileSystem composes them; each works on a resolved path.

import { canAccess, hasCap, type Cred } from './cred.ts';
import { FsError } from './errors.ts';
import { TYPE_BITS, childOf, copyUp, namesOf, utf8Length, type FileInode, type Inode, type InodeType } from './inode.ts';
import type { Frame, Mount, Resolved } from './resolve.ts';
import { notifyDir } from './watch.ts';

export interface Stats {
  ino: number;
  type: InodeType;
  /** st_mode: type bits plus permission bits. */
  mode: number;
  uid: number;
  gid: number;
  /** Bytes (UTF-8 length of a file's text; a symlink's target length). */
  size: number;
  mtime: number;
  nlink: number;
}

export function statOf(node: Inode): Stats {
  let size = 0;
  let nlink = node.nlink;
  if (node.type === 'file') size = node.size;
  else if (node.type === 'symlink') size = utf8Length(node.target);
  else if (node.type === 'dir') {
    size = 4096;
    nlink = 2;
    for (const name of namesOf(node)) if (childOf(node, name)?.type === 'dir') nlink++;
  }
  return { ino: node.ino, type: node.type, mode: node.mode, uid: node.uid, gid: node.gid, size, mtime: node.mtime, nlink };
}

/** Refuses changes to a folder's entries on a read-only mount or image, or without w. */
export function checkDirWritable(dir: Frame, path: string, cred: Cred): void {
  if (dir.mount.readOnly || dir.node.frozen) throw new FsError('EROFS', path);
  if (!canAccess(cred, dir.node, 'w')) throw new FsError('EACCES', path);
}

/** Unlinking needs write on the folder; a sticky folder (/tmp) also needs ownership. */
export function checkRemovable(r: Resolved, path: string, cred: Cred): void {
  if (r.mount !== r.parent.mount && r.mount.node === r.node) throw new FsError('EBUSY', path);
  checkDirWritable(r.parent, path, cred);
  const dir = r.parent.node;
  if ((dir.mode & 0o1000) !== 0 && cred.uid !== r.node!.uid && cred.uid !== dir.uid && !hasCap(cred, 'FOWNER')) {
    throw new FsError('EPERM', path);
  }
}

export function createNode(r: Resolved, type: InodeType, perm: number, cred: Cred, now: number): Inode {
  const dir = r.parent;
  if (utf8Length(r.name) > 255) throw new FsError('ENAMETOOLONG', r.path);
  checkDirWritable(dir, r.path, cred);
  const base = {
    ino: dir.mount.tree.nextIno(),
    mode: TYPE_BITS[type] | (perm & 0o7777),
    uid: cred.uid,
    // A setgid folder hands its group down, as on Linux.
    gid: (dir.node.mode & 0o2000) !== 0 ? dir.node.gid : cred.gid,
    mtime: now,
    nlink: 1,
  };
  let node: Inode;
  if (type === 'dir') {
    node = { ...base, type, entries: new Map() };
    if ((dir.node.mode & 0o2000) !== 0) node.mode |= 0o2000;
  } else if (type === 'file') node = { ...base, type, data: '', size: 0 };
  else if (type === 'symlink') node = { ...base, type, target: '' };
  else node = { ...base, type, device: 'null' };
  dir.node.entries.set(r.name, node);
  dir.node.mtime = base.mtime;
  r.node = node;
  notifyDir(dir.node, 'create', r.name);
  return node;
}

/** The inode to change in place: copied up out of an image first, refused when read-only. */
export function writableNode(r: Resolved, path: string): Inode {
  const node = r.node!;
  if (r.mount.readOnly) throw new FsError('EROFS', path);
  if (!node.frozen) return node;
  const dir = r.parent.node;
  if (r.mount.node === node || dir.frozen) throw new FsError('EROFS', path);
  const copy = copyUp(node, r.mount.tree.nextIno());
  if (copy.type === 'file') store(r.mount, copy.size, path);
  dir.entries.set(r.name, copy);
  r.node = copy;
  return copy;
}

/** Stores `data` as the file's content; `size` (its UTF-8 length) when the caller knows it already. */
export function setData(r: Resolved, file: FileInode, data: string, now: number, size = utf8Length(data)): void {
  if (!file.frozen) store(r.mount, size - file.size, r.path);
  file.data = data;
  file.size = size;
  file.mtime = now;
  notifyDir(r.parent.node, 'modify', r.name);
}

/** Takes an entry out of its folder, leaving a whiteout where an image layer has the name. */
export function detach(r: Resolved, now: number, moving = false): void {
  const dir = r.parent.node;
  const node = r.node!;
  dir.entries.delete(r.name);
  if (dir.lower && childOf(dir.lower, r.name)) (dir.whiteouts ??= new Set()).add(r.name);
  if (!moving && node.type === 'file' && !node.frozen && --node.nlink <= 0) store(r.mount, -node.size, r.path);
  dir.mtime = now;
  notifyDir(dir, 'delete', r.name);
}

/**
 * Accounts stored bytes on the mount's tree. On a tmpfs the memory cgroup is charged first, as
 * the kernel charges a page before it counts against the tmpfs size: a container writing past
 * its memory limit is OOM-killed, and ENOSPC comes only from a tmpfs smaller than that limit.
 */
function store(mount: Mount, delta: number, path: string): void {
  const memory = mount.memory;
  if (!memory) return mount.tree.charge(delta, path);
  if (delta <= 0) {
    mount.tree.charge(delta, path);
    return memory(delta);
  }
  memory(delta);
  try {
    mount.tree.charge(delta, path);
  } catch (e) {
    memory(-delta);
    throw e;
  }
}
