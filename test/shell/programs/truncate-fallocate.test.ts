import { describe, expect, it } from 'vitest';
import { Tree } from '../../../src/os/fs/tree.ts';
import { parseFallocateSize } from '../../../src/shell/programs/fallocate.ts';
import { parseTruncateSize } from '../../../src/shell/programs/truncate.ts';
import { programMachine } from '../../support/programs/program-machine.ts';

function machine(flavour: 'coreutils' | 'busybox' = 'coreutils') {
  const m = programMachine({ flavour });
  m.fs.mount('/cache', new Tree({ limit: 5 * 1048576 }));
  return m;
}

describe('sizes', () => {
  it.each([
    ['1M', false, { op: '', n: 1048576 }], ['+1K', false, { op: '+', n: 1024 }], ['1MB', false, { op: '', n: 1e6 }],
    ['1M', true, { op: '', n: 1048576 }], ['+1K', true, undefined], ['x', false, undefined],
  ])('truncate reads %s (busybox %s) as %j', (text, busybox, size) => {
    expect(parseTruncateSize(text, busybox)).toEqual(size);
  });

  it.each([['10M', false, 10485760], ['10MB', false, 1e7], ['4k', false, 4096], ['10M', true, 10485760], ['10MB', true, undefined]])('fallocate reads %s (busybox %s) as %s', (text, busybox, n) => {
    expect(parseFallocateSize(text, busybox)).toBe(n);
  });
});

describe.each(['coreutils', 'busybox'] as const)('truncate (%s)', (flavour) => {
  it('makes a file of the size asked, grows and shrinks it', async () => {
    const m = machine(flavour);
    expect(await m.run(['truncate', '-s', '1M', '/tmp/f'])).toEqual({ stdout: '', stderr: '', status: 0 });
    expect(m.fs.stat('/tmp/f').size).toBe(1048576);
    await m.run(['truncate', '-s', '3', '/tmp/f']);
    expect(m.fs.readFile('/tmp/f')).toBe('\0\0\0');
  });

  it('-c leaves a missing file missing', async () => {
    const m = machine(flavour);
    expect((await m.run(['truncate', '-c', '-s', '1K', '/tmp/none'])).status).toBe(0);
    expect(m.fs.exists('/tmp/none')).toBe(false);
  });
});

describe('truncate errors', () => {
  it('GNU: no size, no file, no room, bad number', async () => {
    const m = machine();
    expect((await m.run(['truncate', '/tmp/f'])).stderr).toBe("truncate: you must specify either '--size' or '--reference'\nTry 'truncate --help' for more information.\n");
    expect((await m.run(['truncate', '-s', '1M'])).stderr).toBe("truncate: missing file operand\nTry 'truncate --help' for more information.\n");
    expect(await m.run(['truncate', '-s', '10M', '/cache/f'])).toEqual({ stdout: '', stderr: "truncate: failed to truncate '/cache/f' at 10485760 bytes: No space left on device\n", status: 1 });
    expect((await m.run(['truncate', '-s', 'lots', '/tmp/f'])).stderr).toBe('truncate: Invalid number: \u2018lots\u2019\n');
    expect((await m.run(['truncate', '-s', '1K', '/nodir/f'])).stderr).toBe("truncate: cannot open '/nodir/f' for writing: No such file or directory\n");
    await m.run(['truncate', '-s', '100', '/tmp/g']);
    await m.run(['truncate', '-s', '+20', '/tmp/g']);
    expect(m.fs.stat('/tmp/g').size).toBe(120);
  });

  it('busybox: no room, a missing folder', async () => {
    const m = machine('busybox');
    expect((await m.run(['truncate', '-s', '10M', '/cache/f'])).stderr).toBe('truncate: /cache/f: truncate: No space left on device\n');
    expect((await m.run(['truncate', '-s', '1K', '/nodir/f'])).stderr).toBe('truncate: /nodir/f: open: No such file or directory\n');
  });
});

describe('fallocate', () => {
  it.each(['coreutils', 'busybox'] as const)('allocates the length asked (%s)', async (flavour) => {
    const m = machine(flavour);
    expect(await m.run(['fallocate', '-l', '2M', '/cache/f'])).toEqual({ stdout: '', stderr: '', status: 0 });
    expect(m.fs.stat('/cache/f').size).toBe(2 * 1048576);
  });

  it('util-linux: no room, no length, no file', async () => {
    const m = machine();
    expect(await m.run(['fallocate', '-l', '10M', '/cache/f'])).toEqual({ stdout: '', stderr: 'fallocate: fallocate failed: No space left on device\n', status: 1 });
    expect((await m.run(['fallocate', '/tmp/f'])).stderr).toBe('fallocate: no length argument specified\n');
    expect((await m.run(['fallocate', '-l', '1M'])).stderr).toBe("fallocate: no filename specified\nTry 'fallocate --help' for more information.\n");
  });

  it('busybox: no room, and usage without -l', async () => {
    const m = machine('busybox');
    expect((await m.run(['fallocate', '-l', '10M', '/cache/f'])).stderr).toBe("fallocate: fallocate '/cache/f': No space left on device\n");
    expect((await m.run(['fallocate', '/tmp/f'])).stderr).toContain('Usage: fallocate [-o OFS] -l LEN FILE');
  });
});
