// A mount namespace: a root tree plus the trees mounted on it, and every file operation a
// program makes, checked against the caller's credentials the way Linux checks them.
// Operations take absolute paths (programs resolve against their cwd first) and throw FsError;
// `cred` is the last argument and defaults to root for setup code (images, the kubelet).

import * as paths from '../path.ts';
import { ROOT, canAccess, hasCap, inGroup, isOwnerOrCap, type Access, type Cred } from './cred.ts';
import { FsError } from './errors.ts';
import { S_IFDIR, S_IFLNK, S_IFMT, S_IFREG, namesOf, utf8Length, type DeviceKind, type DirInode, type FileInode, type Inode } from './inode.ts';
import { checkDirWritable, checkRemovable, createNode, detach, setData, statOf, writableNode, type Stats } from './mutate.ts';
import { resolvePath, type Mount, type Resolved } from './resolve.ts';
import { Tree } from './tree.ts';
import { notifyDir, watchDir, type Watch, type WatchListener } from './watch.ts';

export type { Stats };

/** Something a mount can attach: a whole tree, or one folder or file of it (`mount --bind`). */
export interface MountSource {
  tree: Tree;
  node: Inode;
}

export interface MountInfo {
  path: string;
  readOnly: boolean;
  tree: Tree;
}

export interface WriteOptions {
  append?: boolean;
  /** Permission bits for a file this call creates (default 0o644). */
  mode?: number;
}

/**
 * The largest file PodLab stores. File contents are JS strings, which engines cap at about 2^29
 * characters; past this a write fails with EFBIG instead of crashing the machine.
 */
export const MAX_FILE_BYTES = 256 * 1024 * 1024;

export interface MkdirOptions {
  recursive?: boolean;
  /** Permission bits for folders this call creates (default 0o755). */
  mode?: number;
}

export class FileSystem {
  readonly now: () => number;
  private readonly rootMount: Mount;
  private readonly mountTable: Map<string, Mount>;

  constructor(root: Tree, now: () => number, options: { readOnly?: boolean } = {}, mounts?: Map<string, Mount>) {
    this.now = now;
    this.rootMount = { path: '/', tree: root, node: root.root, readOnly: options.readOnly ?? false };
    this.mountTable = mounts ?? new Map();
  }

  get rootTree(): Tree {
    return this.rootMount.tree;
  }

  // ── mounts ────────────────────────────────────────────────────────────────────────────────

  /**
   * Attaches a tree (or a folder/file of one) at `target`. The mount point is made if missing,
   * as container runtimes do; a mount where one already was replaces it.
   */
  mount(target: string, source: Tree | MountSource, options: { readOnly?: boolean; memory?: (bytes: number) => void } = {}): void {
    const src: MountSource = source instanceof Tree ? { tree: source, node: source.root } : source;
    try {
      this.mkdir(paths.dirname(paths.normalize(target)), { recursive: true });
    } catch {
      // A read-only root still accepts mounts below existing folders.
    }
    const where = this.resolve(target, ROOT, { follow: true, allowMissing: true });
    if (!where.node) {
      try {
        createNode(where, src.node.type === 'dir' ? 'dir' : 'file', 0o755, ROOT, this.now());
      } catch {
        // On a read-only root the mount point exists only in the mount table.
      }
    }
    const mount: Mount = { path: where.path, tree: src.tree, node: src.node, readOnly: options.readOnly ?? false };
    if (options.memory && src.tree.memory) mount.memory = options.memory;
    this.mountTable.set(where.path, mount);
  }

  umount(target: string): void {
    const path = paths.normalize(target);
    if (!this.mountTable.delete(path)) throw new FsError('EINVAL', target);
  }

  /** The folder or file at `path` as a mount source (a hostPath reaching into the node). */
  bindSource(path: string, cred: Cred = ROOT): MountSource {
    const r = this.resolve(path, cred, { follow: true });
    return { tree: r.mount.tree, node: r.node! };
  }

