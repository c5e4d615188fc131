import { describe, it, expect } from 'vitest';
import { readFileSync } from 'node:fs';
import { Tree } from '../../../src/os/fs/tree.ts';
import { FileSystem } from '../../../src/os/fs/file-system.ts';
import { makeNode } from './harness.ts';

const golden = (name: string) => readFileSync(new URL(`../../fixtures/kubectl-1.33/${name}`, import.meta.url), 'utf8');

describe('nginx in a pod', () => {
  it('prints the real start-up lines of the nginx image, worker pids included', async () => {
    const n = makeNode();
    const sb = await n.pod();
    const id = await n.run(sb.id, n.config('nginx', 'nginx'));
    await n.advance(1000);
    // The golden was recorded on 2025/01/15 09:55:04; the node's clock starts 2026/01/05 09:00:00.
    const want = golden('logs-nginx.txt').replaceAll('2025/01/15 09:55:04', '2026/01/05 09:00:00').trimEnd();
    expect(n.text(id)).toBe(want);
  });

  it('serves its default page over the pod network and logs the request in the combined format', async () => {
    const n = makeNode();
    const sb = await n.pod();
    const id = await n.run(sb.id, n.config('nginx', 'nginx'));
    await n.advance(10_000);
    const res = await n.client.request('10.244.1.5', 80, { method: 'GET', path: '/', headers: { Host: '10.244.1.5', 'User-Agent': 'curl/8.5.0' } });
    if ('code' in res) throw new Error(res.message);
    expect(res.status).toBe(200);
    expect(res.body).toContain('<h1>Welcome to nginx!</h1>');
    expect(res.headers['Content-Length']).toBe('615');
    expect(res.headers.Server).toBe('nginx/1.27.3');
    const last = n.runtime.logs(id).at(-1)!;
    expect(last.stream).toBe('stdout');
    expect(last.text).toBe('10.244.1.1 - - [05/Jan/2026:09:00:10 +0000] "GET / HTTP/1.1" 200 615 "-" "curl/8.5.0" "-"');
  });

  it('answers a missing file with its 404 page and an error-log line on stderr', async () => {
    const n = makeNode();
    const sb = await n.pod();
    const id = await n.run(sb.id, n.config('nginx', 'nginx:alpine'));
    const res = await n.client.request('10.244.1.5', 80, { method: 'GET', path: '/nope', headers: { Host: '10.244.1.5' } });
    if ('code' in res) throw new Error(res.message);
    expect(res.status).toBe(404);
    expect(res.body).toBe('<html>\r\n<head><title>404 Not Found</title></head>\r\n<body>\r\n<center><h1>404 Not Found</h1></center>\r\n<hr><center>nginx/1.27.3</center>\r\n</body>\r\n</html>\r\n');
    const lines = n.runtime.logs(id);
    expect(lines.at(-2)).toMatchObject({ stream: 'stderr', text: expect.stringMatching(/\[error\] 30#30: \*1 open\(\) "\/usr\/share\/nginx\/html\/nope" failed \(2: No such file or directory\), client: 10\.244\.1\.1, server: localhost, request: "GET \/nope HTTP\/1\.1", host: "10\.244\.1\.5"$/) });
    expect(lines.at(-1)!.text).toBe('10.244.1.1 - - [05/Jan/2026:09:00:00 +0000] "GET /nope HTTP/1.1" 404 153 "-" "-" "-"');
  });

  it('serves what a sidecar writes into an emptyDir mounted on its html root', async () => {
    const n = makeNode();
    const sb = await n.pod('web-logger');
    const html = new Tree();
    await n.run(sb.id, n.config('nginx-server', 'nginx:alpine', { mounts: [{ containerPath: '/usr/share/nginx/html', source: html, readOnly: false }] }));
    await n.run(sb.id, n.config('content-writer', 'podlab/script', { args: ['write:/data/index.html=Mon Jan  5 09:00:00 UTC 2026', 'sleep:100000'], mounts: [{ containerPath: '/data', source: html, readOnly: false }] }));
    const res = await n.client.request('10.244.1.5', 80, { method: 'GET', path: '/', headers: {} });
    expect(res).toMatchObject({ status: 200, body: 'Mon Jan  5 09:00:00 UTC 2026' });
  });

  it('fails the second nginx of a pod with the bind error after five tries, exit 1', async () => {
    const n = makeNode();
    const sb = await n.pod();
    await n.run(sb.id, n.config('first', 'nginx:alpine'));
    const second = await n.run(sb.id, n.config('second', 'nginx:alpine'));
    await n.advance(5000);
    const status = n.runtime.containerStatus(second)!;
    expect(status).toMatchObject({ state: 'exited', exitCode: 1, reason: 'Error' });
    const stderr = n.runtime.logs(second).filter((l) => l.stream === 'stderr').map((l) => l.text);
    expect(stderr.filter((l) => l === 'nginx: [emerg] bind() to 0.0.0.0:80 failed (98: Address in use)')).toHaveLength(5);
    expect(stderr.at(-1)).toBe('nginx: [emerg] still could not bind()');
  });

  it('says "Address already in use" on the Debian image, as glibc spells EADDRINUSE', async () => {
    const n = makeNode();
    const sb = await n.pod();
    await n.run(sb.id, n.config('first', 'nginx'));
    const second = await n.run(sb.id, n.config('second', 'nginx'));
    await n.advance(5000);
    expect(n.text(second)).toContain('nginx: [emerg] bind() to [::]:80 failed (98: Address already in use)');
  });

  it('cannot start under readOnlyRootFilesystem until its cache and run folders are volumes', async () => {
    const n = makeNode();
    const sb = await n.pod();
    const ro = await n.run(sb.id, n.config('ro', 'nginx', { readOnlyRootFilesystem: true }));
    await n.advance(100);
    expect(n.runtime.containerStatus(ro)).toMatchObject({ state: 'exited', exitCode: 1 });
    expect(n.text(ro)).toContain('10-listen-on-ipv6-by-default.sh: info: can not modify /etc/nginx/conf.d/default.conf (read-only file system?)');
    expect(n.text(ro)).toContain('nginx: [emerg] mkdir() "/var/cache/nginx/client_temp" failed (30: Read-only file system)');
    const sb2 = await n.pod('hardened', '10.244.1.6');
    const ok = await n.run(sb2.id, n.config('ok', 'nginx', {
      readOnlyRootFilesystem: true,
      mounts: [
        { containerPath: '/var/cache/nginx', source: new Tree(), readOnly: false },
        { containerPath: '/var/run', source: new Tree(), readOnly: false },
      ],
    }));
    await n.advance(100);
    expect(n.runtime.containerStatus(ok)?.state).toBe('running');
  });

  it('shuts down gracefully on its stop signal (SIGQUIT) with exit 0 and frees port 80', async () => {
    const n = makeNode();
    const sb = await n.pod();
    const id = await n.run(sb.id, n.config('nginx', 'nginx'));
    await n.runtime.stopContainer(id, 30_000);
    expect(n.runtime.containerStatus(id)).toMatchObject({ state: 'exited', exitCode: 0, reason: 'Completed' });
    expect(n.text(id)).toContain('[notice] 1#1: signal 3 (SIGQUIT) received, shutting down');
    expect(n.text(id)).toContain('[notice] 29#29: gracefully shutting down');
    expect(sb.net.listening(80)).toBeUndefined();
  });

  it('reads its port from conf.d, so a ConfigMap can move it', async () => {
    const n = makeNode();
    const sb = await n.pod();
    const conf = new Tree();
    new FileSystem(conf, () => 0).writeFile('/default.conf', 'server {\n    listen 8080;\n    location / {\n        root /usr/share/nginx/html;\n    }\n}\n');
    await n.run(sb.id, n.config('nginx', 'nginx', { mounts: [{ containerPath: '/etc/nginx/conf.d', source: conf, readOnly: true }] }));
    expect(sb.net.ports()).toEqual([8080]);
  });

  it('prints nothing at start on nginx:1.14.2, whose image had no entrypoint script and a warn-level error log', async () => {
    const n = makeNode();
    const sb = await n.pod();
    const id = await n.run(sb.id, n.config('nginx', 'nginx:1.14.2'));
    expect(n.runtime.logs(id)).toEqual([]);
    const res = await n.client.request('10.244.1.5', 80, { method: 'GET', path: '/', headers: {} });
    expect(res).toMatchObject({ status: 200, headers: { Server: 'nginx/1.14.2' } });
  });

  it('takes one file of a ConfigMap volume through subPath over the packaged default.conf', async () => {
    const n = makeNode();
    const sb = await n.pod();
    const cm = new Tree();
    new FileSystem(cm, () => 0).writeFile('/default.conf', 'server {\n    listen 9090;\n}\n');
    const id = await n.run(sb.id, n.config('nginx', 'nginx', { mounts: [{ containerPath: '/etc/nginx/conf.d/default.conf', source: cm, readOnly: true, subPath: 'default.conf' }] }));
    expect(sb.net.ports()).toEqual([9090]);
    expect(n.text(id)).toContain('10-listen-on-ipv6-by-default.sh: info: can not modify /etc/nginx/conf.d/default.conf (read-only file system?)');
  });

  it('answers a path climbing out of its root with 400', async () => {
    const n = makeNode();
    const sb = await n.pod();
    await n.run(sb.id, n.config('nginx', 'nginx'));
    const res = await n.client.request('10.244.1.5', 80, { method: 'GET', path: '/../../etc/passwd', headers: {} });
    expect(res).toMatchObject({ status: 400 });
  });

  it('releases the ports it holds when killed while retrying a bind', async () => {
    const n = makeNode();
    const sb = await n.pod();
    await n.run(sb.id, n.config('redis', 'redis'));
    const conf = new Tree();
    new FileSystem(conf, () => 0).writeFile('/default.conf', 'server {\n    listen 80;\n}\nserver {\n    listen 6379;\n}\n');
    const id = await n.run(sb.id, n.config('nginx', 'nginx', { mounts: [{ containerPath: '/etc/nginx/conf.d', source: conf, readOnly: true }] }));
    expect(sb.net.ports()).toEqual([80, 6379]);
    await n.runtime.stopContainer(id, 0);
    expect(sb.net.ports()).toEqual([6379]);
  });
});
