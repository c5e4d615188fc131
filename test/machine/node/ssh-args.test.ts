import { describe, expect, it } from 'vitest';
import { parseSshArgs } from '../../../src/machine/node/ssh.ts';

describe('ssh command lines', () => {
  it.each([
    [['node01'], { user: undefined, host: 'node01', command: [], forceTty: false }],
    [['root@node01', 'cat', '/etc/hostname'], { user: 'root', host: 'node01', command: ['cat', '/etc/hostname'], forceTty: false }],
    [['-o', 'StrictHostKeyChecking=no', '-p', '22', 'node01'], { user: undefined, host: 'node01', command: [], forceTty: false }],
    [['-t', '-l', 'ubuntu', 'node01', 'top'], { user: 'ubuntu', host: 'node01', command: ['top'], forceTty: true }],
  ])('reads %j', (args, want) => {
    expect(parseSshArgs(args)).toEqual(want);
  });

  it('has no destination without a host', () => {
    expect(parseSshArgs(['-p', '22'])).toBeUndefined();
  });
});
