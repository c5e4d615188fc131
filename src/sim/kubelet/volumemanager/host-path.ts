// A hostPath volume: a folder or file of the node's own filesystem, checked against its `type`
// (or made, for the *OrCreate types) before the container sees it.
// Models pkg/volume/hostpath/host_path.go (checkType, checkTypeInternal) and containerd's CRI
// WithMounts, which makes a missing bind source as a folder when no type asks otherwise.

import type { FileSystem, MountSource } from '../../../os/fs/file-system.ts';

export type HostPathResult = { ok: true; source: MountSource } | { ok: false; message: string };

function kindOf(fs: FileSystem, path: string): string | undefined {
  try {
    return fs.stat(path).type;
  } catch {
    return undefined;
  }
}

export function hostPathSource(fs: FileSystem, path: string, type: string | undefined): HostPathResult {
  const fail = (what: string): HostPathResult => ({ ok: false, message: `hostPath type check failed: ${path} is not ${what}` });
  let kind = kindOf(fs, path);
  try {
    if (kind === undefined && (type === 'DirectoryOrCreate' || !type)) fs.mkdir(path, { recursive: true, mode: 0o755 });
    else if (kind === undefined && type === 'FileOrCreate') fs.writeFile(path, '', { mode: 0o644 });
  } catch (e) {
    return { ok: false, message: `open ${path}: ${(e as Error).message.toLowerCase()}` };
  }
  kind = kindOf(fs, path);
  switch (type) {
    case 'DirectoryOrCreate': case 'Directory':
      if (kind !== 'dir') return fail('a directory');
      break;
    case 'FileOrCreate': case 'File':
      if (kind !== 'file') return fail('a file');
      break;
    case 'Socket':
      if (kind !== 'socket') return fail('a socket file');
      break;
    case 'CharDevice':
      if (kind !== 'device') return fail('a character device');
      break;
    case 'BlockDevice':
      return fail('a block device');
  }
  return { ok: true, source: fs.bindSource(path) };
}