  mounts(): MountInfo[] {
    return [this.rootMount, ...this.mountTable.values()].map((m) => ({ path: m.path, readOnly: m.readOnly, tree: m.tree }));
  }

  /** A new mount namespace starting as a copy of this one (unshare -m): later mounts stay apart. */
  fork(): FileSystem {
    return new FileSystem(this.rootMount.tree, this.now, { readOnly: this.rootMount.readOnly }, new Map(this.mountTable));
  }

  // ── reading ───────────────────────────────────────────────────────────────────────────────

  stat(path: string, cred: Cred = ROOT): Stats {
    return statOf(this.resolve(path, cred, { follow: true }).node!);
  }

  lstat(path: string, cred: Cred = ROOT): Stats {
    return statOf(this.resolve(path, cred, { follow: false }).node!);
  }

  exists(path: string, cred: Cred = ROOT): boolean {
    try {
      this.resolve(path, cred, { follow: true });
      return true;
    } catch {
      return false;
    }
  }

  /** access(2): may `cred` read, write or execute `path` ('f': does it exist)? */
  access(path: string, want: Access | 'f', cred: Cred = ROOT): boolean {
    try {
      const r = this.resolve(path, cred, { follow: true });
      if (want === 'f') return true;
      if (want === 'w' && (r.mount.readOnly || (r.node!.frozen && r.parent.node.frozen))) return false;
      return canAccess(cred, r.node!, want);
    } catch {
      return false;
    }
  }

  readFile(path: string, cred: Cred = ROOT): string {
    const node = this.resolve(path, cred, { follow: true }).node!;
    if (node.type === 'dir') throw new FsError('EISDIR', path);
    if (!canAccess(cred, node, 'r')) throw new FsError('EACCES', path);
    return node.type === 'file' ? node.data : '';
  }

  /**
   * open(2) for reading, for programs that stream: a device by its kind (its bytes are made by
   * the reader, /dev/zero never ends), or a file's text. Throws as readFile does.
   */
  openRead(path: string, cred: Cred = ROOT): { device: DeviceKind } | { data: string } {
    const node = this.resolve(path, cred, { follow: true }).node!;
    if (node.type === 'dir') throw new FsError('EISDIR', path);
    if (!canAccess(cred, node, 'r')) throw new FsError('EACCES', path);
    return node.type === 'device' ? { device: node.device } : { data: node.type === 'file' ? node.data : '' };
  }

  readdir(path: string, cred: Cred = ROOT): string[] {
    const r = this.resolve(path, cred, { follow: true });
    const node = r.node!;
    if (node.type !== 'dir') throw new FsError('ENOTDIR', path);
    if (!canAccess(cred, node, 'r')) throw new FsError('EACCES', path);
    const names = new Set(namesOf(node));
    for (const m of this.mountTable.keys()) {
      if (m !== '/' && paths.dirname(m) === r.path) names.add(paths.basename(m));
    }
    return [...names].sort();
  }

  readlink(path: string, cred: Cred = ROOT): string {
    const node = this.resolve(path, cred, { follow: false }).node!;
    if (node.type !== 'symlink') throw new FsError('EINVAL', path);
    return node.target;
  }

  realpath(path: string, cred: Cred = ROOT): string {
    return this.resolve(path, cred, { follow: true }).path;
  }

  watch(path: string, listener: WatchListener, cred: Cred = ROOT): Watch {
    const r = this.resolve(path, cred, { follow: true });
    if (r.node!.type !== 'dir') throw new FsError('ENOTDIR', path);
    if (!canAccess(cred, r.node!, 'r')) throw new FsError('EACCES', path);
    return watchDir(r.node as DirInode, paths.normalize(path), listener);
  }

  // ── writing ───────────────────────────────────────────────────────────────────────────────

