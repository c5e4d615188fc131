import { describe, expect, it } from 'vitest';
import { Tree } from '../../../src/os/fs/tree.ts';
import { parseDdArgs, parseDdNumber } from '../../../src/shell/programs/lib/dd-options.ts';
import { busyboxHuman, gnuHumanBytes, gnuRate, gnuSeconds, gnuTransfer, busyboxTransfer } from '../../../src/shell/programs/lib/dd-stats.ts';
import { programMachine } from '../../support/programs/program-machine.ts';

function machine(flavour: 'coreutils' | 'busybox' = 'coreutils', quota = 3_500_000) {
  const m = programMachine({ flavour });
  for (const d of ['zero', 'urandom'] as const) m.fs.mknod(`/dev/${d}`, d);
  m.fs.mount('/cache', new Tree({ limit: quota }));
  m.fs.mount('/ro', new Tree(), { readOnly: true });
  return m;
}

describe("dd's transfer line", () => {
  it.each([
    [0, '0 B', '0 B'], [512, '512 B', '512 B'], [1000, '1.0 kB', '1000 B'], [1024, '1.0 kB', '1.0 KiB'],
    [3145728, '3.1 MB', '3.0 MiB'], [20971520, '21 MB', '20 MiB'], [10485760, '10 MB', '10 MiB'], [999999, '1.0 MB', '977 KiB'],
  ])('gnulib human_readable gives %i bytes as %s and %s', (n, si, iec) => {
    expect(gnuHumanBytes(n)).toBe(si);
    expect(gnuHumanBytes(n, true)).toBe(iec);
  });

  it.each([
    [3145728, 4_120_000, '764 MB/s'], [1024, 103_482, '9.9 MB/s'], [0, 100_000, '0.0 kB/s'], [2 ** 30, 1e9, '1.1 GB/s'], [5, 1e9, '0.0 kB/s'],
  ])('the rate of %i bytes in %i ns reads %s', (bytes, ns, rate) => {
    expect(gnuRate(bytes, ns)).toBe(rate);
  });

  it.each([[4_120_000, '0.00412 s'], [1_234_567_890, '1.23457 s'], [45_000, '4.5e-05 s'], [100_000, '0.0001 s'], [2e9, '2 s']])('%g of %i ns is %s', (ns, text) => {
    expect(gnuSeconds(ns)).toBe(text);
  });

  it('drops the human-readable sizes GNU would not print', () => {
    expect(gnuTransfer(1, 1e6)).toBe('1 byte copied, 0.001 s, 1.0 kB/s');
    expect(gnuTransfer(1000, 1e6)).toBe('1000 bytes (1.0 kB) copied, 0.001 s, 1.0 MB/s');
    expect(gnuTransfer(3145728, 4_120_000)).toBe('3145728 bytes (3.1 MB, 3.0 MiB) copied, 0.00412 s, 764 MB/s');
  });

  it.each([[0, '0'], [512, '512'], [3145728, '3.0M'], [763_526_213, '728.2M'], [1024, '1.0K']])('busybox make_human_readable_str(%i) is %s', (n, text) => {
    expect(busyboxHuman(n)).toBe(text);
  });

  it('busybox prints six decimals of seconds and a 1024-based rate', () => {
    expect(busyboxTransfer(3145728, 4_120_000)).toBe('3145728 bytes (3.0MB) copied, 0.004120 seconds, 728.2MB/s');
  });
});

describe("dd's operands", () => {
  it.each([
    ['1M', false, 1048576], ['1MB', false, 1e6], ['4k', false, 4096], ['2x1K', false, 2048], ['1KiB', false, 1024], ['3b', false, 1536],
    ['1M', true, 1048576], ['1kB', true, 1000], ['2x1K', true, undefined], ['1Q', false, undefined], ['', false, undefined],
  ])('%s (busybox %s) is %s bytes', (text, busybox, n) => {
    expect(parseDdNumber(text, busybox)).toBe(n);
  });

  it('reads if, of, bs, count and conv=notrunc, and names the first mistake', () => {
    expect(parseDdArgs(['if=/dev/zero', 'of=/x', 'bs=1M', 'count=3', 'conv=notrunc'], false)).toMatchObject({ input: '/dev/zero', output: '/x', ibs: 1048576, obs: 1048576, count: 3, notrunc: true });
    expect(parseDdArgs(['foo'], false)).toEqual({ kind: 'operand', operand: 'foo' });
    expect(parseDdArgs(['bs=0'], false)).toEqual({ kind: 'number', value: '0' });
    expect(parseDdArgs(['status=progress'], true)).toEqual({ kind: 'flag', key: 'status', value: 'progress' });
    expect(parseDdArgs(['conv=bogus'], false)).toEqual({ kind: 'flag', key: 'conv', value: 'bogus' });
  });
});

