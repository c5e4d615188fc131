import { describe, it, expect } from 'vitest';
import { readFileSync } from 'node:fs';
import { ImageCatalog, pullDurationMs } from '../../../src/sim/images/catalog.ts';
import { ImageStore } from '../../../src/sim/images/image-store.ts';
import { imageTree } from '../../../src/sim/images/image-tree.ts';
import { FileSystem } from '../../../src/os/fs/file-system.ts';
import { binaryName } from '../../../src/os/exec.ts';
import { VirtualClock } from '../../../src/sim/clock.ts';

const settle = () => new Promise<void>((r) => setImmediate(r));
const catalog = ImageCatalog.standard();

function spec(ref: string) {
  const r = catalog.resolve(ref);
  if (!r.ok) throw new Error(r.message);
  return r.spec;
}

describe('the image catalog', () => {
  it('knows the digests and sizes kubelet events and statuses show for the course images', () => {
    const cases: [string, string, number][] = [
      ['nginx', 'docker.io/library/nginx@sha256:1ddc07f363e6f1fd64ed5598c59badc60c9578166e6b0fce069f5ba28017f7c1', 72099501],
      ['nginx:alpine', 'docker.io/library/nginx@sha256:74e8e4e35b5c1f4f5e068b28afdc161cdb309bc88046ae6e35e4b877ad80db3b', 20991201],
      ['busybox', 'docker.io/library/busybox@sha256:2231054599cf262429a5262a725f9bc0f04170332de54271c4d6a85ed15217d5', 2166802],
      ['polinux/stress', 'docker.io/polinux/stress@sha256:eb89966ab97b96978058cf609f7da808c077e9806ef4d4640334acfe9e181de9', 4041495],
      ['registry.k8s.io/busybox', 'registry.k8s.io/busybox@sha256:f5a87da60cee77651894600d3e53914c1de781d6372f40b840eed482ceb66513', 1144547],
    ];
    for (const [ref, repoDigest, size] of cases) {
      const r = catalog.resolve(ref);
      expect(r.ok && [r.info.repoDigest, r.info.sizeBytes]).toEqual([repoDigest, size]);
    }
  });

  it('answers an unknown tag with containerd\'s NotFound error, as the kubelet event shows it', () => {
    const events = readFileSync(new URL('../../fixtures/kubectl-1.33/events.txt', import.meta.url), 'utf8');
    const want = /Failed to pull image "nginx:1\.999": (.*)$/m.exec(events)![1];
    const r = catalog.resolve('nginx:1.999');
    expect(r).toEqual({ ok: false, code: 'NotFound', message: want });
  });

  it('answers a repository Docker Hub does not have with pull access denied', () => {
    expect(catalog.resolve('nginxx')).toEqual({
      ok: false, code: 'Unknown',
      message: 'rpc error: code = Unknown desc = failed to pull and unpack image "docker.io/library/nginxx:latest": failed to resolve reference "docker.io/library/nginxx:latest": pull access denied, repository does not exist or may require authorization: server message: insufficient_scope: authorization failed',
    });
  });

  it('answers an unknown registry host with the resolver\'s no such host', () => {
    const r = catalog.resolve('registry.example.com/team/app:1.0');
    expect(!r.ok && r.message).toBe('rpc error: code = Unknown desc = failed to pull and unpack image "registry.example.com/team/app:1.0": failed to resolve reference "registry.example.com/team/app:1.0": failed to do request: Head "https://registry.example.com/v2/team/app/manifests/1.0": dial tcp: lookup registry.example.com on 127.0.0.53:53: no such host');
  });

  it('resolves by digest as well as by tag', () => {
    const r = catalog.resolve('nginx@sha256:74e8e4e35b5c1f4f5e068b28afdc161cdb309bc88046ae6e35e4b877ad80db3b');
    expect(r.ok && r.spec.tags).toContain('alpine');
  });

  it('accepts images added by configuration, moving a tag as a push would', () => {
    const c = ImageCatalog.standard();
    c.add({ ...spec('nginx'), tags: ['latest'], configDigest: 'sha256:' + 'a'.repeat(64), repoDigest: 'sha256:' + 'b'.repeat(64) });
    const r = c.resolve('nginx');
    expect(r.ok && r.info.repoDigest).toBe(`docker.io/library/nginx@sha256:${'b'.repeat(64)}`);
    expect(c.resolve('nginx:1.27').ok).toBe(true);
  });

  it('takes pull time from size, the same every time', () => {
    expect(pullDurationMs(spec('nginx'))).toBe(pullDurationMs(spec('nginx:1.27')));
    expect(pullDurationMs(spec('nginx'))).toBeGreaterThan(pullDurationMs(spec('busybox')));
    expect(pullDurationMs(spec('nginx'))).toBeGreaterThan(1000);
    expect(pullDurationMs(spec('busybox'))).toBeLessThan(1000);
  });
});

