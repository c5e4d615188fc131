// The inodes of the in-memory filesystem. A directory may sit over a read-only `lower`
// directory (an overlay's image layer): names come from its own entries first, then from the
// lower one unless whited out. Frozen inodes belong to a shared image and are never changed;
// writing through an overlay copies them up first.

export const S_IFMT = 0o170000;
export const S_IFREG = 0o100000;
export const S_IFDIR = 0o040000;
export const S_IFLNK = 0o120000;
export const S_IFCHR = 0o020000;

export type InodeType = 'file' | 'dir' | 'symlink' | 'device';
/**
 * Character devices the machine knows: null swallows writes, zero and full read as endless NULs
 * (full refuses writes with ENOSPC), random and urandom read as endless pseudo-random bytes.
 */
export type DeviceKind = 'null' | 'zero' | 'full' | 'random' | 'urandom' | 'tty';

interface InodeBase {
  ino: number;
  /** Permission bits plus the S_IF* type bits, as st_mode. */
  mode: number;
  uid: number;
  gid: number;
  mtime: number;
  nlink: number;
  /** Part of a shared image: never modified in place. */
  frozen?: boolean;
}

export interface FileInode extends InodeBase {
  type: 'file';
  data: string;
  /** Cached UTF-8 length of `data`: st_size and quota accounting. */
  size: number;
}

export interface DirInode extends InodeBase {
  type: 'dir';
  entries: Map<string, Inode>;
  /** The image directory this one overlays (overlayfs' lowerdir). */
  lower?: DirInode;
  /** Names deleted from `lower` (overlayfs' whiteouts). */
  whiteouts?: Set<string>;
}

export interface SymlinkInode extends InodeBase {
  type: 'symlink';
  target: string;
}

export interface DeviceInode extends InodeBase {
  type: 'device';
  device: DeviceKind;
}

export type Inode = FileInode | DirInode | SymlinkInode | DeviceInode;

export const TYPE_BITS: Record<InodeType, number> = {
  file: S_IFREG,
  dir: S_IFDIR,
  symlink: S_IFLNK,
  device: S_IFCHR,
};

/** Bytes `s` takes in UTF-8: sizes are reported as Linux would for the same text. */
export function utf8Length(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
      n += 4;
      i++;
    } else n += 3;
  }
  return n;
}

/**
 * The child named `name` of `dir`, looking through to the lower layer. A lower directory found
 * through a writable overlay directory is given a merged upper twin on first lookup, so that
 * every directory a writer can reach is writable and the image stays untouched.
 */
export function childOf(dir: DirInode, name: string, nextIno?: () => number): Inode | undefined {
  const own = dir.entries.get(name);
  if (own) return own;
  if (!dir.lower || dir.whiteouts?.has(name)) return undefined;
  const below = childOf(dir.lower, name);
  if (!below || below.type !== 'dir' || dir.frozen || !nextIno) return below;
  const twin: DirInode = {
    type: 'dir', ino: nextIno(), mode: below.mode, uid: below.uid, gid: below.gid,
    mtime: below.mtime, nlink: 1, entries: new Map(), lower: below,
  };
  dir.entries.set(name, twin);
  return twin;
}

/** The names in `dir`, upper entries and non-whited-out lower ones, sorted. */
export function namesOf(dir: DirInode): string[] {
  const names = new Set(dir.entries.keys());
  if (dir.lower) {
    for (const n of namesOf(dir.lower)) if (!dir.whiteouts?.has(n)) names.add(n);
  }
  return [...names].sort();
}

/** A shallow copy of `node` that can be changed (copy-up); directories keep looking down. */
export function copyUp(node: Inode, ino: number): Inode {
  switch (node.type) {
    case 'file':
      return { ...node, ino, nlink: 1, frozen: undefined };
    case 'dir':
      return { ...node, ino, frozen: undefined, entries: new Map(), lower: node, whiteouts: undefined };
    case 'symlink':
      return { ...node, ino, frozen: undefined };
    case 'device':
      return { ...node, ino, frozen: undefined };
  }
}

export function isDir(node: Inode | undefined): node is DirInode {
  return node?.type === 'dir';
}
