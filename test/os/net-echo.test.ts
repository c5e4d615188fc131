import { describe, expect, it } from 'vitest';
import { inCidr, Network } from '../../src/os/net.ts';

function flannel() {
  const network = new Network();
  network.addPodRoute('10.244.0.0/24', '172.30.1.2');
  network.addPodRoute('10.244.1.0/24', '172.30.2.2');
  const ns = {
    controlplane: network.namespace(['172.30.1.2'], 'controlplane'),
    node01: network.namespace(['172.30.2.2'], 'node01'),
    a: network.namespace(['10.244.1.2'], 'a'),
    b: network.namespace(['10.244.1.3'], 'b'),
    c: network.namespace(['10.244.0.4'], 'c'),
  };
  return { network, ...ns };
}

describe('ICMP echo on the pod network', () => {
  it.each([
    ['a', '10.244.1.3', 64, 'node'],
    ['a', '172.30.2.2', 64, 'node'],
    ['a', '10.244.0.4', 62, 'cluster'],
    ['a', '172.30.1.2', 63, 'cluster'],
    ['controlplane', '10.244.1.3', 63, 'cluster'],
    ['controlplane', '172.30.2.2', 64, 'cluster'],
    ['a', '127.0.0.1', 64, 'local'],
    ['a', '10.244.1.2', 64, 'local'],
  ] as const)('from %s, %s answers with ttl=%i', (from, to, ttl, path) => {
    expect(flannel()[from].echo(to)).toEqual({ ttl, path });
  });

  it('gets no answer from an address no namespace holds', () => {
    expect(flannel().a.echo('10.244.1.99')).toBeUndefined();
  });

  it('knows pod namespaces from node ones by the pod CIDRs', () => {
    const n = flannel();
    expect(n.a.onPodNetwork).toBe(true);
    expect(n.node01.onPodNetwork).toBe(false);
    expect(inCidr('10.244.1.200', '10.244.1.0', 24)).toBe(true);
    expect(inCidr('10.244.2.1', '10.244.1.0', 24)).toBe(false);
  });
});

describe('stream connections', () => {
  it('hands a stream listener its end and carries text both ways', async () => {
    const n = flannel();
    let server: import('../../src/os/net.ts').Socket | undefined;
    n.b.listen(9000, { stream: (s) => { server = s; return true; } });
    const client = n.a.connect('10.244.1.3', 9000);
    if ('code' in client) throw new Error(client.message);
    expect(client.local).toBe('10.244.1.2:32768');
    expect(server?.remote).toBe('10.244.1.2:32768');
    client.output.write('ping\n');
    server!.output.write('pong\n');
    expect(await server!.input.read()).toBe('ping\n');
    expect(await client.input.read()).toBe('pong\n');
  });

  it('refuses a port nothing listens on, and reports the listeners with their owners', () => {
    const n = flannel();
    expect(n.a.connect('10.244.1.3', 9000)).toEqual({ code: 'ECONNREFUSED', message: 'connection refused' });
    n.b.listen(8080, { accept: () => {} }, undefined, { pid: 1, program: 'nc', family: 'tcp6' });
    n.b.listen(80, { accept: () => {} });
    expect(n.b.sockets()).toEqual([{ port: 80 }, { port: 8080, pid: 1, program: 'nc', family: 'tcp6' }]);
  });
});
