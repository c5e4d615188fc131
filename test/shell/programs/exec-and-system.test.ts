import { describe, expect, it } from 'vitest';
import { programMachine } from '../../support/programs/program-machine.ts';

describe('programs that run other programs', () => {
  it('env prints the environment and runs a command with more variables', async () => {
    const m = programMachine();
    expect((await m.run(['env'], { env: { A: '1' } })).stdout).toContain('A=1\n');
    expect((await m.run(['env', 'X=2', 'printf', 'ok\\n'])).stdout).toBe('ok\n');
  });

  it('env says when the command does not exist, with 127', async () => {
    expect(await programMachine().run(['env', 'nope'])).toEqual({ stdout: '', stderr: "env: 'nope': No such file or directory\n", status: 127 });
    expect((await programMachine({ flavour: 'busybox' }).run(['env', 'nope'])).stderr).toBe("env: can't execute 'nope': No such file or directory\n");
  });

  it('xargs runs its command in batches and reports failures with 123', async () => {
    const m = programMachine({ files: { '/root/a': 'A\n' } });
    expect(await m.run(['xargs', 'cat'], { stdin: 'a missing\n' })).toEqual({ stdout: 'A\n', stderr: 'cat: missing: No such file or directory\n', status: 123 });
  });

  it('find -exec runs once per file, and with + once for all', async () => {
    const m = programMachine({ files: { '/root/d/a.yaml': 'a: 1\n', '/root/d/b.yaml': 'b: 2\n', '/root/d/c.txt': 'no\n' } });
    expect((await m.run(['find', 'd', '-name', '*.yaml', '-exec', 'cat', '{}', ';'])).stdout).toBe('a: 1\nb: 2\n');
    expect((await m.run(['find', 'd', '-name', '*.yaml', '-exec', 'wc', '-l', '{}', '+'])).stdout).toBe(' 1 d/a.yaml\n 1 d/b.yaml\n 2 total\n');
  });

  it('find -delete removes what matches, deepest first', async () => {
    const m = programMachine({ files: { '/root/d/x/a.tmp': '', '/root/d/keep': '' } });
    await m.run(['find', 'd', '-name', '*.tmp', '-delete']);
    expect(m.fs.readdir('/root/d/x')).toEqual([]);
    expect(m.fs.exists('/root/d/keep')).toBe(true);
  });

  it('which finds programs on PATH and is silent with 1 when one is missing', async () => {
    const m = programMachine();
    expect(await m.run(['which', 'ls', 'nope'])).toEqual({ stdout: '/usr/bin/ls\n', stderr: '', status: 1 });
    const b = programMachine({ flavour: 'busybox' });
    expect((await b.run(['which', 'wget'])).stdout).toBe('/bin/wget\n');
  });

  it('a script with #! runs through its interpreter', async () => {
    const m = programMachine({ files: { '/root/hello.sh': '#!/usr/bin/echo from\n' } });
    m.fs.chmod('/root/hello.sh', 0o755);
    expect((await m.run(['env', './hello.sh', 'x'])).stdout).toBe('from ./hello.sh x\n');
  });
});

describe('what the machine says about itself', () => {
  it('date prints the virtual time in the C locale format, and formats on request', async () => {
    const m = programMachine();
    expect((await m.run(['date'])).stdout).toBe('Mon Jan  5 09:00:00 UTC 2026\n');
    expect((await m.run(['date', '+%s'])).stdout).toBe(`${Date.UTC(2026, 0, 5, 9) / 1000}\n`);
    expect((await m.run(['date', '+%Y-%m-%dT%H:%M:%SZ'])).stdout).toBe('2026-01-05T09:00:00Z\n');
    expect((await m.run(['date', '-d', '1 hour ago', '+%H:%M'])).stdout).toBe('08:00\n');
  });

  it('uname -a names an Ubuntu kernel and the host', async () => {
    expect((await programMachine().run(['uname', '-a'])).stdout).toBe('Linux controlplane 6.8.0-51-generic #52-Ubuntu SMP PREEMPT_DYNAMIC Thu Dec  5 13:09:44 UTC 2024 x86_64 x86_64 x86_64 GNU/Linux\n'.replace(' x86_64 x86_64 x86_64', ' x86_64'));
    expect((await programMachine().run(['uname'])).stdout).toBe('Linux\n');
  });

  it('hostname prints the machine name', async () => {
    expect((await programMachine().run(['hostname'])).stdout).toBe('controlplane\n');
  });

  it('free -m lays out memory like procps', async () => {
    const r = await programMachine().run(['free', '-m']);
    expect(r.stdout).toBe(
      '               total        used        free      shared  buff/cache   available\n' +
      'Mem:            4096         512        2560           4        1024        3584\n' +
      'Swap:              0           0           0\n',
    );
  });

  it('df -h and du -sh report sizes', async () => {
    const m = programMachine({ files: { '/root/d/a': 'x'.repeat(5000), '/root/d/b': 'y' } });
    expect((await m.run(['du', '-sh', 'd'])).stdout).toBe('16K\td\n');
    expect((await m.run(['du', 'd'])).stdout).toBe('16\td\n');
    expect((await m.run(['df', '-h'])).stdout.split('\n')[0]).toBe('Filesystem      Size  Used Avail Use% Mounted on');
  });

  it('stat reports a file the way coreutils does', async () => {
    const m = programMachine({ files: { '/root/f': 'hello' } });
    const r = await m.run(['stat', 'f']);
    expect(r.stdout).toMatch(/^ {2}File: f\n {2}Size: 5 {9}\tBlocks: 8 {9} IO Block: 4096 {3}regular file\n/);
    expect(r.stdout).toContain('Access: (0644/-rw-r--r--)  Uid: (    0/    root)   Gid: (    0/    root)\n');
    expect(r.stdout).toContain('Modify: 2026-01-05 09:00:00.000000000 +0000\n');
  });

  it('man says there are no pages, help lists the programs', async () => {
    const m = programMachine();
    expect(await m.run(['man', 'ls'])).toEqual({ stdout: '', stderr: "No manual entry for ls\nThis machine has no manual pages; try 'ls --help'.\n", status: 16 });
    const help = await m.run(['help']);
    expect(help.stdout).toContain('grep');
    expect(help.stdout).toContain('kubectl');
  });

  it('printf reuses its format for the remaining arguments', async () => {
    expect((await programMachine().run(['printf', '%s:%s\\n', 'a', '1', 'b'])).stdout).toBe('a:1\nb:\n');
  });

  it('base64 round-trips text through -d', async () => {
    const m = programMachine();
    const enc = await m.run(['base64'], { stdin: 'kubernetes ☸\n' });
    expect((await m.run(['base64', '-d'], { stdin: enc.stdout })).stdout).toBe('kubernetes ☸\n');
  });
});
