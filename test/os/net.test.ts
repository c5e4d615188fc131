import { describe, expect, it } from 'vitest';
import { Network } from '../../src/os/net.ts';
import type { Cred } from '../../src/os/fs/cred.ts';

const cred = (uid: number, caps?: string[]): Cred => ({ uid, gid: uid, groups: [uid], caps: caps ? new Set(caps) : undefined });

describe('NetNamespace.listen', () => {
  it.each([
    ['root with the default capabilities', cred(0, ['NET_BIND_SERVICE', 'CHOWN']), 80, 'ok'],
    ['root with every capability dropped', cred(0, []), 80, 'EACCES'],
    ['a non-root user', cred(101, []), 80, 'EACCES'],
    ['a non-root user on a high port', cred(101, []), 8080, 'ok'],
    ['a non-root user on 1024', cred(101, []), 1024, 'ok'],
    ['code that passes no credentials', undefined, 80, 'ok'],
  ])('%s binding port %i: %s', (_, who, port, want) => {
    const ns = new Network().namespace(['10.244.1.5'], 'web');
    const r = ns.listen(port, { accept: () => {} }, who);
    expect('code' in r ? r.code : 'ok').toBe(want);
  });
});