  writeFile(path: string, data: string, options: WriteOptions = {}, cred: Cred = ROOT): void {
    const r = this.resolve(path, cred, { follow: true, allowMissing: true });
    if (!r.node) {
      if (path.endsWith('/')) throw new FsError('EISDIR', path);
      const file = createNode(r, 'file', options.mode ?? 0o644, cred, this.now()) as FileInode;
      setData(r, file, data, this.now());
      return;
    }
    if (r.node.type === 'dir') throw new FsError('EISDIR', path);
    if (!canAccess(cred, r.node, 'w')) throw new FsError('EACCES', path);
    // Writes to a device (/dev/null) vanish, even on a read-only root; /dev/full is always full.
    if (r.node.type !== 'file') {
      if (r.node.type === 'device' && r.node.device === 'full' && data !== '') throw new FsError('ENOSPC', path);
      return;
    }
    const file = writableNode(r, path) as FileInode;
    if (options.append) {
      const size = file.size + utf8Length(data);
      if (size > MAX_FILE_BYTES) throw new FsError('EFBIG', path);
      setData(r, file, file.data + data, this.now(), size);
    } else {
      if (data.length > MAX_FILE_BYTES) throw new FsError('EFBIG', path);
      setData(r, file, data, this.now());
    }
  }

  /**
   * write(2) of `data` at `offset` (the end when omitted) of an existing file, as a program
   * writing block by block does: stores what the tree's quota leaves room for and returns the
   * bytes written (a short write), throwing ENOSPC only when nothing fits. Offsets count
   * characters: files written this way hold bytes below 0x80, one character each.
   */
  write(path: string, data: string, offset?: number, cred: Cred = ROOT): number {
    const r = this.resolve(path, cred, { follow: true });
    const node = r.node!;
    if (node.type === 'dir') throw new FsError('EISDIR', path);
    if (!canAccess(cred, node, 'w')) throw new FsError('EACCES', path);
    if (node.type !== 'file') {
      if (node.type === 'device' && node.device === 'full' && data !== '') throw new FsError('ENOSPC', path);
      return utf8Length(data);
    }
    const file = writableNode(r, path) as FileInode;
    const at = offset ?? file.data.length;
    const pad = Math.max(0, at - file.data.length);
    const overwritten = Math.max(0, Math.min(file.data.length - at, data.length));
    const growth = pad + data.length - overwritten;
    const tree = r.mount.tree;
    let piece = data;
    if (tree.limit !== undefined && growth > tree.limit - tree.used && utf8Length(data) === data.length) {
      // Pages are allocated until the quota is met: the write comes up short.
      piece = data.slice(0, Math.max(0, tree.limit - tree.used - pad + overwritten));
      if (piece === '') throw new FsError('ENOSPC', path);
    }
    if (file.size - file.data.length + at + piece.length > MAX_FILE_BYTES) throw new FsError('EFBIG', path);
    if (at >= file.data.length) {
      setData(r, file, file.data + '\0'.repeat(pad) + piece, this.now(), file.size + pad + utf8Length(piece));
    } else {
      setData(r, file, file.data.slice(0, at) + piece + file.data.slice(at + piece.length), this.now());
    }
    return utf8Length(piece);
  }

  /** truncate(2): cuts a file to `size` bytes or extends it with NULs (stored and counted). */
  truncate(path: string, size: number, cred: Cred = ROOT): void {
    const r = this.resolve(path, cred, { follow: true });
    const node = r.node!;
    if (node.type === 'dir') throw new FsError('EISDIR', path);
    if (!canAccess(cred, node, 'w')) throw new FsError('EACCES', path);
    if (node.type !== 'file') throw new FsError('EINVAL', path);
    if (size > MAX_FILE_BYTES) throw new FsError('EFBIG', path);
    const file = writableNode(r, path) as FileInode;
    if (size === file.size) return setData(r, file, file.data, this.now(), size);
    if (size > file.size) {
      setData(r, file, file.data + '\0'.repeat(size - file.size), this.now(), size);
      return;
    }
    // Sizes are bytes: cut by characters only when every character is one byte.
    const ascii = file.size === file.data.length;
    setData(r, file, ascii ? file.data.slice(0, size) : sliceBytes(file.data, size), this.now(), ascii ? size : undefined);
  }

