import { describe, it, expect } from 'vitest';
import { hasCap, mayAccess, type Access, type Cred } from '../../../src/os/fs/cred.ts';

const root: Cred = { uid: 0, gid: 0, groups: [0] };
const rootNoCaps: Cred = { uid: 0, gid: 0, groups: [0], caps: new Set() };
const alice: Cred = { uid: 1000, gid: 1000, groups: [1000, 2000] };
const file = (mode: number, uid = 1000, gid = 1000) => ({ uid, gid, mode, isDir: false });
const dir = (mode: number, uid = 1000, gid = 1000) => ({ uid, gid, mode, isDir: true });

describe('mayAccess', () => {
  it.each<[string, Cred, ReturnType<typeof file>, Access, boolean]>([
    ['owner reads with u+r', alice, file(0o400), 'r', true],
    ['owner is judged by owner bits only', alice, file(0o077), 'r', false],
    ['group member uses group bits', alice, file(0o040, 0, 2000), 'r', true],
    ['others use other bits', alice, file(0o004, 0, 0), 'r', true],
    ['others denied write', alice, file(0o644, 0, 0), 'w', false],
    ['root reads a 000 file', root, file(0o000), 'r', true],
    ['root writes a 444 file', root, file(0o444), 'w', true],
    ['root cannot execute without any x bit', root, file(0o644), 'x', false],
    ['root executes when anyone may', root, file(0o601), 'x', true],
    ['root searches any folder', root, dir(0o000), 'x', true],
    ['root without DAC_OVERRIDE is an ordinary user', rootNoCaps, file(0o600, 1000), 'r', false],
  ])('%s', (_name, cred, owner, want, expected) => {
    expect(mayAccess(cred, owner, want)).toBe(expected);
  });
});

describe('hasCap', () => {
  it('gives root every capability unless a set is given, in either spelling', () => {
    expect(hasCap(root, 'CAP_CHOWN')).toBe(true);
    expect(hasCap(alice, 'CAP_CHOWN')).toBe(false);
    expect(hasCap({ ...alice, caps: new Set(['NET_ADMIN']) }, 'CAP_NET_ADMIN')).toBe(true);
    expect(hasCap({ ...root, caps: new Set(['CAP_KILL']) }, 'CHOWN')).toBe(false);
  });
});
