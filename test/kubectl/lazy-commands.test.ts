import { describe, it, expect } from 'vitest';
import { commands } from '../../src/kubectl/commands/index.ts';
import { lazyCommands } from '../../src/kubectl/lazy-commands.ts';

describe('kubectl commands loaded on first use', () => {
  it('names the same commands as the full tree, in its order, hiding the same ones', () => {
    const shape = (c: { name: string; aliases?: string[]; hidden?: boolean }) => ({ name: c.name, aliases: c.aliases ?? [], hidden: c.hidden ?? false });
    expect(lazyCommands().map(shape)).toEqual(commands().map(shape));
  });

  it('loads each command with the flags and subcommands the full tree has', async () => {
    const full = commands();
    const loaded = await Promise.all(lazyCommands().map((c) => c.load()));
    for (const [i, c] of loaded.entries()) {
      expect(c.name).toBe(full[i].name);
      expect(c.flags).toEqual(full[i].flags);
      expect(c.subcommands?.map((s) => s.name)).toEqual(full[i].subcommands?.map((s) => s.name));
      expect(typeof c.run === 'function' || c.subcommands !== undefined).toBe(true);
    }
  });

  it('loads a command once per tree, and help (which loads all the others) without waiting on itself', async () => {
    const tree = lazyCommands();
    const get = tree.find((c) => c.name === 'get')!;
    expect(await get.load()).toBe(await get.load());
    const help = await tree.find((c) => c.name === 'help')!.load();
    expect(help.name).toBe('help');
  });
});