  appendFile(path: string, data: string, cred: Cred = ROOT): void {
    this.writeFile(path, data, { append: true }, cred);
  }

  mkdir(path: string, options: MkdirOptions = {}, cred: Cred = ROOT): void {
    const mode = options.mode ?? 0o755;
    if (options.recursive) {
      let at = '';
      const parts = paths.split(paths.normalize(path));
      for (const [i, part] of parts.entries()) {
        at += '/' + part;
        const r = this.resolve(at, cred, { follow: true, allowMissing: true });
        // As mkdir -p -m: only the last folder gets the mode, parents get the default.
        if (!r.node) createNode(r, 'dir', i === parts.length - 1 ? mode : 0o755, cred, this.now());
        else if (r.node.type !== 'dir') throw new FsError('ENOTDIR', path);
      }
      return;
    }
    const r = this.resolve(path, cred, { follow: false, allowMissing: true });
    if (r.node) throw new FsError('EEXIST', path);
    createNode(r, 'dir', mode, cred, this.now());
  }

  symlink(target: string, path: string, cred: Cred = ROOT): void {
    const r = this.resolve(path, cred, { follow: false, allowMissing: true });
    if (r.node) throw new FsError('EEXIST', path);
    const link = createNode(r, 'symlink', 0o777, cred, this.now());
    if (link.type === 'symlink') link.target = target;
  }

  /** link(2): a second name for a file, on the same mount (hard links to folders: EPERM). */
  link(existing: string, path: string, cred: Cred = ROOT): void {
    const src = this.resolve(existing, cred, { follow: false });
    const dst = this.resolve(path, cred, { follow: false, allowMissing: true });
    if (dst.node) throw new FsError('EEXIST', path);
    if (src.node!.type === 'dir') throw new FsError('EPERM', existing);
    if (src.mount !== dst.mount) throw new FsError('EXDEV', path);
    checkDirWritable(dst.parent, path, cred);
    const node = writableNode(src, existing);
    node.nlink++;
    dst.parent.node.entries.set(dst.name, node);
    dst.parent.node.mtime = this.now();
    notifyDir(dst.parent.node, 'create', dst.name);
  }

  /** mknod for the character devices the machine knows (needs CAP_MKNOD). */
  mknod(path: string, device: DeviceKind, mode = 0o666, cred: Cred = ROOT): void {
    if (!hasCap(cred, 'MKNOD')) throw new FsError('EPERM', path);
    const r = this.resolve(path, cred, { follow: false, allowMissing: true });
    if (r.node) throw new FsError('EEXIST', path);
    const dev = createNode(r, 'device', mode, cred, this.now());
    if (dev.type === 'device') dev.device = device;
  }

  unlink(path: string, cred: Cred = ROOT): void {
    const r = this.resolve(path, cred, { follow: false });
    if (r.node!.type === 'dir') throw new FsError('EISDIR', path);
    checkRemovable(r, path, cred);
    detach(r, this.now());
  }

  rmdir(path: string, cred: Cred = ROOT): void {
    const r = this.resolve(path, cred, { follow: false });
    const node = r.node!;
    if (node.type !== 'dir') throw new FsError('ENOTDIR', path);
    if (r.path === '/' || this.mountTable.has(r.path)) throw new FsError('EBUSY', path);
    if (namesOf(node).length > 0) throw new FsError('ENOTEMPTY', path);
    checkRemovable(r, path, cred);
    detach(r, this.now());
  }

