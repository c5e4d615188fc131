import { describe, it, expect } from 'vitest';
import { FileSystem } from '../../../src/os/fs/file-system.ts';
import { Tree } from '../../../src/os/fs/tree.ts';
import { deserialize, restore, serialize } from '../../../src/os/fs/serialize.ts';

describe('serialize and deserialize', () => {
  it('round-trips a home folder through JSON with modes, owners, times and links', () => {
    const home = new Tree();
    const fs = new FileSystem(home, () => 42);
    fs.mkdir('/.kube');
    fs.writeFile('/.kube/config', 'apiVersion: v1\n', { mode: 0o600 });
    fs.chown('/.kube/config', 1000, 1000);
    fs.writeFile('/pod.yaml', 'kind: Pod\n');
    fs.symlink('pod.yaml', '/latest.yaml');
    const json = JSON.parse(JSON.stringify(serialize(home)));
    const back = new FileSystem(deserialize(json), () => 0);
    expect(back.readFile('/latest.yaml')).toBe('kind: Pod\n');
    const st = back.stat('/.kube/config');
    expect([st.mode & 0o777, st.uid, st.mtime]).toEqual([0o600, 1000, 42]);
    expect(serialize(deserialize(json))).toEqual(json);
  });

  it('flattens an overlay so the saved tree does not need the image', () => {
    const image = new Tree();
    new FileSystem(image, () => 0).writeFile('/from-image', 'i');
    const upper = Tree.overlay(image);
    const fs = new FileSystem(upper, () => 0);
    fs.writeFile('/mine', 'm');
    const back = new FileSystem(deserialize(serialize(upper)), () => 0);
    expect(back.readdir('/')).toEqual(['from-image', 'mine']);
  });

  it('restores a saved folder into a path of another filesystem', () => {
    const saved = new Tree();
    new FileSystem(saved, () => 7).writeFile('/notes.txt', 'hello');
    const machine = new FileSystem(new Tree(), () => 100);
    restore(machine, '/root', serialize(saved));
    expect(machine.readFile('/root/notes.txt')).toBe('hello');
    expect(machine.stat('/root/notes.txt').mtime).toBe(7);
  });

  it('rejects data that is not a saved tree', () => {
    expect(() => deserialize({ version: 2 } as never)).toThrow('Invalid argument');
  });
});