describe('dd copies blocks (GNU coreutils)', () => {
  it('fills a file from /dev/zero and sums up on stderr', async () => {
    const m = machine();
    const r = await m.run(['dd', 'if=/dev/zero', 'of=/tmp/big', 'bs=1M', 'count=3']);
    expect(r).toEqual({ stdout: '', status: 0, stderr: '3+0 records in\n3+0 records out\n3145728 bytes (3.1 MB, 3.0 MiB) copied, 0.0042209 s, 745 MB/s\n' });
    expect(m.fs.stat('/tmp/big').size).toBe(3145728);
    expect(m.fs.readFile('/tmp/big')).toBe('\0'.repeat(3145728));
  });

  it('stops at a full volume with error writing, counting the short record in bytes only', async () => {
    const m = machine();
    const r = await m.run(['dd', 'if=/dev/zero', 'of=/cache/big', 'bs=1M', 'count=20']);
    expect(r.stderr).toBe("dd: error writing '/cache/big': No space left on device\n4+0 records in\n3+0 records out\n3500000 bytes (3.5 MB, 3.3 MiB) copied, 0.004685 s, 747 MB/s\n");
    expect(r.status).toBe(1);
    expect(m.fs.stat('/cache/big').size).toBe(3_500_000);
  });

  it('cannot open an output on a read-only filesystem, and prints no summary', async () => {
    const r = await machine().run(['dd', 'if=/dev/zero', 'of=/ro/f', 'bs=1M', 'count=1']);
    expect(r).toEqual({ stdout: '', stderr: "dd: failed to open '/ro/f': Read-only file system\n", status: 1 });
  });

  it('reports a missing input and a bad operand the GNU way', async () => {
    const m = machine();
    expect((await m.run(['dd', 'if=/nope'])).stderr).toBe("dd: failed to open '/nope': No such file or directory\n");
    expect(await m.run(['dd', 'foo'])).toEqual({ stdout: '', stderr: "dd: unrecognized operand \u2018foo\u2019\nTry 'dd --help' for more information.\n", status: 1 });
    expect((await m.run(['dd', 'bs=1Q'])).stderr).toBe('dd: invalid number: \u20181Q\u2019\n');
  });

  it('status=none is silent and status=noxfer keeps the records', async () => {
    const m = machine();
    expect((await m.run(['dd', 'if=/dev/zero', 'of=/tmp/a', 'bs=1k', 'count=2', 'status=none'])).stderr).toBe('');
    expect((await m.run(['dd', 'if=/dev/zero', 'of=/tmp/a', 'bs=1k', 'count=2', 'status=noxfer'])).stderr).toBe('2+0 records in\n2+0 records out\n');
  });

  it('writes to stdout without of=, and counts short pipe reads as partial records', async () => {
    const m = machine();
    const r = await m.pipeline([['dd', 'if=/dev/zero', 'bs=1k', 'count=2', 'status=none'], ['wc', '-c']]);
    expect(r.stdout.trim()).toBe('2048');
    const short = await m.run(['dd', 'of=/tmp/in', 'bs=1M', 'count=1'], { stdin: 'hello\n' });
    expect(short.stderr).toMatch(/^0\+1 records in\n0\+1 records out\n6 bytes copied, /);
    expect(m.fs.readFile('/tmp/in')).toBe('hello\n');
  });

  it('conv=notrunc overwrites in place and seek= skips output blocks', async () => {
    const m = machine();
    m.fs.writeFile('/tmp/f', 'hello world');
    await m.run(['dd', 'of=/tmp/f', 'conv=notrunc', 'status=none'], { stdin: 'J' });
    expect(m.fs.readFile('/tmp/f')).toBe('Jello world');
    await m.run(['dd', 'of=/tmp/f', 'bs=1', 'seek=5', 'status=none'], { stdin: '!' });
    expect(m.fs.readFile('/tmp/f')).toBe('Jello!');
  });

  it('copies /dev/urandom bytes that base64 can encode', async () => {
    const m = machine();
    await m.run(['dd', 'if=/dev/urandom', 'of=/tmp/r', 'bs=16', 'count=1', 'status=none']);
    expect(m.fs.stat('/tmp/r').size).toBe(16);
    expect((await m.run(['base64', '/tmp/r'])).stdout).toMatch(/^[A-Za-z0-9+/]{22}==\n$/);
  });
});

describe('dd copies blocks (busybox)', () => {
  it('sums up in its own format', async () => {
    const r = await machine('busybox').run(['dd', 'if=/dev/zero', 'of=/tmp/big', 'bs=1M', 'count=3']);
    expect(r.stderr).toBe('3+0 records in\n3+0 records out\n3145728 bytes (3.0MB) copied, 0.004221 seconds, 710.7MB/s\n');
  });

  it('stops at a full volume with error writing', async () => {
    const r = await machine('busybox').run(['dd', 'if=/dev/zero', 'of=/cache/big', 'bs=1M', 'count=20']);
    expect(r.stderr).toBe("dd: error writing '/cache/big': No space left on device\n4+0 records in\n3+0 records out\n3500000 bytes (3.3MB) copied, 0.004685 seconds, 712.5MB/s\n");
    expect(r.status).toBe(1);
  });

  it("says can't open, refuses status=progress and shows usage for a stray word", async () => {
    const m = machine('busybox');
    expect((await m.run(['dd', 'if=/dev/zero', 'of=/ro/f'])).stderr).toBe("dd: can't open '/ro/f': Read-only file system\n");
    expect(await m.run(['dd', 'status=progress'])).toEqual({ stdout: '', stderr: "dd: invalid argument 'progress' to 'status'\n", status: 1 });
    const usage = await m.run(['dd', 'foo']);
    expect(usage.stderr).toContain('Usage: dd [if=FILE] [of=FILE]');
    expect(usage.status).toBe(1);
  });
});
