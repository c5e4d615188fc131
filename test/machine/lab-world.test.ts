import { describe, expect, it } from 'vitest';
import { Machine } from '../../src/machine/machine.ts';

const settle = () => new Promise<void>((resolve) => setImmediate(resolve));

describe('the lab world of a Machine', () => {
  it('reads files on another node, from that node\'s own filesystem and home', async () => {
    const m = new Machine({ seed: 1, host: { settle } });
    await m.ready;
    const node01 = m.cluster.nodes.get('node01')!.fs;
    node01.writeFile('/root/notes.txt', 'on node01\n');
    const world = m.labWorld();
    expect(world.readFile('node01', 'notes.txt')).toBe('on node01\n');
    expect(world.readFile('controlplane', 'notes.txt')).toBeUndefined();
    expect(world.readFile('node02', 'notes.txt')).toBeUndefined();
  });

  it('changes its token when a static pod manifest is written on another node', async () => {
    const m = new Machine({ seed: 1, host: { settle } });
    await m.ready;
    const before = m.labWorld().changeToken();
    m.cluster.nodes.get('node01')!.fs.writeFile('/etc/kubernetes/manifests/broken.yaml', 'not: a pod\n');
    await settle();
    expect(m.labWorld().changeToken()).not.toBe(before);
  });
});
