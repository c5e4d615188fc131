import { describe, it, expect } from 'vitest';
import { ProgramRegistry } from '../../../src/os/exec.ts';
import { ImageCatalog } from '../../../src/sim/images/catalog.ts';
import { imageContents, loadImageContents } from '../../../src/sim/images/contents-loader.ts';
import { imageTree, imageTreeReady } from '../../../src/sim/images/image-tree.ts';
import { ENTRYPOINT_NAMES, registerImagePrograms } from '../../../src/sim/images/programs/index.ts';

describe('image contents loaded with the first pull', () => {
  it('registers a stand-in for every entrypoint program the contents chunk has, and no other', async () => {
    const contents = await loadImageContents();
    expect(Object.keys(contents.entrypointPrograms(new ProgramRegistry()))).toEqual([...ENTRYPOINT_NAMES]);
    const registry = registerImagePrograms(new ProgramRegistry());
    for (const name of [...ENTRYPOINT_NAMES, 'pause', 'kube-apiserver']) expect(registry.get(name)).toBeDefined();
  });

  it('builds the tree of every catalog image once loaded', async () => {
    await loadImageContents();
    expect(imageContents()).toBeDefined();
    for (const spec of ImageCatalog.standard().specs()) {
      expect(imageTreeReady(spec)).toBe(true);
      expect(imageTree(spec)).toBeDefined();
    }
  });
});
