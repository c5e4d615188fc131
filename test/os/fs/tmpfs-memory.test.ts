import { describe, expect, it } from 'vitest';
import { FileSystem } from '../../../src/os/fs/file-system.ts';
import { Tree } from '../../../src/os/fs/tree.ts';
import { FsError } from '../../../src/os/fs/errors.ts';

function setup(tmpfs: { limit?: number; memory?: boolean }) {
  const charged: number[] = [];
  const fs = new FileSystem(new Tree(), () => 0);
  fs.mount('/ram', new Tree({ mode: 0o777, ...tmpfs }), { memory: (bytes) => charged.push(bytes) });
  const total = () => charged.reduce((a, b) => a + b, 0);
  return { fs, charged, total };
}

describe('memory-backed trees and the writer\'s memory cgroup', () => {
  it('charges what is written to a tmpfs to the mount namespace\'s cgroup, and uncharges it when the file goes', () => {
    const s = setup({ memory: true });
    s.fs.writeFile('/ram/a', 'x'.repeat(1000));
    s.fs.writeFile('/ram/a', 'y'.repeat(1500));
    expect(s.total()).toBe(1500);
    s.fs.unlink('/ram/a');
    expect(s.total()).toBe(0);
  });

  it('charges nothing for a disk-backed tree mounted the same way', () => {
    const s = setup({});
    s.fs.writeFile('/ram/a', 'x'.repeat(1000));
    expect(s.charged).toEqual([]);
  });

  it('gives the charge back when the tmpfs itself is full (ENOSPC)', () => {
    const s = setup({ memory: true, limit: 100 });
    expect(() => s.fs.writeFile('/ram/a', 'x'.repeat(200))).toThrow(FsError);
    expect(s.total()).toBe(0);
  });
});
