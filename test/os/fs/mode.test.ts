import { describe, it, expect } from 'vitest';
import { formatMode } from '../../../src/os/fs/mode.ts';

describe('formatMode', () => {
  it.each([
    [0o100644, '-rw-r--r--'],
    [0o040755, 'drwxr-xr-x'],
    [0o041777, 'drwxrwxrwt'],
    [0o041776, 'drwxrwxrwT'],
    [0o120777, 'lrwxrwxrwx'],
    [0o020666, 'crw-rw-rw-'],
    [0o104755, '-rwsr-xr-x'],
    [0o102644, '-rw-r-Sr--'],
  ])('shows mode %o as %s', (mode, want) => {
    expect(formatMode(mode)).toBe(want);
  });
});