describe('a node\'s images', () => {
  it('pulls on the virtual clock, then reports the image present under that reference only', async () => {
    const clock = new VirtualClock(0);
    const store = new ImageStore({ catalog, clock });
    let result;
    void store.pullImage('nginx').then((r) => { result = r; });
    const took = pullDurationMs(spec('nginx'));
    await clock.runUntil(took - 1, settle);
    expect(result).toBeUndefined();
    expect(store.imageStatus('nginx')).toBeUndefined();
    await clock.runUntil(took, settle);
    expect(result).toMatchObject({ ok: true, durationMs: took, image: { ref: 'docker.io/library/nginx:latest', sizeBytes: 72099501 } });
    expect(store.imageStatus('docker.io/library/nginx:latest')?.id).toBe(spec('nginx').configDigest);
    expect(store.imageStatus('nginx:1.27')).toBeUndefined();
  });

  it('fails a pull of an unknown tag after a registry round trip', async () => {
    const clock = new VirtualClock(0);
    const store = new ImageStore({ catalog, clock });
    const pending = store.pullImage('nginx:1.99');
    await clock.runUntil(5000, settle);
    expect(await pending).toEqual({
      ok: false, code: 'NotFound',
      message: 'rpc error: code = NotFound desc = failed to pull and unpack image "docker.io/library/nginx:1.99": failed to resolve reference "docker.io/library/nginx:1.99": docker.io/library/nginx:1.99: not found',
    });
  });
});

describe('image filesystems', () => {
  it('builds each image tree once and shares it', () => {
    expect(imageTree(spec('nginx'))).toBe(imageTree(spec('nginx:1.27.3')));
    expect(imageTree(spec('nginx')).sealed).toBe(true);
  });

  it('ships nginx\'s real default page, configuration and log links', () => {
    const fs = new FileSystem(imageTree(spec('nginx')), () => 0);
    expect(fs.stat('/usr/share/nginx/html/index.html').size).toBe(615);
    expect(fs.readlink('/var/log/nginx/access.log')).toBe('/dev/stdout');
    expect(fs.readlink('/var/log/nginx/error.log')).toBe('/dev/stderr');
    expect(fs.readFile('/etc/nginx/conf.d/default.conf')).toContain('root   /usr/share/nginx/html;');
    expect(fs.readdir('/docker-entrypoint.d')).toEqual(['10-listen-on-ipv6-by-default.sh', '15-local-resolvers.envsh', '20-envsubst-on-templates.sh', '30-tune-worker-processes.sh']);
    expect(fs.readFile('/etc/passwd')).toContain('nginx:x:101:101:nginx user:/nonexistent:/bin/false\n');
  });

  it('makes busybox\'s applets hard links of /bin/busybox', () => {
    const fs = new FileSystem(imageTree(spec('busybox')), () => 0);
    expect(fs.stat('/bin/sh').ino).toBe(fs.stat('/bin/busybox').ino);
    expect(fs.stat('/bin/busybox').nlink).toBeGreaterThan(100);
    expect(binaryName(fs.readFile('/bin/ls'))).toBe('busybox');
  });

  it('links alpine\'s applets to /bin/busybox and has apk but no bash', () => {
    const fs = new FileSystem(imageTree(spec('alpine:3.20')), () => 0);
    expect(fs.readlink('/bin/sh')).toBe('/bin/busybox');
    expect(binaryName(fs.readFile('/sbin/apk'))).toBe('apk');
    expect(fs.exists('/bin/bash')).toBe(false);
    expect(fs.readFile('/etc/alpine-release')).toBe('3.20.3\n');
  });

  it('gives the control-plane images no shell, as distroless images have none', () => {
    const fs = new FileSystem(imageTree(spec('registry.k8s.io/kube-apiserver:v1.33.1')), () => 0);
    expect(fs.exists('/bin/sh')).toBe(false);
    expect(binaryName(fs.readFile('/usr/local/bin/kube-apiserver'))).toBe('kube-apiserver');
  });
});

describe('pulling an image the node has', () => {
  it('fetches only the manifest again, as a pullPolicy Always pull does', async () => {
    const clock = new VirtualClock(0);
    const store = new ImageStore({ catalog, clock });
    const first = store.pullImage('nginx');
    await clock.runUntil(10_000, settle);
    const again = store.pullImage('nginx');
    await clock.runUntil(20_000, settle);
    const [a, b] = [await first, await again];
    expect(a.ok && b.ok && b.durationMs < a.durationMs).toBe(true);
    expect(b.ok && b.durationMs).toBe(pullDurationMs(spec('nginx'), true));
  });
});
