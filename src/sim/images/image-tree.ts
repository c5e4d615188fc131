// An image's filesystem, built once from its layers and sealed: every container of the image
// overlays the same tree (Tree.overlay), so a thousand containers cost one image.

import { binary } from '../../os/exec.ts';
import { FileSystem } from '../../os/fs/file-system.ts';
import { Tree } from '../../os/fs/tree.ts';
import * as paths from '../../os/path.ts';
import type { DirInode } from '../../os/fs/inode.ts';
import type { FileSpec, ImageSpec } from './image-spec.ts';
import { baseLayer, layerReady } from './layers/index.ts';

/** The instant image files carry as mtime when an image does not say (its build date). */
const DEFAULT_BUILD_TIME = Date.UTC(2024, 10, 26, 18, 42, 8);

const built = new Map<string, Tree>();

/** Whether imageTree(spec) can build now; else loadImageContents() first. */
export function imageTreeReady(spec: ImageSpec): boolean {
  return built.has(spec.configDigest) || spec.layers.every(layerReady);
}

/** The sealed tree of `spec`, built on first use and shared afterwards. */
export function imageTree(spec: ImageSpec): Tree {
  let tree = built.get(spec.configDigest);
  if (!tree) {
    tree = buildTree(spec);
    built.set(spec.configDigest, tree);
  }
  return tree;
}

function buildTree(spec: ImageSpec): Tree {
  const created = spec.about?.created ? Date.parse(spec.about.created) : DEFAULT_BUILD_TIME;
  const tree = new Tree({ mtime: created });
  const fs = new FileSystem(tree, () => created);
  for (const name of spec.layers) {
    const entries = baseLayer(name);
    if (!entries) throw new Error(`image ${spec.repository}: unknown layer "${name}"`);
    applyEntries(fs, entries);
  }
  applyEntries(fs, spec.files);
  return tree.seal();
}

/** Writes layer entries into a filesystem; later entries replace earlier ones, as layers do. */
export function applyEntries(fs: FileSystem, entries: FileSpec[]): void {
  for (const entry of entries) {
    const parent = paths.dirname(entry.path);
    if (!fs.exists(parent)) fs.mkdir(parent, { recursive: true });
    if (entry.type !== 'append' && entry.type !== 'dir' && exists(fs, entry.path)) fs.remove(entry.path, { recursive: true });
    switch (entry.type) {
      case 'dir':
        if (!exists(fs, entry.path)) fs.mkdir(entry.path, { mode: entry.mode ?? 0o755 });
        else fs.chmod(entry.path, entry.mode ?? 0o755);
        break;
      case 'file':
        fs.writeFile(entry.path, entry.content, { mode: entry.mode ?? 0o644 });
        fs.chmod(entry.path, entry.mode ?? 0o644);
        break;
      case 'binary':
        fs.writeFile(entry.path, binary(entry.program), { mode: entry.mode ?? 0o755 });
        fs.chmod(entry.path, entry.mode ?? 0o755);
        break;
      case 'symlink':
        fs.symlink(entry.target, entry.path);
        break;
      case 'hardlink':
        hardlink(fs, entry.target, entry.path);
        break;
      case 'append':
        fs.appendFile(entry.path, entry.content);
        break;
    }
    if ((entry.type === 'dir' || entry.type === 'file' || entry.type === 'binary') && (entry.uid !== undefined || entry.gid !== undefined)) {
      fs.chown(entry.path, entry.uid ?? 0, entry.gid ?? 0);
    }
  }
}

function exists(fs: FileSystem, path: string): boolean {
  try {
    fs.lstat(path);
    return true;
  } catch {
    return false;
  }
}

/** One inode under two names: the image builder reaches into the tree, as `ln` would. */
function hardlink(fs: FileSystem, target: string, path: string): void {
  const node = fs.resolve(target, fsRoot, { follow: false }).node!;
  const where = fs.resolve(path, fsRoot, { follow: false, allowMissing: true });
  (where.parent.node as DirInode).entries.set(where.name, node);
  node.nlink++;
}

const fsRoot = { uid: 0, gid: 0, groups: [0] };
