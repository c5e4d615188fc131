import { describe, expect, it } from 'vitest';
import { Pipe } from '../../../src/os/pipe.ts';
import { registerTerminal } from '../../../src/shell/programs/lib/system.ts';
import { programMachine, settle } from '../../support/programs/program-machine.ts';
import { gridLines, lsDate } from '../../../src/shell/programs/ls-format.ts';

const JAN5 = Date.UTC(2026, 0, 5, 9, 0, 0);

function machine(flavour: 'coreutils' | 'busybox') {
  const m = programMachine({ flavour, files: { '/root/w/notes.txt': 'hello', '/root/w/big.bin': 'x'.repeat(5000) } });
  m.fs.mkdir('/root/w/sub');
  m.fs.symlink('notes.txt', '/root/w/link');
  m.fs.chown('/root/w/notes.txt', 1000, 1000);
  m.fs.chown('/root/w/big.bin', 4242, 1);
  m.fs.utimes('/root/w/big.bin', Date.UTC(2025, 0, 1, 10, 0, 0));
  return m;
}

describe('ls -l', () => {
  // Layouts checked against GNU coreutils 9.1 and busybox 1.35 (see parity.test.ts for the texts).
  it('aligns columns, names owners from /etc/passwd and dates old files with the year (GNU)', async () => {
    const r = await machine('coreutils').run(['ls', '-l', 'w']);
    expect(r.stdout).toBe(
      'total 16\n' +
      '-rw-r--r-- 1 4242    daemon  5000 Jan  1  2025 big.bin\n' +
      'lrwxrwxrwx 1 root    root       9 Jan  5 09:00 link -> notes.txt\n' +
      '-rw-r--r-- 1 learner learner    5 Jan  5 09:00 notes.txt\n' +
      'drwxr-xr-x 2 root    root    4096 Jan  5 09:00 sub\n',
    );
  });

  it('uses busybox fixed-width columns in containers', async () => {
    const r = await machine('busybox').run(['ls', '-l', 'w']);
    expect(r.stdout).toBe(
      'total 16\n' +
      '-rw-r--r--    1 4242     daemon        5000 Jan  1  2025 big.bin\n' +
      'lrwxrwxrwx    1 root     root             9 Jan  5 09:00 link -> notes.txt\n' +
      '-rw-r--r--    1 learner  learner          5 Jan  5 09:00 notes.txt\n' +
      'drwxr-xr-x    2 root     root          4096 Jan  5 09:00 sub\n',
    );
  });

  it('prints human sizes with -h as each flavour rounds them', async () => {
    expect((await machine('coreutils').run(['ls', '-lh', 'w/big.bin'])).stdout).toContain(' 4.9K Jan  1  2025 w/big.bin');
    expect((await machine('busybox').run(['ls', '-lh', 'w/big.bin'])).stdout).toContain('     4.9K Jan  1  2025 w/big.bin');
  });

  it('dates files from the last six months with the time, older or future ones with the year', () => {
    expect(lsDate(JAN5 - 86400_000, JAN5)).toBe('Jan  4 09:00');
    expect(lsDate(JAN5 - 200 * 86400_000, JAN5)).toBe('Jun 19  2025');
    expect(lsDate(JAN5 + 86400_000, JAN5)).toBe('Jan  6  2026');
  });
});

describe('ls on a terminal', () => {
  it('lays names out in columns and colours folders, links and executables (--color=auto)', async () => {
    const m = machine('coreutils');
    m.fs.writeFile('/root/w/run.sh', 'echo', { mode: 0o755 });
    const out = new Pipe();
    registerTerminal(out, { cols: () => 80 });
    const { proc } = m.start(['ls', '--color=auto', 'w'], { stdout: out });
    await settle();
    await proc.wait();
    expect(out.drain()).toBe('big.bin  \x1b[0m\x1b[01;36mlink\x1b[0m  notes.txt  \x1b[01;32mrun.sh\x1b[0m  \x1b[01;34msub\x1b[0m\n');
  });

  it('prints one name a line and no colour into a pipe', async () => {
    const r = await machine('coreutils').run(['ls', '--color=auto', 'w']);
    expect(r.stdout).toBe('big.bin\nlink\nnotes.txt\nsub\n');
  });

  it('fills columns top to bottom within the width', () => {
    const names = ['alpha', 'bravo', 'charlie', 'delta', 'echo'];
    expect(gridLines(names, names.map((n) => n.length), 20)).toEqual(['alpha    delta', 'bravo    echo', 'charlie']);
  });
});

describe('colours on a terminal', () => {
  it('busybox ls colours every name with its own table', async () => {
    const m = machine('busybox');
    const out = new Pipe();
    registerTerminal(out, { cols: () => 80 });
    const { proc } = m.start(['ls', '-1', 'w'], { stdout: out });
    await settle();
    await proc.wait();
    expect(out.drain()).toBe('\x1b[0;0mbig.bin\x1b[m\n\x1b[1;36mlink\x1b[m\n\x1b[0;0mnotes.txt\x1b[m\n\x1b[1;34msub\x1b[m\n');
  });

  it('grep --color=auto highlights matches, names and line numbers as GNU grep does', async () => {
    const m = programMachine({ files: { '/root/g1': 'a\n', '/root/f': 'b\n' } });
    const out = new Pipe();
    registerTerminal(out, { cols: () => 80 });
    const { proc } = m.start(['grep', '--color=auto', '-n', 'a', 'f', 'g1'], { stdout: out });
    await settle();
    await proc.wait();
    // Recorded from GNU grep 3.8 under script(1).
    expect(out.drain()).toBe('\x1b[35m\x1b[Kg1\x1b[m\x1b[K\x1b[36m\x1b[K:\x1b[m\x1b[K\x1b[32m\x1b[K1\x1b[m\x1b[K\x1b[36m\x1b[K:\x1b[m\x1b[K\x1b[01;31m\x1b[Ka\x1b[m\x1b[K\n');
  });
});

describe('names a shell would split', () => {
  it('are quoted on a terminal, with the others shifted to line up (GNU)', async () => {
    const m = programMachine({ files: { '/root/q/a b': '', '/root/q/c': '', "/root/q/it's": '' } });
    const out = new Pipe();
    registerTerminal(out, { cols: () => 80 });
    const { proc } = m.start(['ls', 'q'], { stdout: out });
    await settle();
    await proc.wait();
    // Recorded from GNU ls 9.1 under script(1).
    expect(out.drain()).toBe('\'a b\'   c  "it\'s"\n');
    expect((await m.run(['ls', 'q'])).stdout).toBe("a b\nc\nit's\n");
  });
});
