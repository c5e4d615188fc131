// fsGroup: every file of a volume becomes group-owned by the pod's fsGroup, readable (and, on a
// writable volume, writable) by that group; folders get the setgid bit so new files inherit the
// group — `ls -l` shows `drwxrwsrwx 2 root 2000` for an emptyDir.
// Models pkg/volume/volume_linux.go (SetVolumeOwnership, changeFilePermission)

import { ROOT } from '../../../os/fs/cred.ts';
import type { FileSystem } from '../../../os/fs/file-system.ts';

const RW_MASK = 0o660;
const RO_MASK = 0o440;
const EXEC_MASK = 0o110;
const SETGID = 0o2000;

/** The new permission bits of one file or folder (symlinks keep theirs). */
export function ownershipMode(mode: number, isDir: boolean, readOnly: boolean): number {
  let mask = readOnly ? RO_MASK : RW_MASK;
  if (isDir) mask |= SETGID | EXEC_MASK;
  return (mode & 0o7777) | mask;
}

export function setVolumeOwnership(fs: FileSystem, root: string, fsGroup: number, readOnly: boolean): void {
  const walk = (path: string) => {
    const r = fs.resolve(path, ROOT, { follow: false });
    const node = r.node!;
    // Lchown: a symlink's own group changes, never its target's through it.
    node.gid = fsGroup;
    if (node.type === 'symlink') return;
    fs.chmod(path, ownershipMode(node.mode, node.type === 'dir', readOnly));
    if (node.type === 'dir') for (const name of fs.readdir(path)) walk(path === '/' ? `/${name}` : `${path}/${name}`);
  };
  walk(root);
}
