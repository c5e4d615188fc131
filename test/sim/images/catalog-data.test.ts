import { describe, it, expect } from 'vitest';
import { ImageCatalog } from '../../../src/sim/images/catalog.ts';
import { imageTree } from '../../../src/sim/images/image-tree.ts';
import { FileSystem } from '../../../src/os/fs/file-system.ts';
import { ProgramRegistry } from '../../../src/os/exec.ts';
import { registerImagePrograms } from '../../../src/sim/images/programs/index.ts';
import { findExecutable, lookupCommand } from '../../../src/sim/runtime/exec-resolve.ts';
import { processArgs } from '../../../src/sim/runtime/process-spec.ts';
import { ROOT } from '../../../src/os/fs/cred.ts';

const specs = ImageCatalog.standard().specs();

describe('the catalog data', () => {
  it('gives every image distinct 64-hex digests', () => {
    const digests = specs.flatMap((s) => [s.repoDigest, s.configDigest]);
    for (const d of digests) expect(d).toMatch(/^sha256:[0-9a-f]{64}$/);
    expect(new Set(digests).size).toBe(digests.length);
  });

  it('never gives one tag of a repository to two images', () => {
    const seen = new Set<string>();
    for (const s of specs) for (const t of s.tags) {
      expect(seen.has(`${s.repository}:${t}`)).toBe(false);
      seen.add(`${s.repository}:${t}`);
    }
  });

  it.each(specs.filter((s) => s.config.entrypoint || s.config.cmd).map((s) => [`${s.repository}:${s.tags[0]}`, s] as const))(
    'builds %s and finds its default command, run by a registered program or a shell', (_name, spec) => {
      const fs = new FileSystem(imageTree(spec), () => 0);
      const path = spec.config.env.find((e) => e.startsWith('PATH='))!.slice(5);
      const argv = processArgs(spec.config);
      const found = findExecutable(argv[0], { fs, registry: new ProgramRegistry(), cwd: spec.config.workingDir, cred: ROOT, path });
      expect(found.ok).toBe(true);
      const registry = registerImagePrograms(new ProgramRegistry());
      for (const shell of ['sh', 'busybox']) registry.register(shell, async () => 0);
      expect(lookupCommand(argv, { fs, registry, cwd: '/', cred: ROOT, path }).ok).toBe(true);
    });
});
