import { describe, expect, it } from 'vitest';
import { Network } from '../../../../src/os/net.ts';
import { httpProbe } from '../../../../src/sim/kubelet/prober/http-probe.ts';
import { tcpProbe } from '../../../../src/sim/kubelet/prober/tcp-probe.ts';
import { grpcProbe } from '../../../../src/sim/kubelet/prober/grpc-probe.ts';
import type { TimeoutRace } from '../../../../src/sim/kubelet/prober/probe-outcome.ts';

const noTimeout: TimeoutRace = { race: (work) => work };
const never: TimeoutRace = { race: async () => 'timeout' };

function pod() {
  const network = new Network();
  const net = network.namespace(['10.244.1.5'], 'web');
  return { network, net };
}

const target = (port: number, path = '/healthz') => ({ scheme: 'HTTP', host: '10.244.1.5', port, path, headers: [] });

describe('httpGet probes', () => {
  it('fails with Go\'s dial error when nothing listens', async () => {
    const { net } = pod();
    expect(await httpProbe(net, target(8080), 1000, noTimeout)).toEqual({
      result: 'failure', output: 'Get "http://10.244.1.5:8080/healthz": dial tcp 10.244.1.5:8080: connect: connection refused',
    });
  });

  it('succeeds for 200-399 and fails with the status code otherwise', async () => {
    const { net } = pod();
    let status = 200;
    net.listen(80, { http: async () => ({ status, headers: {}, body: 'ok' }) });
    expect((await httpProbe(net, target(80), 1000, noTimeout)).result).toBe('success');
    status = 301;
    expect((await httpProbe(net, target(80), 1000, noTimeout)).result).toBe('success');
    status = 404;
    expect(await httpProbe(net, target(80), 1000, noTimeout)).toEqual({ result: 'failure', output: 'HTTP probe failed with statuscode: 404' });
  });

  it('sends the kube-probe user agent and the probe\'s headers', async () => {
    const { net } = pod();
    let seen: Record<string, string> = {};
    let path = '';
    net.listen(80, { http: async (req) => { seen = req.headers; path = req.path; return { status: 200, headers: {}, body: '' }; } });
    await httpProbe(net, { ...target(80, '/live?x=1'), headers: [{ name: 'Custom-Header', value: 'Awesome' }] }, 1000, noTimeout);
    expect(seen['User-Agent']).toBe('kube-probe/1.33');
    expect(seen['Custom-Header']).toBe('Awesome');
    expect(path).toBe('/live?x=1');
  });

  it('reports a timeout as Go\'s client does', async () => {
    const { net } = pod();
    net.listen(80, { http: () => new Promise(() => {}) });
    expect(await httpProbe(net, target(80), 1000, never)).toEqual({
      result: 'failure', output: 'Get "http://10.244.1.5:80/healthz": context deadline exceeded (Client.Timeout exceeded while awaiting headers)',
    });
  });
});

describe('tcpSocket probes', () => {
  it('succeed when a server listens and fail with the dial error otherwise', () => {
    const { net } = pod();
    expect(tcpProbe(net, '10.244.1.5', 8080)).toEqual({ result: 'failure', output: 'dial tcp 10.244.1.5:8080: connect: connection refused' });
    net.listen(8080, {});
    expect(tcpProbe(net, '10.244.1.5', 8080).result).toBe('success');
  });
});

describe('grpc probes', () => {
  it('report SERVING as healthy and other statuses as unhealthy', async () => {
    const { net } = pod();
    let serving = 'SERVING';
    net.listen(2379, { http: async () => ({ status: 200, headers: { 'content-type': 'application/grpc', 'grpc-status': '0' }, body: serving }) });
    expect(await grpcProbe(net, '10.244.1.5', 2379, '', 1000, noTimeout)).toEqual({ result: 'success', output: 'service healthy' });
    serving = 'NOT_SERVING';
    expect(await grpcProbe(net, '10.244.1.5', 2379, '', 1000, noTimeout)).toEqual({ result: 'failure', output: 'service unhealthy (responded with "NOT_SERVING")' });
  });

  it('time out connecting when nothing listens', async () => {
    const { net } = pod();
    expect(await grpcProbe(net, '10.244.1.5', 2379, '', 1000, noTimeout)).toEqual({
      result: 'failure', output: 'timeout: failed to connect service "10.244.1.5:2379" within 1s: context deadline exceeded',
    });
  });
});
