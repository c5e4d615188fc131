import { describe, expect, it } from 'vitest';
import { Network, type HttpResponse } from '../../../src/os/net.ts';
import { programMachine } from '../../support/programs/program-machine.ts';

const PAGE = '<h1>Welcome to nginx!</h1>\n';

function cluster(flavour: 'coreutils' | 'busybox') {
  const network = new Network();
  const pod = network.namespace(['10.244.1.4'], 'web');
  pod.listen(80, {
    http: async (req): Promise<HttpResponse> => (req.path === '/'
      ? { status: 200, headers: { Server: 'nginx/1.27.3', 'Content-Type': 'text/html' }, body: PAGE }
      : { status: 404, headers: { Server: 'nginx/1.27.3' }, body: '404 Not Found\n' }),
  });
  network.namespace(['10.244.1.5'], 'quiet');
  network.addName('node01', '10.244.1.4');
  const host = network.namespace(['172.30.1.2'], 'controlplane');
  return programMachine({ flavour, system: { net: host, dns: { server: '10.96.0.10', resolve: (n) => (n === 'web.default.svc.cluster.local' ? '10.96.12.7' : undefined) } } });
}

describe('curl', () => {
  it('fetches a page from a pod IP', async () => {
    expect(await cluster('coreutils').run(['curl', '-s', 'http://10.244.1.4/'])).toEqual({ stdout: PAGE, stderr: '', status: 0 });
  });

  it('fails to connect to a pod with nothing listening, as curl 8 says it', async () => {
    expect(await cluster('coreutils').run(['curl', '-s', '-S', '10.244.1.5'])).toEqual({
      stdout: '', stderr: "curl: (7) Failed to connect to 10.244.1.5 port 80 after 0 ms: Couldn't connect to server\n", status: 7,
    });
  });

  it('is silent with -s and reports an unknown host with exit 6', async () => {
    expect(await cluster('coreutils').run(['curl', '-s', 'http://nope.invalid/'])).toEqual({ stdout: '', stderr: '', status: 6 });
    expect((await cluster('coreutils').run(['curl', '-sS', 'http://nope.invalid/'])).stderr).toBe('curl: (6) Could not resolve host: nope.invalid\n');
  });

  it('shows headers with -I and the status code with -w', async () => {
    expect((await cluster('coreutils').run(['curl', '-sI', 'http://10.244.1.4/'])).stdout).toBe('HTTP/1.1 200 OK\r\nServer: nginx/1.27.3\r\nContent-Type: text/html\r\n\r\n');
    expect((await cluster('coreutils').run(['curl', '-s', '-o', '/dev/null', '-w', '%{http_code}', 'http://10.244.1.4/missing'])).stdout).toBe('404');
  });

  it('saves the body with -o and draws the progress meter on stderr', async () => {
    const m = cluster('coreutils');
    const r = await m.run(['curl', '-o', 'page.html', 'http://10.244.1.4/']);
    expect(m.fs.readFile('/root/page.html')).toBe(PAGE);
    expect(r.stderr).toMatch(/^ {2}% Total {4}% Received % Xferd/);
  });

  it('reaches node names through the network', async () => {
    expect((await cluster('coreutils').run(['curl', '-s', 'node01'])).stdout).toBe(PAGE);
  });
});

describe('busybox wget', () => {
  it('prints the page with -qO-', async () => {
    expect(await cluster('busybox').run(['wget', '-qO-', 'http://10.244.1.4/'])).toEqual({ stdout: PAGE, stderr: '', status: 0 });
  });

  it('says it cannot connect, with the real wording', async () => {
    expect(await cluster('busybox').run(['wget', '-qO-', 'http://10.244.1.5/'])).toEqual({
      stdout: '', stderr: "wget: can't connect to remote host (10.244.1.5): Connection refused\n", status: 1,
    });
  });

  it('reports HTTP errors and saves pages to index.html', async () => {
    const m = cluster('busybox');
    expect((await m.run(['wget', '-q', 'http://10.244.1.4/nope'])).stderr).toBe('wget: server returned error: HTTP/1.1 404 Not Found\n');
    const r = await m.run(['wget', 'http://10.244.1.4/']);
    expect(r.stderr).toContain("Connecting to 10.244.1.4:80 (10.244.1.4:80)\nsaving to 'index.html'\n");
    expect(m.fs.readFile('/root/index.html')).toBe(PAGE);
  });
});

describe('nslookup', () => {
  it('answers from the cluster DNS in busybox layout', async () => {
    expect((await cluster('busybox').run(['nslookup', 'web.default.svc.cluster.local'])).stdout).toBe(
      'Server:\t\t10.96.0.10\nAddress:\t10.96.0.10:53\n\nName:\tweb.default.svc.cluster.local\nAddress: 10.96.12.7\n\n',
    );
  });

  it('says NXDOMAIN for unknown names', async () => {
    const r = await cluster('busybox').run(['nslookup', 'nope']);
    expect(r.stdout).toContain("** server can't find nope: NXDOMAIN\n");
    expect(r.status).toBe(1);
  });
});
