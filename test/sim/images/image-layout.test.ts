import { describe, it, expect } from 'vitest';
import { ImageCatalog } from '../../../src/sim/images/catalog.ts';
import { imageTree } from '../../../src/sim/images/image-tree.ts';
import { FileSystem } from '../../../src/os/fs/file-system.ts';

const catalog = ImageCatalog.standard();
const fsOf = (ref: string) => {
  const r = catalog.resolve(ref);
  if (!r.ok) throw new Error(r.message);
  return new FileSystem(imageTree(r.spec), () => 0);
};

describe('the filesystem layout of distribution images', () => {
  it.each([
    ['nginx:1.27', '/run'],
    ['nginx:alpine', '../run'],
  ])('links /var/run to /run in %s (target %s)', (ref, target) => {
    expect(fsOf(ref).readlink('/var/run')).toBe(target);
  });

  it.each([['/usr/bin/su', true], ['/usr/bin/mount', true], ['/usr/bin/umount', true], ['/usr/bin/id', false]])(
    'ships %s set-user-ID root in Debian: %s', (path, setuid) => {
      const st = fsOf('nginx:1.27').stat(path);
      expect(st.uid).toBe(0);
      expect((st.mode & 0o4000) !== 0).toBe(setuid);
    });
});
