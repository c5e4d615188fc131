import { describe, it, expect } from 'vitest';
import { Pipe } from '../../../src/os/pipe.ts';
import { Tree } from '../../../src/os/fs/tree.ts';
import { makeNode } from './harness.ts';

describe('what a process sees inside its container', () => {
  it('writes /etc/hosts, /etc/hostname and /etc/resolv.conf as the kubelet does', async () => {
    const n = makeNode();
    const sb = await n.pod('web');
    const id = await n.run(sb.id, n.config('c', 'podlab/script', { args: ['cat:/etc/hosts', 'cat:/etc/hostname', 'cat:/etc/resolv.conf'] }));
    expect(n.text(id)).toBe([
      '# Kubernetes-managed hosts file.', '127.0.0.1\tlocalhost', '::1\tlocalhost ip6-localhost ip6-loopback',
      'fe00::0\tip6-localnet', 'fe00::0\tip6-mcastprefix', 'fe00::1\tip6-allnodes', 'fe00::2\tip6-allrouters',
      '10.244.1.5\tweb', 'web',
      'search default.svc.cluster.local svc.cluster.local cluster.local', 'nameserver 10.96.0.10', 'options ndots:5',
    ].join('\n'));
  });

  it('orders the environment as `env` shows it in a pod: PATH, HOSTNAME, the image, the pod, HOME', async () => {
    const n = makeNode();
    const sb = await n.pod('web');
    const id = await n.run(sb.id, n.config('c', 'podlab/script', { args: ['env:'], env: { GREETING: 'hi' } }));
    expect(n.text(id)).toBe('PATH=/usr/local/bin:/usr/bin:/bin\nHOSTNAME=web\nGREETING=hi\nHOME=/root');
  });

  it('runs as the image user, or as runAsUser/runAsGroup with supplemental groups', async () => {
    const n = makeNode();
    const sb = await n.pod();
    const curl = await n.runtime.createContainer(sb.id, n.config('curl', 'curlimages/curl'));
    if (!curl.ok) throw new Error(curl.message);
    expect(n.runtime.inspect(curl.id)!.cred).toMatchObject({ uid: 100, gid: 101 });
    const id = await n.run(sb.id, n.config('c', 'podlab/script', { args: ['id:'], uid: 1000, gid: 3000, supplementalGroups: [2000] }));
    expect(n.text(id)).toBe('uid=1000 gid=3000 groups=2000,3000');
  });

  it('refuses writes under readOnlyRootFilesystem while a mounted volume stays writable', async () => {
    const n = makeNode();
    const sb = await n.pod();
    const ro = await n.run(sb.id, n.config('ro', 'podlab/script', { args: ['write:/x=1'], readOnlyRootFilesystem: true }));
    expect(n.runtime.containerStatus(ro)?.exitCode).toBe(1);
    expect(n.text(ro)).toBe('script: Read-only file system');
    const tmp = new Tree();
    const ok = await n.run(sb.id, n.config('ok', 'podlab/script', { args: ['write:/tmp/x=1'], readOnlyRootFilesystem: true, mounts: [{ containerPath: '/tmp', source: tmp, readOnly: false }] }));
    expect(n.runtime.containerStatus(ok)?.exitCode).toBe(0);
  });

  it('makes mount points under a readOnlyRootFilesystem, as runc does before the root turns read-only', async () => {
    const n = makeNode();
    const sb = await n.pod();
    const token = new Tree();
    const c = n.config('ro', 'podlab/script', {
      args: ['write:/var/run/secrets/kubernetes.io/serviceaccount/x=1'], readOnlyRootFilesystem: true,
      mounts: [{ containerPath: '/var/run/secrets/kubernetes.io/serviceaccount', source: token, readOnly: true }, { containerPath: '/cache/deep', source: new Tree(), readOnly: false }],
    });
    const id = await n.run(sb.id, c);
    expect(n.text(id)).toBe('script: Read-only file system');
    expect(n.runtime.inspect(id)!.fs.exists('/cache/deep')).toBe(true);
    expect(() => n.runtime.inspect(id)!.fs.mkdir('/other')).toThrow('Read-only file system');
  });

  it('mounts a volume\'s subPath, making the folder when it is missing', async () => {
    const n = makeNode();
    const sb = await n.pod();
    const vol = new Tree();
    await n.run(sb.id, n.config('w', 'podlab/script', { args: ['write:/data/note=hello'], mounts: [{ containerPath: '/data', source: vol, readOnly: false, subPath: 'site' }] }));
    const r = await n.run(sb.id, n.config('r', 'podlab/script', { args: ['cat:/all/site/note'], mounts: [{ containerPath: '/all', source: vol, readOnly: true }] }));
    expect(n.text(r)).toBe('hello');
  });

  it('gives each container its own writable layer over one shared image tree', async () => {
    const n = makeNode();
    const sb = await n.pod();
    const a = await n.run(sb.id, n.config('a', 'podlab/script', { args: ['write:/etc/motd=a', 'sleep:1000'] }));
    const b = await n.run(sb.id, n.config('b', 'podlab/script', { args: ['sleep:1000'] }));
    expect(n.runtime.inspect(a)!.fs.readFile('/etc/motd')).toBe('a');
    expect(n.runtime.inspect(b)!.fs.exists('/etc/motd')).toBe(false);
  });

  it('runs exec commands in the container and collects their output', async () => {
    const n = makeNode();
    const sb = await n.pod('web');
    const id = await n.run(sb.id, n.config('c', 'podlab/script', { args: ['sleep:100000'] }));
    const r = await n.runtime.execSync(id, ['/bin/script', 'cat:/etc/hostname', 'err:oops', 'exit:2'], 1000);
    expect(r).toEqual({ ok: true, exitCode: 2, output: 'web\noops\n' });
  });

  it('fails an exec of a program the image lacks with the OCI runtime text', async () => {
    const n = makeNode();
    const sb = await n.pod();
    const id = await n.run(sb.id, n.config('nginx', 'nginx:alpine'));
    const out = new Pipe();
    const r = await n.runtime.exec(id, ['bash'], { stdout: out, stderr: out });
    expect(r.ok).toBe(false);
    expect(!r.ok && r.message).toMatch(/^failed to exec in container: failed to start exec "[0-9a-f]{64}": OCI runtime exec failed: exec failed: unable to start container process: exec: "bash": executable file not found in \$PATH: unknown$/);
    const probe = await n.runtime.execSync(id, ['bash'], 1000);
    expect(!probe.ok && probe.message).toMatch(/^rpc error: code = Unknown desc = failed to exec in container: /);
  });

  it('kills an exec that outlives its timeout', async () => {
    const n = makeNode();
    const sb = await n.pod();
    const id = await n.run(sb.id, n.config('c', 'podlab/script', { args: ['sleep:100000'] }));
    const pending = n.runtime.execSync(id, ['/bin/script', 'sleep:5000'], 1000);
    await n.advance(1000);
    expect(await pending).toEqual({ ok: false, reason: 'DeadlineExceeded', message: 'command "/bin/script sleep:5000" timed out' });
  });
});

describe('the pod network inside a container', () => {
  it('gives the main process and exec\'d processes the pod\'s namespace, shared by its containers', async () => {
    const n = makeNode();
    const sb = await n.pod('web');
    const a = await n.run(sb.id, n.config('a', 'podlab/script', { args: ['sleep:100000'] }));
    const b = await n.run(sb.id, n.config('b', 'podlab/script', { args: ['sleep:100000'] }));
    const nets: unknown[] = [];
    n.registry.register('netcheck', async (ctx) => { nets.push(ctx.net); return 0; });
    for (const id of [a, b]) {
      n.runtime.inspect(id)!.fs.writeFile('/bin/netcheck', '\x7fELF podlab:netcheck\n', { mode: 0o755 });
      expect(await n.runtime.execSync(id, ['netcheck'], 0)).toMatchObject({ ok: true, exitCode: 0 });
    }
    expect(nets).toEqual([sb.net, sb.net]);
    expect(sb.net.ips).toEqual(['10.244.1.5']);
  });
});
