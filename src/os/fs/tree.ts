// A filesystem tree: what a mount attaches. One tree can be mounted in many FileSystems at once
// (a pod's emptyDir seen by two containers, a node folder reached through hostPath), so the
// tree — not the mount — owns the inode numbers and the byte quota.

import { FsError } from './errors.ts';
import { S_IFDIR, copyUp, type DirInode, type Inode } from './inode.ts';

export interface TreeOptions {
  /** Byte limit on file contents (emptyDir sizeLimit, a container's disk); ENOSPC beyond it. */
  limit?: number;
  /** A tmpfs: its file contents are memory, charged to the memory cgroup of whoever writes them. */
  memory?: boolean;
  /** mtime of the root directory. */
  mtime?: number;
  /** Permission bits of the root directory (default 0o755). */
  mode?: number;
  uid?: number;
  gid?: number;
}

export class Tree {
  readonly root: DirInode;
  limit: number | undefined;
  readonly memory: boolean;
  /** Bytes of file content currently stored in this tree (image layers below not counted). */
  used = 0;
  /** Called after `used` changed (the kubelet watching an emptyDir against its sizeLimit). */
  onChange: (() => void) | undefined;
  private lastIno: number;

  constructor(options: TreeOptions = {}, root?: DirInode) {
    this.limit = options.limit;
    this.memory = options.memory ?? false;
    this.lastIno = root ? root.ino : 1;
    this.root = root ?? {
      type: 'dir', ino: 1, mode: S_IFDIR | (options.mode ?? 0o755), uid: options.uid ?? 0,
      gid: options.gid ?? 0, mtime: options.mtime ?? 0, nlink: 1, entries: new Map(),
    };
  }

  /**
   * A writable tree over a sealed image tree (overlayfs upperdir over lowerdir): reads fall
   * through, the first write to an image file copies it up, deletions leave whiteouts.
   * The lower tree is shared by reference, so a thousand containers cost one image.
   */
  static overlay(lower: Tree, options: TreeOptions = {}): Tree {
    if (!lower.sealed) lower.seal();
    return new Tree(options, copyUp(lower.root, 1) as DirInode);
  }

  nextIno = (): number => ++this.lastIno;

  /** Freezes every inode: the tree becomes a read-only image that overlays can share. */
  seal(): this {
    const freeze = (node: Inode): void => {
      node.frozen = true;
      if (node.type === 'dir') {
        for (const child of node.entries.values()) freeze(child);
        if (node.lower && !node.lower.frozen) freeze(node.lower);
      }
    };
    freeze(this.root);
    return this;
  }

  get sealed(): boolean {
    return this.root.frozen === true;
  }

  /** Accounts a change in stored bytes, refusing growth past the limit. */
  charge(delta: number, path: string): void {
    if (delta > 0 && this.limit !== undefined && this.used + delta > this.limit) {
      throw new FsError('ENOSPC', path);
    }
    this.used = Math.max(0, this.used + delta);
    if (delta !== 0) this.onChange?.();
  }
}
