import { describe, expect, it } from 'vitest';
import { parseMode } from '../../../src/shell/programs/lib/mode.ts';
import { programMachine } from '../../support/programs/program-machine.ts';

const LEARNER = { uid: 1000, gid: 1000, groups: [1000] };

describe('chmod modes', () => {
  it.each([
    ['755', 0o644, false, 0o755],
    ['u+x', 0o644, false, 0o744],
    ['+x', 0o644, false, 0o755],
    ['go-w', 0o666, false, 0o644],
    ['a=r', 0o755, false, 0o444],
    ['u=rw,g=r,o=', 0o777, false, 0o640],
    ['+t', 0o777, true, 0o1777],
    ['g+s', 0o755, true, 0o2755],
    ['a+X', 0o644, true, 0o755],
    ['a+X', 0o644, false, 0o644],
    ['o+w', 0o644, false, 0o646],
  ])('%s on %o → %o', (spec, from, dir, want) => {
    expect(parseMode(spec, from, dir)).toBe(want);
  });

  it('rejects nonsense', () => {
    expect(parseMode('u+q', 0o644)).toBeUndefined();
    expect(parseMode('99', 0o644)).toBeUndefined();
  });

  it('chmod changes the file and -R goes through folders', async () => {
    const m = programMachine({ files: { '/root/d/a.sh': 'x', '/root/d/e/b.sh': 'y' } });
    await m.run(['chmod', '-R', 'u+x', 'd']);
    expect(m.fs.stat('/root/d/e/b.sh').mode & 0o777).toBe(0o744);
  });
});

describe('chown', () => {
  it('sets owner and group by name', async () => {
    const m = programMachine({ files: { '/root/f': 'x' } });
    expect((await m.run(['chown', 'learner:daemon', 'f'])).status).toBe(0);
    expect(m.fs.stat('/root/f')).toMatchObject({ uid: 1000, gid: 1 });
  });

  it('needs CAP_CHOWN to give a file away', async () => {
    const m = programMachine({ files: { '/tmp/f': 'x' } });
    m.fs.chown('/tmp/f', 1000, 1000);
    expect(await m.run(['chown', 'root', '/tmp/f'], { cred: LEARNER })).toEqual({ stdout: '', stderr: "chown: changing ownership of '/tmp/f': Operation not permitted\n", status: 1 });
    const b = programMachine({ flavour: 'busybox', files: { '/tmp/f': 'x' } });
    b.fs.chown('/tmp/f', 1000, 1000);
    expect((await b.run(['chown', 'root', '/tmp/f'], { cred: LEARNER })).stderr).toBe('chown: /tmp/f: Operation not permitted\n');
  });

  it('names an unknown user as each flavour does', async () => {
    expect((await programMachine().run(['chown', 'nobody2', 'x'])).stderr).toBe('chown: invalid user: ‘nobody2’\n');
    expect((await programMachine({ flavour: 'busybox' }).run(['chown', 'nobody2', 'x'])).stderr).toBe('chown: unknown user nobody2\n');
  });
});

describe('who am I', () => {
  it('id, whoami and id -un read /etc/passwd', async () => {
    const m = programMachine();
    expect((await m.run(['id'])).stdout).toBe('uid=0(root) gid=0(root) groups=0(root)\n');
    expect((await m.run(['id'], { cred: LEARNER })).stdout).toBe('uid=1000(learner) gid=1000(learner) groups=1000(learner)\n');
    expect((await m.run(['whoami'], { cred: LEARNER })).stdout).toBe('learner\n');
    expect((await m.run(['id', '-un'], { cred: LEARNER })).stdout).toBe('learner\n');
  });

  it('a uid the image does not know prints as a number', async () => {
    const m = programMachine({ flavour: 'busybox' });
    const cred = { uid: 2000, gid: 3000, groups: [3000] };
    expect((await m.run(['id'], { cred })).stdout).toBe('uid=2000 gid=3000 groups=3000\n');
    expect((await m.run(['whoami'], { cred })).stderr).toBe('whoami: unknown uid 2000\n');
  });

  it('writing where the user may not is refused with EACCES', async () => {
    const m = programMachine();
    expect(await m.run(['touch', '/root/x'], { cred: LEARNER, cwd: '/home/learner' })).toEqual({ stdout: '', stderr: "touch: cannot touch '/root/x': Permission denied\n", status: 1 });
    expect((await m.run(['mkdir', '/etc/x'], { cred: LEARNER })).stderr).toBe('mkdir: cannot create directory ‘/etc/x’: Permission denied\n');
  });
});

describe('copying, moving and linking', () => {
  it('cp -r copies a tree, mv renames, ln -s links', async () => {
    const m = programMachine({ files: { '/root/src/a': 'A', '/root/src/b/c': 'C' } });
    await m.run(['cp', '-r', 'src', 'dst']);
    expect(m.fs.readFile('/root/dst/b/c')).toBe('C');
    await m.run(['mv', 'dst', 'moved']);
    expect(m.fs.exists('/root/dst')).toBe(false);
    await m.run(['ln', '-s', 'moved/a', 'link']);
    expect(m.fs.readlink('/root/link')).toBe('moved/a');
    expect((await m.run(['cat', 'link'])).stdout).toBe('A');
  });

  it('sed -i edits a file in place', async () => {
    const m = programMachine({ files: { '/root/pod.yaml': 'image: nginx:1.25\n' } });
    await m.run(['sed', '-i', 's/1.25/1.27/', 'pod.yaml']);
    expect(m.fs.readFile('/root/pod.yaml')).toBe('image: nginx:1.27\n');
  });

  it('tee -a appends', async () => {
    const m = programMachine({ files: { '/root/log': 'a\n' } });
    await m.run(['tee', '-a', 'log'], { stdin: 'b\n' });
    expect(m.fs.readFile('/root/log')).toBe('a\nb\n');
  });
});
