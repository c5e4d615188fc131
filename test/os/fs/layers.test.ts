import { describe, it, expect } from 'vitest';
import { FileSystem } from '../../../src/os/fs/file-system.ts';
import { Tree } from '../../../src/os/fs/tree.ts';
import { FsError } from '../../../src/os/fs/errors.ts';

const now = () => 1_000;

function codeOf(fn: () => unknown): string | undefined {
  try {
    fn();
  } catch (e) {
    if (e instanceof FsError) return e.code;
    throw e;
  }
  return undefined;
}

function nginxImage(): Tree {
  const image = new Tree();
  const b = new FileSystem(image, now);
  b.mkdir('/usr/share/nginx/html', { recursive: true });
  b.writeFile('/usr/share/nginx/html/index.html', '<h1>Welcome to nginx!</h1>\n');
  b.mkdir('/etc/nginx', { recursive: true });
  b.writeFile('/etc/nginx/nginx.conf', 'worker_processes 1;\n');
  return image.seal();
}

describe('overlay root filesystems', () => {
  it('copies an image file up on write and leaves the shared image untouched', () => {
    const image = nginxImage();
    const a = new FileSystem(Tree.overlay(image), now);
    const b = new FileSystem(Tree.overlay(image), now);
    a.writeFile('/usr/share/nginx/html/index.html', 'changed\n');
    a.writeFile('/usr/share/nginx/html/new.html', 'new\n');
    expect(a.readFile('/usr/share/nginx/html/index.html')).toBe('changed\n');
    expect(b.readFile('/usr/share/nginx/html/index.html')).toBe('<h1>Welcome to nginx!</h1>\n');
    expect(b.exists('/usr/share/nginx/html/new.html')).toBe(false);
    expect(new FileSystem(image, now).readdir('/usr/share/nginx/html')).toEqual(['index.html']);
  });

  it('hides a deleted image file behind a whiteout, and lets the name be reused', () => {
    const image = nginxImage();
    const a = new FileSystem(Tree.overlay(image), now);
    a.unlink('/etc/nginx/nginx.conf');
    expect(a.exists('/etc/nginx/nginx.conf')).toBe(false);
    expect(a.readdir('/etc/nginx')).toEqual([]);
    a.rmdir('/etc/nginx');
    expect(a.readdir('/etc')).toEqual([]);
    a.mkdir('/etc/nginx');
    expect(a.readdir('/etc/nginx')).toEqual([]);
    a.writeFile('/etc/nginx/nginx.conf', 'mine\n');
    expect(a.readFile('/etc/nginx/nginx.conf')).toBe('mine\n');
    expect(new FileSystem(image, now).readFile('/etc/nginx/nginx.conf')).toBe('worker_processes 1;\n');
  });

  it('copies up on chmod and rename, keeping the image as it was', () => {
    const image = nginxImage();
    const a = new FileSystem(Tree.overlay(image), now);
    a.chmod('/etc/nginx/nginx.conf', 0o600);
    a.rename('/usr/share/nginx/html', '/srv');
    expect(a.stat('/etc/nginx/nginx.conf').mode & 0o777).toBe(0o600);
    expect(a.readFile('/srv/index.html')).toContain('Welcome');
    expect(a.exists('/usr/share/nginx/html')).toBe(false);
    const direct = new FileSystem(image, now);
    expect(direct.stat('/etc/nginx/nginx.conf').mode & 0o777).toBe(0o644);
    expect(direct.exists('/usr/share/nginx/html/index.html')).toBe(true);
  });

  it('refuses to change a sealed image mounted directly', () => {
    const image = nginxImage();
    const direct = new FileSystem(image, now);
    expect(codeOf(() => direct.writeFile('/etc/nginx/nginx.conf', 'x'))).toBe('EROFS');
    expect(codeOf(() => direct.writeFile('/etc/new', 'x'))).toBe('EROFS');
    expect(codeOf(() => direct.unlink('/etc/nginx/nginx.conf'))).toBe('EROFS');
  });
});

