import { describe, expect, it } from 'vitest';
import { createDevTree } from '../../../src/os/fs/dev.ts';
import { FileSystem, MAX_FILE_BYTES } from '../../../src/os/fs/file-system.ts';
import { Tree } from '../../../src/os/fs/tree.ts';

function quota(limit?: number) {
  const tree = new Tree({ limit });
  return { tree, fs: new FileSystem(tree, () => 0) };
}

describe('write(2) block by block', () => {
  it('appends and counts only the new bytes', () => {
    const { tree, fs } = quota();
    fs.writeFile('/f', '');
    expect(fs.write('/f', 'abc')).toBe(3);
    expect(fs.write('/f', 'de')).toBe(2);
    expect(fs.readFile('/f')).toBe('abcde');
    expect(fs.stat('/f').size).toBe(5);
    expect(tree.used).toBe(5);
  });

  it('writes at an offset over existing bytes (conv=notrunc), padding a gap with NULs', () => {
    const { fs } = quota();
    fs.writeFile('/f', 'hello');
    expect(fs.write('/f', 'J', 0)).toBe(1);
    expect(fs.readFile('/f')).toBe('Jello');
    fs.write('/f', 'x', 7);
    expect(fs.readFile('/f')).toBe('Jello\0\0x');
  });

  it('comes up short at the quota, then fails with ENOSPC', () => {
    const { tree, fs } = quota(10);
    fs.writeFile('/f', '');
    expect(fs.write('/f', '12345678')).toBe(8);
    expect(fs.write('/f', 'abcdef')).toBe(2);
    expect(() => fs.write('/f', 'z')).toThrow('No space left on device');
    expect(tree.used).toBe(10);
    expect(fs.readFile('/f')).toBe('12345678ab');
  });

  it('refuses a file past the largest PodLab stores with EFBIG', () => {
    const { fs } = quota();
    fs.writeFile('/f', '');
    expect(() => fs.write('/f', 'x', MAX_FILE_BYTES)).toThrow('File too large');
    expect(() => fs.truncate('/f', MAX_FILE_BYTES + 1)).toThrow('File too large');
  });

  it('swallows writes to /dev/null and refuses them on /dev/full', () => {
    const { fs } = quota();
    fs.mkdir('/dev');
    fs.mknod('/dev/null', 'null');
    fs.mknod('/dev/full', 'full');
    expect(fs.write('/dev/null', 'abc')).toBe(3);
    expect(() => fs.write('/dev/full', 'abc')).toThrow('No space left on device');
    expect(() => fs.writeFile('/dev/full', 'abc')).toThrow('No space left on device');
  });
});

describe('truncate(2)', () => {
  it('extends with stored NULs and cuts back, accounting the bytes', () => {
    const { tree, fs } = quota(100);
    fs.writeFile('/f', 'abc');
    fs.truncate('/f', 8);
    expect(fs.readFile('/f')).toBe('abc\0\0\0\0\0');
    expect(tree.used).toBe(8);
    fs.truncate('/f', 2);
    expect(fs.readFile('/f')).toBe('ab');
    expect(tree.used).toBe(2);
    expect(() => fs.truncate('/f', 200)).toThrow('No space left on device');
  });

  it('cuts a multi-byte text at a character boundary', () => {
    const { fs } = quota();
    fs.writeFile('/f', 'héllo');
    fs.truncate('/f', 2);
    expect(fs.readFile('/f')).toBe('h');
  });
});

describe('the devices of /dev', () => {
  it('include random, urandom and full besides null and zero', () => {
    const { dev } = createDevTree({ now: 0 });
    const fs = new FileSystem(dev, () => 0);
    expect(fs.openRead('/urandom')).toEqual({ device: 'urandom' });
    expect(fs.openRead('/random')).toEqual({ device: 'random' });
    expect(fs.openRead('/full')).toEqual({ device: 'full' });
    expect(fs.openRead('/zero')).toEqual({ device: 'zero' });
  });
});
