// ping, nc, netstat and ip as a learner meets them in a busybox container of a pod, and ping on
// a node; the expected texts are busybox 1.36's and iputils' own formats.
import { describe, expect, it } from 'vitest';
import { Network } from '../../../src/os/net.ts';
import { Pipe } from '../../../src/os/pipe.ts';
import { coreutils } from '../../../src/shell/programs/flavour.ts';
import { ping } from '../../../src/shell/programs/ping.ts';
import { programMachine, settle } from '../../support/programs/program-machine.ts';

function cluster(flavour: 'coreutils' | 'busybox' = 'busybox') {
  const network = new Network();
  network.addPodRoute('10.244.0.0/24', '172.30.1.2');
  network.addPodRoute('10.244.1.0/24', '172.30.2.2');
  network.addName('node01', '172.30.2.2');
  const node01 = network.namespace(['172.30.2.2'], 'node01');
  const here = flavour === 'busybox' ? network.namespace(['10.244.1.2'], 'client') : network.namespace(['172.30.1.2'], 'controlplane');
  const neighbour = network.namespace(['10.244.1.3'], 'server');
  const remote = network.namespace(['10.244.0.5'], 'remote');
  const m = programMachine({ flavour, system: { net: here } });
  m.registry.register('ping', (ctx) => ping(ctx, coreutils));
  return { ...m, network, here, neighbour, remote, node01 };
}

describe('busybox ping', () => {
  it('gets one reply a second of virtual time from a pod on the same node, then the statistics', async () => {
    const m = cluster();
    const start = m.clock.now();
    const r = await m.run(['ping', '-c', '3', '10.244.1.3']);
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/^PING 10\.244\.1\.3 \(10\.244\.1\.3\): 56 data bytes\n64 bytes from 10\.244\.1\.3: seq=0 ttl=64 time=0\.\d{3} ms\n64 bytes from 10\.244\.1\.3: seq=1 ttl=64 time=0\.\d{3} ms\n64 bytes from 10\.244\.1\.3: seq=2 ttl=64 time=0\.\d{3} ms\n\n--- 10\.244\.1\.3 ping statistics ---\n3 packets transmitted, 3 packets received, 0% packet loss\nround-trip min\/avg\/max = 0\.\d{3}\/0\.\d{3}\/0\.\d{3} ms\n$/);
    expect(m.clock.now() - start).toBe(2000);
  });

  it('prints the same round trips for the same run', async () => {
    expect((await cluster().run(['ping', '-c', '2', '10.244.1.3'])).stdout).toBe((await cluster().run(['ping', '-c', '2', '10.244.1.3'])).stdout);
  });

  it('sees ttl=62 from a pod on another node: each node routes the packet once', async () => {
    expect((await cluster().run(['ping', '-c', '1', '10.244.0.5'])).stdout).toContain(': seq=0 ttl=62 time=');
  });

  it('loses every packet to an address no pod has, waits -W seconds after the last and fails', async () => {
    const m = cluster();
    const start = m.clock.now();
    const r = await m.run(['ping', '-c', '2', '10.244.1.99']);
    expect(r).toEqual({
      stdout: 'PING 10.244.1.99 (10.244.1.99): 56 data bytes\n\n--- 10.244.1.99 ping statistics ---\n2 packets transmitted, 0 packets received, 100% packet loss\n',
      stderr: '', status: 1,
    });
    expect(m.clock.now() - start).toBe(11000);
  });

  it('stops at the -w deadline', async () => {
    const m = cluster();
    const r = await m.run(['ping', '-w', '3', '10.244.1.3']);
    expect(r.stdout).toContain('3 packets transmitted, 3 packets received, 0% packet loss\n');
    expect(r.status).toBe(0);
  });

  it('prints the statistics when Ctrl-C stops it', async () => {
    const m = cluster();
    const r = await m.run(['ping', '10.244.1.3'], { until: m.clock.now() + 2500 });
    expect(r.stdout).toMatch(/seq=2 ttl=64[^\n]*\n\n--- 10\.244\.1\.3 ping statistics ---\n3 packets transmitted, 3 packets received, 0% packet loss\n/);
    expect(r.status).toBe(0);
  });

  it('says bad address for a name nothing resolves', async () => {
    expect(await cluster().run(['ping', 'nope'])).toEqual({ stdout: '', stderr: "ping: bad address 'nope'\n", status: 1 });
  });

  it('needs CAP_NET_RAW: with every capability dropped it is refused', async () => {
    const r = await cluster().run(['ping', '-c', '1', '10.244.1.3'], { cred: { uid: 0, gid: 0, groups: [0], caps: new Set() } });
    expect(r).toEqual({ stdout: '', stderr: 'ping: permission denied (are you root?)\n', status: 1 });
  });

  it('falls back to an ICMP datagram socket when ping_group_range holds the group', async () => {
    const m = cluster();
    m.here.pingGroupRange = [0, 2147483647];
    const r = await m.run(['ping', '-c', '1', '10.244.1.3'], { cred: { uid: 1000, gid: 1000, groups: [1000], caps: new Set() } });
    expect(r.status).toBe(0);
  });
});