describe('mounts', () => {
  it('shares one emptyDir tree between two containers', () => {
    const image = nginxImage();
    const volume = new Tree();
    const writer = new FileSystem(Tree.overlay(image), now);
    const reader = new FileSystem(Tree.overlay(image), now);
    writer.mount('/cache', volume);
    reader.mount('/usr/share/nginx/html', volume, { readOnly: true });
    writer.writeFile('/cache/index.html', 'from the sidecar\n');
    expect(reader.readFile('/usr/share/nginx/html/index.html')).toBe('from the sidecar\n');
    expect(codeOf(() => reader.writeFile('/usr/share/nginx/html/x', 'y'))).toBe('EROFS');
    writer.umount('/cache');
    expect(writer.readdir('/cache')).toEqual([]);
  });

  it('reaches a node folder through a hostPath bind mount', () => {
    const node = new FileSystem(new Tree(), now);
    node.mkdir('/var/log/pods', { recursive: true });
    const container = new FileSystem(Tree.overlay(nginxImage()), now);
    container.mount('/host-logs', node.bindSource('/var/log'));
    container.writeFile('/host-logs/pods/app.log', 'line\n');
    expect(node.readFile('/var/log/pods/app.log')).toBe('line\n');
    expect(container.realpath('/host-logs/../host-logs/pods')).toBe('/host-logs/pods');
    expect(codeOf(() => container.rename('/host-logs/pods/app.log', '/app.log'))).toBe('EXDEV');
    expect(codeOf(() => container.rmdir('/host-logs'))).toBe('EBUSY');
  });

  it('keeps mounts made after a fork in their own namespace', () => {
    const fs = new FileSystem(new Tree(), now);
    const child = fs.fork();
    child.mount('/mnt/v', new Tree());
    expect(child.mounts().map((m) => m.path)).toEqual(['/', '/mnt/v']);
    expect(fs.mounts().map((m) => m.path)).toEqual(['/']);
  });
});

describe('quotas', () => {
  it('refuses writes beyond a tree byte limit with ENOSPC, and frees space on delete', () => {
    const fs = new FileSystem(new Tree(), now);
    const scratch = new Tree({ limit: 10 });
    fs.mount('/scratch', scratch);
    fs.writeFile('/scratch/a', '12345678');
    expect(codeOf(() => fs.writeFile('/scratch/b', '123'))).toBe('ENOSPC');
    expect(new FsError('ENOSPC').message).toBe('No space left on device');
    expect(scratch.used).toBe(8);
    fs.writeFile('/scratch/a', '1234');
    fs.writeFile('/scratch/b', '123456');
    expect(scratch.used).toBe(10);
    fs.unlink('/scratch/a');
    expect(scratch.used).toBe(6);
  });

  it('charges copied-up image files to the container layer', () => {
    const upper = Tree.overlay(nginxImage(), { limit: 30 });
    const fs = new FileSystem(upper, now);
    fs.writeFile('/etc/nginx/nginx.conf', 'worker_processes 1;\nx\n', { append: false });
    expect(upper.used).toBe(22);
    expect(codeOf(() => fs.writeFile('/etc/nginx/nginx.conf', 'y'.repeat(20), { append: true }))).toBe('ENOSPC');
  });
});

describe('image layers', () => {
  it('stacks an image on a base image, each layer seeing through to the one below', () => {
    const base = new Tree();
    const b = new FileSystem(base, now);
    b.mkdir('/bin', { recursive: true });
    b.writeFile('/bin/sh', 'busybox');
    b.mkdir('/etc');
    b.writeFile('/etc/os-release', 'debian');
    b.writeFile('/etc/motd', 'hi');
    base.seal();
    const app = Tree.overlay(base);
    const a = new FileSystem(app, now);
    a.writeFile('/etc/os-release', 'app on debian');
    a.unlink('/etc/motd');
    app.seal();
    const container = new FileSystem(Tree.overlay(app), now);
    expect(container.readFile('/bin/sh')).toBe('busybox');
    expect(container.readFile('/etc/os-release')).toBe('app on debian');
    expect(container.readdir('/etc')).toEqual(['os-release']);
    container.writeFile('/etc/motd', 'container');
    expect(new FileSystem(app, now).exists('/etc/motd')).toBe(false);
    expect(new FileSystem(base, now).readFile('/etc/motd')).toBe('hi');
  });

  it('shares one image among many containers without copying its files', () => {
    const image = nginxImage();
    const uppers = Array.from({ length: 200 }, () => Tree.overlay(image));
    for (const upper of uppers) new FileSystem(upper, now).readFile('/usr/share/nginx/html/index.html');
    expect(uppers.every((u) => u.used === 0)).toBe(true);
    const html = uppers[0].root.entries.get('usr');
    expect(html?.type).toBe('dir');
    expect(image.root.entries.get('usr')).not.toBe(html);
  });
});
