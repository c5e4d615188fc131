import { describe, expect, it } from 'vitest';
import { Machine } from '../../src/machine/machine.ts';
import { resolveConfig } from '../../src/config/resolve-config.ts';

const settle = () => new Promise<void>((resolve) => setImmediate(resolve));

const site = (() => {
  const r = resolveConfig({
    cluster: { nodes: [{ name: 'cp1', role: 'control-plane' }, { name: 'pool-a', cpu: '8', memory: '16Gi' }] },
    images: [{ image: 'registry.acme.example/platform/hello:1.0', from: 'busybox:1.36', cmd: ['sh', '-c', 'cat /etc/motd; sleep 3600'], files: [{ path: '/etc/motd', content: 'hello from acme\n' }] }],
  }, { lessons: ['l'], labs: [] });
  if (!r.ok) throw new Error(r.problems.join('\n'));
  return r.config.machine;
})();

describe('a machine on a site with podlab.config.ts', () => {
  it('starts the configured cluster, with the learner on its control-plane node', async () => {
    const m = new Machine({ seed: 1, host: { settle, site } });
    await m.ready;
    expect(m.hostname).toBe('cp1');
    expect([...m.cluster.nodes.keys()]).toEqual(['cp1', 'pool-a']);
    const node = await m.cluster.api.get({ resource: 'nodes', name: 'pool-a' } as never);
    expect(JSON.stringify(node)).toContain('"memory":"16Gi"');
  });

  it('has the configured image in its registries, which a plain machine lacks', async () => {
    const m = new Machine({ seed: 1, host: { settle, site } });
    await m.ready;
    expect(m.cluster.catalog.resolve('registry.acme.example/platform/hello:1.0').ok).toBe(true);
    expect(new Machine({ seed: 1, host: { settle } }).cluster.catalog.resolve('registry.acme.example/platform/hello:1.0').ok).toBe(false);
  });
});