describe('iputils ping on a node', () => {
  it('numbers replies from 1, names the node and sums up with time and mdev', async () => {
    const r = await cluster('coreutils').run(['ping', '-c', '2', 'node01']);
    expect(r.stdout).toMatch(/^PING node01 \(172\.30\.2\.2\) 56\(84\) bytes of data\.\n64 bytes from node01 \(172\.30\.2\.2\): icmp_seq=1 ttl=64 time=[\d.]+ ms\n64 bytes from node01 \(172\.30\.2\.2\): icmp_seq=2 ttl=64 time=[\d.]+ ms\n\n--- node01 ping statistics ---\n2 packets transmitted, 2 received, 0% packet loss, time 1001ms\nrtt min\/avg\/max\/mdev = [\d.]+\/[\d.]+\/[\d.]+\/[\d.]+ ms\n$/);
  });

  it('sees ttl=63 from a pod on another node and reports unknown names with exit 2', async () => {
    const m = cluster('coreutils');
    expect((await m.run(['ping', '-c', '1', '10.244.1.3'])).stdout).toContain('icmp_seq=1 ttl=63 ');
    expect(await m.run(['ping', 'nope'])).toEqual({ stdout: '', stderr: 'ping: nope: Name or service not known\n', status: 2 });
  });
});

describe('busybox nc', () => {
  it('carries text both ways between a listener and a client', async () => {
    const m = cluster();
    const serverIn = new Pipe();
    serverIn.write('hi client\n');
    serverIn.close();
    const server = m.start(['nc', '-l', '-p', '8080'], { stdin: serverIn });
    await settle();
    const r = await m.run(['nc', '10.244.1.2', '8080'], { stdin: 'hello server\n' });
    expect(r).toEqual({ stdout: 'hi client\n', stderr: '', status: 0 });
    expect((await server.proc.wait()).code).toBe(0);
    expect(server.stdout.drain()).toBe('hello server\n');
  });

  it('fails a second listener on the same port of the pod with Address in use', async () => {
    const m = cluster();
    m.start(['nc', '-l', '-p', '8080']);
    await settle();
    expect(await m.run(['nc', '-l', '-p', '8080'])).toEqual({ stdout: '', stderr: 'nc: bind: Address in use\n', status: 1 });
  });

  it('checks a port with -z -v, keeping quiet about a refusal at one -v', async () => {
    const m = cluster();
    m.neighbour.listen(80, { accept: () => {} });
    expect(await m.run(['nc', '-z', '-v', '10.244.1.3', '80'])).toEqual({ stdout: '', stderr: '10.244.1.3 (10.244.1.3:80) open\n', status: 0 });
    expect(await m.run(['nc', '-z', '-v', '10.244.1.3', '81'])).toEqual({ stdout: '', stderr: '', status: 1 });
    expect(await m.run(['nc', '-z', '-vv', '10.244.1.3', '81'])).toEqual({ stdout: '', stderr: 'nc: 10.244.1.3 (10.244.1.3:81): Connection refused\nsent 0, rcvd 0\n', status: 1 });
  });

  it('sends what it reads to an HTTP server and prints the response', async () => {
    const m = cluster();
    m.neighbour.listen(80, { http: async () => ({ status: 200, statusText: 'OK', headers: { Server: 'nginx/1.27.3' }, body: 'ok\n' }) });
    const r = await m.run(['nc', '10.244.1.3', '80'], { stdin: 'GET / HTTP/1.0\r\n\r\n' });
    expect(r.stdout).toBe('HTTP/1.1 200 OK\r\nServer: nginx/1.27.3\r\n\r\nok\n');
  });
});

describe('busybox netstat and ip', () => {
  it('lists the pod\'s listeners, with the owner only for processes of the same container', async () => {
    const m = cluster();
    m.start(['nc', '-l', '-p', '8080']);
    m.here.listen(80, { accept: () => {} });
    await settle();
    const header = 'Active Internet connections (only servers)\nProto Recv-Q Send-Q Local Address           Foreign Address         State       ';
    expect((await m.run(['netstat', '-tln'])).stdout).toBe(`${header}\n`
      + 'tcp        0      0 0.0.0.0:80              0.0.0.0:*               LISTEN      \n'
      + 'tcp        0      0 :::8080                 :::*                    LISTEN      \n');
    const withPid = (await m.run(['netstat', '-tlnp'])).stdout;
    expect(withPid).toContain('State       PID/Program name    \n');
    expect(withPid).toContain('0.0.0.0:*               LISTEN      -\n');
    expect(withPid).toMatch(/:::\*                    LISTEN      \d+\/nc\n/);
  });

  it('shows the pod IP on eth0 and the routes flannel gives a pod', async () => {
    const m = cluster();
    const addr = (await m.run(['ip', 'addr'])).stdout;
    expect(addr).toMatch(/^1: lo: <LOOPBACK,UP,LOWER_UP> mtu 65536 qdisc noqueue qlen 1000\n/);
    expect(addr).toMatch(/\n2: eth0@if\d+: <BROADCAST,MULTICAST,UP,LOWER_UP,M-DOWN> mtu 1450 qdisc noqueue qlen 1000\n {4}link\/ether [0-9a-f:]{17} brd ff:ff:ff:ff:ff:ff\n {4}inet 10\.244\.1\.2\/24 brd 10\.244\.1\.255 scope global eth0\n/);
    expect((await m.run(['ip', 'route'])).stdout).toBe('default via 10.244.1.1 dev eth0 \n10.244.0.0/16 via 10.244.1.1 dev eth0 \n10.244.1.0/24 dev eth0 scope link  src 10.244.1.2 \n');
    expect((await m.run(['ip', 'route', 'add', 'default', 'via', '10.244.1.9']))).toEqual({ stdout: '', stderr: 'ip: RTNETLINK answers: Operation not permitted\n', status: 1 });
  });
});