  /** rm -r for setup and teardown code: removes a file or a whole folder. */
  remove(path: string, options: { recursive?: boolean } = {}, cred: Cred = ROOT): void {
    const st = this.lstat(path, cred);
    if (st.type === 'dir' && options.recursive) {
      const base = paths.normalize(path);
      for (const name of this.readdir(base, cred)) this.remove(paths.join(base, name), options, cred);
      this.rmdir(base, cred);
    } else if (st.type === 'dir') this.rmdir(path, cred);
    else this.unlink(path, cred);
  }

  rename(from: string, to: string, cred: Cred = ROOT): void {
    const src = this.resolve(from, cred, { follow: false });
    const dst = this.resolve(to, cred, { follow: false, allowMissing: true });
    const node = src.node!;
    if (src.mount !== dst.mount) throw new FsError('EXDEV', to);
    if (this.mountTable.has(src.path) || src.path === '/') throw new FsError('EBUSY', from);
    if (node === dst.node) return;
    if (node.type === 'dir' && (dst.path + '/').startsWith(src.path + '/')) throw new FsError('EINVAL', to);
    if (dst.node) {
      if (node.type === 'dir' && dst.node.type !== 'dir') throw new FsError('ENOTDIR', to);
      if (node.type !== 'dir' && dst.node.type === 'dir') throw new FsError('EISDIR', to);
      if (dst.node.type === 'dir' && namesOf(dst.node).length > 0) throw new FsError('ENOTEMPTY', to);
    }
    checkRemovable(src, from, cred);
    if (dst.node) checkRemovable(dst, to, cred);
    else checkDirWritable(dst.parent, to, cred);
    if (dst.node) detach(dst, this.now());
    detach(src, this.now(), true);
    dst.parent.node.entries.set(dst.name, node);
    dst.parent.node.mtime = this.now();
    notifyDir(dst.parent.node, 'create', dst.name);
  }

  chmod(path: string, mode: number, cred: Cred = ROOT): void {
    const r = this.resolve(path, cred, { follow: true });
    if (!isOwnerOrCap(cred, r.node!.uid)) throw new FsError('EPERM', path);
    const node = writableNode(r, path);
    node.mode = (node.mode & S_IFMT) | (mode & 0o7777);
  }

  /** chown(2); -1 leaves an id unchanged. Changing the owner needs CAP_CHOWN. */
  chown(path: string, uid: number, gid: number, cred: Cred = ROOT): void {
    const r = this.resolve(path, cred, { follow: true });
    const cur = r.node!;
    const newUid = uid < 0 ? cur.uid : uid;
    const newGid = gid < 0 ? cur.gid : gid;
    const allowed =
      hasCap(cred, 'CHOWN') ||
      (newUid === cur.uid && cred.uid === cur.uid && (newGid === cur.gid || inGroup(cred, newGid)));
    if (!allowed) throw new FsError('EPERM', path);
    const node = writableNode(r, path);
    node.uid = newUid;
    node.gid = newGid;
  }

  /** Sets the modification time (touch): the owner may set any time, a writer only "now". */
  utimes(path: string, mtime: number = this.now(), cred: Cred = ROOT): void {
    const r = this.resolve(path, cred, { follow: true });
    const ok = isOwnerOrCap(cred, r.node!.uid) || (mtime === this.now() && canAccess(cred, r.node!, 'w'));
    if (!ok) throw new FsError('EPERM', path);
    writableNode(r, path).mtime = mtime;
  }

  // ── internals ─────────────────────────────────────────────────────────────────────────────

  resolve(path: string, cred: Cred, options: { follow: boolean; allowMissing?: boolean }): Resolved {
    return resolvePath(this.rootMount, this.mountTable, path, cred, options);
  }
}

/** The longest prefix of `s` that takes at most `bytes` bytes in UTF-8. */
function sliceBytes(s: string, bytes: number): string {
  let lo = 0;
  let hi = Math.min(s.length, bytes);
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    if (utf8Length(s.slice(0, mid)) <= bytes) lo = mid;
    else hi = mid - 1;
  }
  return s.slice(0, lo);
}

export { S_IFDIR, S_IFLNK, S_IFMT, S_IFREG };
