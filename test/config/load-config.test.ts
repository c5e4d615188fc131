import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { courseInventory, loadSiteConfig } from '../../src/config/load-config.ts';

const root = join(import.meta.dirname, '../..');

describe('loading podlab.config.ts', () => {
  afterEach(() => { delete process.env.PODLAB_CONFIG; });

  it('reads the project\'s own config: every lesson on disk, served from the root', async () => {
    const config = await loadSiteConfig(root);
    expect(config.base).toBe('/');
    expect(config.lessons).toEqual(courseInventory(root).lessons);
    expect(config.lessons[0]).toBe('what-is-a-pod');
  });

  it('refuses a broken config with the file, each field and its reason', async () => {
    process.env.PODLAB_CONFIG = 'test/fixtures/config/broken.config.ts';
    const error = await loadSiteConfig(root).then(() => undefined, (e: Error) => e.message);
    expect(error).toContain('test/fixtures/config/broken.config.ts is not valid:');
    expect(error).toContain('  - base: the folder the site is served from, starting and ending with /');
    expect(error).toContain('  - colors.accent: a colour is #rrggbb');
  });
});
