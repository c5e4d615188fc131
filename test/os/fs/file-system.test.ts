import { describe, it, expect } from 'vitest';
import { FileSystem } from '../../../src/os/fs/file-system.ts';
import { Tree } from '../../../src/os/fs/tree.ts';
import { FsError } from '../../../src/os/fs/errors.ts';
import type { Cred } from '../../../src/os/fs/cred.ts';
import { VirtualClock } from '../../../src/sim/clock.ts';

const alice: Cred = { uid: 1000, gid: 1000, groups: [1000] };
const bob: Cred = { uid: 1001, gid: 1001, groups: [1001] };

function newFs(): { fs: FileSystem; clock: VirtualClock } {
  const clock = new VirtualClock(1_700_000_000_000);
  const fs = new FileSystem(new Tree(), () => clock.now());
  fs.mkdir('/tmp', { mode: 0o1777 });
  fs.mkdir('/home/alice', { recursive: true });
  fs.chown('/home/alice', 1000, 1000);
  return { fs, clock };
}

function codeOf(fn: () => unknown): string | undefined {
  try {
    fn();
  } catch (e) {
    if (e instanceof FsError) return e.code;
    throw e;
  }
  return undefined;
}

describe('FileSystem', () => {
  it('reads back what was written, with size and mtime from the virtual clock', async () => {
    const { fs, clock } = newFs();
    fs.writeFile('/home/alice/notes.txt', 'héllo\n', {}, alice);
    await clock.runUntil(clock.now() + 5000, async () => {});
    fs.writeFile('/home/alice/notes.txt', 'more\n', { append: true }, alice);
    expect(fs.readFile('/home/alice/notes.txt', alice)).toBe('héllo\nmore\n');
    const st = fs.stat('/home/alice/notes.txt');
    expect(st.size).toBe(12);
    expect(st.type).toBe('file');
    expect(st.uid).toBe(1000);
    expect(st.mode & 0o777).toBe(0o644);
    expect(st.mtime).toBe(1_700_000_005_000);
  });

  it('reports a missing file as ENOENT with the Linux message', () => {
    const { fs } = newFs();
    let err: unknown;
    try {
      fs.readFile('/nope/x');
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(FsError);
    expect((err as FsError).code).toBe('ENOENT');
    expect((err as FsError).message).toBe('No such file or directory');
  });

  it('denies other users by the owner, group and other bits', () => {
    const { fs } = newFs();
    fs.writeFile('/home/alice/secret', 's', { mode: 0o600 }, alice);
    expect(codeOf(() => fs.readFile('/home/alice/secret', bob))).toBe('EACCES');
    expect(codeOf(() => fs.writeFile('/home/alice/new', 'x', {}, bob))).toBe('EACCES');
    fs.chmod('/home/alice/secret', 0o604, alice);
    expect(fs.readFile('/home/alice/secret', bob)).toBe('s');
    fs.chmod('/home/alice', 0o700, alice);
    expect(codeOf(() => fs.readFile('/home/alice/secret', bob))).toBe('EACCES');
    expect(new FsError('EACCES').message).toBe('Permission denied');
  });

  it('lets root read anything but chown needs CAP_CHOWN', () => {
    const { fs } = newFs();
    fs.writeFile('/home/alice/secret', 's', { mode: 0o000 }, alice);
    expect(fs.readFile('/home/alice/secret')).toBe('s');
    expect(codeOf(() => fs.chown('/home/alice/secret', 0, 0, alice))).toBe('EPERM');
    const rootNoChown: Cred = { uid: 0, gid: 0, groups: [], caps: new Set(['DAC_OVERRIDE']) };
    expect(codeOf(() => fs.chown('/home/alice/secret', 0, 0, rootNoChown))).toBe('EPERM');
    fs.chown('/home/alice/secret', 0, 0);
    expect(fs.stat('/home/alice/secret').uid).toBe(0);
  });

  it('keeps root from executing a file that has no x bit at all', () => {
    const { fs } = newFs();
    fs.writeFile('/tmp/script', 'echo', { mode: 0o644 });
    expect(fs.access('/tmp/script', 'x')).toBe(false);
    fs.chmod('/tmp/script', 0o744);
    expect(fs.access('/tmp/script', 'x')).toBe(true);
    expect(fs.access('/tmp/script', 'x', bob)).toBe(false);
  });

  it('lets only the owner delete from a sticky folder like /tmp', () => {
    const { fs } = newFs();
    fs.writeFile('/tmp/a', 'a', {}, alice);
    expect(codeOf(() => fs.unlink('/tmp/a', bob))).toBe('EPERM');
    fs.unlink('/tmp/a', alice);
    expect(fs.exists('/tmp/a')).toBe(false);
  });

  it('refuses writes on a read-only mount with EROFS', () => {
    const { fs } = newFs();
    const config = new Tree();
    new FileSystem(config, () => 0).writeFile('/game.properties', 'lives=3\n');
    fs.mount('/etc/config', config, { readOnly: true });
    expect(fs.readFile('/etc/config/game.properties')).toBe('lives=3\n');
    expect(codeOf(() => fs.writeFile('/etc/config/game.properties', 'x'))).toBe('EROFS');
    expect(codeOf(() => fs.unlink('/etc/config/game.properties'))).toBe('EROFS');
    expect(codeOf(() => fs.mkdir('/etc/config/d'))).toBe('EROFS');
    expect(new FsError('EROFS').message).toBe('Read-only file system');
  });

  it('lists, renames and removes entries with the Linux errors', () => {
    const { fs } = newFs();
    fs.mkdir('/a/b', { recursive: true });
    fs.writeFile('/a/b/f', '1');
    expect(codeOf(() => fs.mkdir('/a'))).toBe('EEXIST');
    expect(codeOf(() => fs.rmdir('/a/b'))).toBe('ENOTEMPTY');
    expect(codeOf(() => fs.readFile('/a'))).toBe('EISDIR');
    expect(codeOf(() => fs.readdir('/a/b/f'))).toBe('ENOTDIR');
    expect(codeOf(() => fs.readFile('/a/b/f/g'))).toBe('ENOTDIR');
    expect(codeOf(() => fs.rename('/a', '/a/b/c'))).toBe('EINVAL');
    fs.rename('/a/b/f', '/a/g');
    expect(fs.readdir('/a')).toEqual(['b', 'g']);
    fs.rmdir('/a/b');
    fs.remove('/a', { recursive: true });
    expect(fs.exists('/a')).toBe(false);
  });

  it('follows symlinks, and gives up on loops with ELOOP', () => {
    const { fs } = newFs();
    fs.mkdir('/data');
    fs.writeFile('/data/x', 'x');
    fs.symlink('/data', '/link');
    fs.symlink('../data/x', '/tmp/rel');
    expect(fs.readFile('/link/x')).toBe('x');
    expect(fs.readFile('/tmp/rel')).toBe('x');
    expect(fs.realpath('/link/../tmp/rel')).toBe('/data/x');
    expect(fs.lstat('/link').type).toBe('symlink');
    expect(fs.readlink('/link')).toBe('/data');
    fs.symlink('/loop2', '/loop1');
    fs.symlink('/loop1', '/loop2');
    expect(codeOf(() => fs.readFile('/loop1'))).toBe('ELOOP');
    fs.symlink('self', '/tmp/self');
    expect(codeOf(() => fs.stat('/tmp/self'))).toBe('ELOOP');
  });

  it('writes through a dangling symlink by creating its target', () => {
    const { fs } = newFs();
    fs.symlink('/tmp/target', '/tmp/l');
    fs.writeFile('/tmp/l', 'v');
    expect(fs.readFile('/tmp/target')).toBe('v');
  });

  it('swallows writes to /dev/null and reads it empty', () => {
    const { fs } = newFs();
    fs.mkdir('/dev');
    fs.mknod('/dev/null', 'null');
    fs.writeFile('/dev/null', 'gone', {}, bob);
    expect(fs.readFile('/dev/null', bob)).toBe('');
    expect(fs.stat('/dev/null').type).toBe('device');
    expect(codeOf(() => fs.mknod('/tmp/n', 'null', 0o666, alice))).toBe('EPERM');
  });

  it('tells a watcher about files created, modified and deleted in a folder', async () => {
    const { fs } = newFs();
    fs.mkdir('/etc/kubernetes/manifests', { recursive: true });
    const seen: string[] = [];
    const w = fs.watch('/etc/kubernetes/manifests', (e) => seen.push(`${e.type} ${e.path}`));
    fs.writeFile('/etc/kubernetes/manifests/web.yaml', 'a');
    fs.writeFile('/etc/kubernetes/manifests/web.yaml', 'b');
    fs.unlink('/etc/kubernetes/manifests/web.yaml');
    fs.writeFile('/tmp/elsewhere', 'c');
    await Promise.resolve();
    expect(seen).toEqual([
      'create /etc/kubernetes/manifests/web.yaml',
      'modify /etc/kubernetes/manifests/web.yaml',
      'modify /etc/kubernetes/manifests/web.yaml',
      'delete /etc/kubernetes/manifests/web.yaml',
    ]);
    w.close();
    fs.writeFile('/etc/kubernetes/manifests/x.yaml', 'a');
    await Promise.resolve();
    expect(seen).toHaveLength(4);
  });
});

describe('FileSystem, further', () => {
  it('notifies a watcher of changes made through another FileSystem sharing the folder', async () => {
    const node = new FileSystem(new Tree(), () => 0);
    node.mkdir('/etc/kubernetes/manifests', { recursive: true });
    const session = node.fork();
    const seen: string[] = [];
    node.watch('/etc/kubernetes/manifests', (e) => seen.push(`${e.type} ${e.name}`));
    session.writeFile('/etc/kubernetes/manifests/static-web.yaml', 'kind: Pod\n');
    session.rename('/etc/kubernetes/manifests/static-web.yaml', '/tmp-static-web.yaml');
    await Promise.resolve();
    expect(seen).toEqual(['create static-web.yaml', 'modify static-web.yaml', 'delete static-web.yaml']);
  });

  it('keeps hard-linked names on one inode until the last is removed', () => {
    const { fs } = newFs();
    const scratch = new Tree({ limit: 100 });
    fs.mount('/s', scratch);
    fs.writeFile('/s/a', '12345');
    fs.link('/s/a', '/s/b');
    fs.writeFile('/s/b', '1234567', { append: false });
    expect(fs.readFile('/s/a')).toBe('1234567');
    expect(fs.stat('/s/a').nlink).toBe(2);
    fs.unlink('/s/a');
    expect(scratch.used).toBe(7);
    fs.unlink('/s/b');
    expect(scratch.used).toBe(0);
    fs.mkdir('/s/d');
    expect(codeOf(() => fs.link('/s/d', '/s/e'))).toBe('EPERM');
  });

  it('refuses names longer than 255 bytes', () => {
    const { fs } = newFs();
    expect(codeOf(() => fs.writeFile('/tmp/' + 'a'.repeat(256), ''))).toBe('ENAMETOOLONG');
  });

  it('counts subfolders in a folder link count', () => {
    const { fs } = newFs();
    fs.mkdir('/d/a/x', { recursive: true });
    fs.mkdir('/d/b');
    fs.writeFile('/d/f', '');
    expect(fs.stat('/d').nlink).toBe(4);
  });
});

describe('createDevTree', () => {
  it('gives a container /dev/null, a sticky /dev/shm and a termination log', async () => {
    const { createDevTree } = await import('../../../src/os/fs/dev.ts');
    const { dev, shm } = createDevTree({ now: 5 });
    const fs = new FileSystem(Tree.overlay(new Tree().seal()), () => 5);
    fs.mount('/dev', dev);
    fs.mount('/dev/shm', shm);
    fs.writeFile('/dev/null', 'x', {}, bob);
    fs.writeFile('/dev/shm/seg', 'x', {}, bob);
    fs.writeFile('/dev/termination-log', 'bye', {}, bob);
    expect(fs.readdir('/dev')).toEqual(['full', 'null', 'random', 'shm', 'termination-log', 'tty', 'urandom', 'zero']);
    expect(fs.stat('/dev/shm').mode & 0o7777).toBe(0o1777);
    expect(shm.used).toBe(1);
  });
});

describe('trailing slashes', () => {
  it('treat a name as a folder, as open(2) and stat(2) do', () => {
    const { fs } = newFs();
    fs.writeFile('/tmp/f', '');
    expect(codeOf(() => fs.writeFile('/tmp/new/', 'x'))).toBe('EISDIR');
    expect(codeOf(() => fs.stat('/tmp/f/'))).toBe('ENOTDIR');
    fs.mkdir('/tmp/d/');
    expect(fs.stat('/tmp/d/').type).toBe('dir');
  });
});
