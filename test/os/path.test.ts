import { describe, it, expect } from 'vitest';
import { basename, dirname, join, normalize, resolve } from '../../src/os/path.ts';

describe('path helpers', () => {
  it.each([
    ['/', '/'],
    ['', '.'],
    ['//a//b/', '/a/b'],
    ['/a/./b/../c', '/a/c'],
    ['/../..', '/'],
    ['a/../..', '..'],
    ['./x', 'x'],
  ])('normalizes %j to %j', (input, want) => {
    expect(normalize(input)).toBe(want);
  });

  it.each([
    ['/a/b', '/a', 'b'],
    ['/a/b/', '/a', 'b'],
    ['/a', '/', 'a'],
    ['/', '/', '/'],
    ['a', '.', 'a'],
    ['a/b', 'a', 'b'],
  ])('splits %j into dirname %j and basename %j', (input, dir, base) => {
    expect(dirname(input)).toBe(dir);
    expect(basename(input)).toBe(base);
  });

  it('strips a suffix from a basename unless it is the whole name', () => {
    expect(basename('/etc/pod.yaml', '.yaml')).toBe('pod');
    expect(basename('.yaml', '.yaml')).toBe('.yaml');
  });

  it('joins and resolves against a working directory', () => {
    expect(join('/var', 'log', '../lib')).toBe('/var/lib');
    expect(resolve('/home/alice', 'notes/../pod.yaml')).toBe('/home/alice/pod.yaml');
    expect(resolve('/home/alice', '/etc/hosts')).toBe('/etc/hosts');
    expect(resolve('/', '..')).toBe('/');
  });
});
