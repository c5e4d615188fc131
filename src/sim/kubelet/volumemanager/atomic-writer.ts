// Writes a volume's files the way the kubelet does for configMap, secret, downwardAPI and
// projected volumes: the payload goes into a fresh `..<timestamp>` folder, the `..data` symlink
// is switched to it in one step, and each top-level name is a symlink through `..data`. A
// reader therefore never sees half an update, and `ls -la` shows the kubelet's layout.
// Models pkg/volume/util/atomic_writer.go (AtomicWriter.Write)

import { ROOT } from '../../../os/fs/cred.ts';
import type { FileSystem } from '../../../os/fs/file-system.ts';

export interface FileProjection {
  data: string;
  /** Permission bits. */
  mode: number;
}

/** Path (relative, may contain folders) → content. */
export type Payload = Map<string, FileProjection>;

export const DATA_DIR = '..data';

/** `..2026_01_05_09_00_00.1234567890`: Go's `2006_01_02_15_04_05.` layout plus os.MkdirTemp's number. */
export function timestampDirName(nowMs: number, random: number): string {
  const iso = new Date(nowMs).toISOString();
  return `..${iso.slice(0, 4)}_${iso.slice(5, 7)}_${iso.slice(8, 10)}_${iso.slice(11, 13)}_${iso.slice(14, 16)}_${iso.slice(17, 19)}.${random}`;
}

function samePayload(fs: FileSystem, dir: string, payload: Payload): boolean {
  for (const [path, file] of payload) {
    const full = `${dir}/${path}`;
    if (!fs.exists(full)) return false;
    if (fs.readFile(full) !== file.data || (fs.stat(full).mode & 0o7777) !== file.mode) return false;
  }
  const count = (d: string): number => fs.readdir(d).reduce((n, name) => n + (fs.stat(`${d}/${name}`).type === 'dir' ? count(`${d}/${name}`) : 1), 0);
  return count(dir) === payload.size;
}

/**
 * Writes `payload` under `root` of `fs` (the volume's own tree). Returns false when the payload
 * is what the volume already holds, so nothing changed.
 */
export function writePayload(fs: FileSystem, root: string, payload: Payload, dirName: string): boolean {
  const base = root === '/' ? '' : root;
  const dataLink = `${base}/${DATA_DIR}`;
  const old = fs.exists(dataLink) ? fs.readlink(dataLink) : undefined;
  if (old && samePayload(fs, `${base}/${old}`, payload)) return false;
  const tsDir = `${base}/${dirName}`;
  fs.mkdir(tsDir, { mode: 0o755 });
  for (const [path, file] of [...payload].sort(([a], [b]) => a.localeCompare(b))) {
    const full = `${tsDir}/${path}`;
    const parent = full.slice(0, full.lastIndexOf('/'));
    if (parent !== tsDir) fs.mkdir(parent, { recursive: true, mode: 0o755 });
    fs.writeFile(full, file.data, { mode: file.mode });
    fs.chmod(full, file.mode);
  }
  // The new ..data appears by rename, as atomic_writer swaps a `..data_tmp` link into place.
  fs.symlink(dirName, `${base}/..data_tmp`);
  fs.rename(`${base}/..data_tmp`, dataLink);
  const tops = new Set([...payload.keys()].map((p) => p.split('/')[0]));
  for (const name of tops) {
    const link = `${base}/${name}`;
    if (!fs.exists(link) && !isLink(fs, link)) fs.symlink(`${DATA_DIR}/${name}`, link);
  }
  // Names the new payload no longer has lose their symlinks; the old folder goes.
  for (const name of fs.readdir(root)) {
    if (name.startsWith('..') || tops.has(name)) continue;
    if (isLink(fs, `${base}/${name}`)) fs.unlink(`${base}/${name}`, ROOT);
  }
  if (old && old !== dirName) fs.remove(`${base}/${old}`, { recursive: true });
  return true;
}

function isLink(fs: FileSystem, path: string): boolean {
  try {
    return fs.lstat(path).type === 'symlink';
  } catch {
    return false;
  }
}
