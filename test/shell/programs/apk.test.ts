import { describe, expect, it } from 'vitest';
import { binary } from '../../../src/os/exec.ts';
import { programMachine } from '../../support/programs/program-machine.ts';

describe('apk add in an alpine-based container', () => {
  it('has no curl at first, then installs it offline with apk add curl', async () => {
    const m = programMachine({ flavour: 'busybox' });
    m.fs.mkdir('/sbin', { recursive: true });
    m.fs.writeFile('/sbin/apk', binary('apk'), { mode: 0o755 });
    expect((await m.run(['busybox', 'which', 'curl'])).status).toBe(1);
    const add = await m.run(['busybox', 'env', '/sbin/apk', 'add', 'curl']);
    expect(add.status).toBe(0);
    expect(add.stdout).toContain('(10/10) Installing curl (8.11.1-r0)\n');
    expect(add.stdout).toMatch(/OK: \d+ MiB in \d+ packages\n$/);
    expect((await m.run(['busybox', 'which', 'curl'])).stdout).toBe('/usr/bin/curl\n');
  });

  it('says when a package does not exist', async () => {
    const m = programMachine({ flavour: 'busybox' });
    m.fs.writeFile('/bin/apk', binary('apk'), { mode: 0o755 });
    const r = await m.run(['busybox', 'env', 'apk', 'add', 'kubectl']);
    expect(r.status).toBe(1);
    expect(r.stderr).toBe('ERROR: unable to select packages:\n  kubectl (no such package):\n    required by: world[kubectl]\n');
  });

  it('needs root', async () => {
    const m = programMachine({ flavour: 'busybox' });
    m.fs.writeFile('/bin/apk', binary('apk'), { mode: 0o755 });
    const r = await m.run(['busybox', 'env', 'apk', 'add', 'curl'], { cred: { uid: 1000, gid: 1000, groups: [1000] } });
    expect(r.stderr).toBe('ERROR: Unable to lock database: Permission denied\nERROR: Failed to open apk database: Permission denied\n');
    expect(r.status).toBe(99);
  });
});
