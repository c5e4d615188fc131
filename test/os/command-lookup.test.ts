import { describe, it, expect } from 'vitest';
import { FileSystem } from '../../src/os/fs/file-system.ts';
import { Tree } from '../../src/os/fs/tree.ts';
import { ROOT, type Cred } from '../../src/os/fs/cred.ts';
import { binary, ProgramRegistry } from '../../src/os/exec.ts';
import { findCommand, loadCommand, pathCandidates } from '../../src/os/command-lookup.ts';
import type { Program } from '../../src/os/process/context.ts';

const USER: Cred = { uid: 1000, gid: 1000, groups: [1000] };
const echo: Program = async () => 0;
const sh: Program = async () => 0;

function machine() {
  const fs = new FileSystem(new Tree(), () => 0);
  fs.mkdir('/bin', { recursive: true });
  fs.mkdir('/opt/tools', { recursive: true });
  fs.writeFile('/bin/echo', binary('echo'), { mode: 0o755 });
  fs.writeFile('/bin/sh', binary('sh'), { mode: 0o755 });
  fs.writeFile('/bin/busybox', binary('busybox'), { mode: 0o755 });
  fs.writeFile('/bin/secret', binary('echo'), { mode: 0o700 });
  fs.writeFile('/bin/plain', 'echo hi\n', { mode: 0o755 });
  fs.writeFile('/bin/hello', '#!/bin/sh -e\necho hi\n', { mode: 0o755 });
  fs.writeFile('/bin/broken', '#!/no/such/sh\n', { mode: 0o755 });
  fs.writeFile('/bin/mystery', binary('mystery'), { mode: 0o755 });
  fs.symlink('/bin/echo', '/opt/tools/say');
  const registry = new ProgramRegistry().register('echo', echo).register('sh', sh);
  return { fs, registry };
}

describe('command lookup along PATH', () => {
  it('lists PATH entries in order, an empty entry standing for the working directory', () => {
    expect(pathCandidates('ls', '/usr/bin::/bin')).toEqual(['/usr/bin/ls', 'ls', '/bin/ls']);
  });

  it.each([
    { name: 'echo', cred: ROOT, want: { ok: true, path: '/bin/echo' } },
    { name: 'say', cred: ROOT, want: { ok: true, path: '/opt/tools/say' } },
    { name: 'secret', cred: USER, want: { ok: false, why: 'not-found' } },
    { name: 'nothing', cred: ROOT, want: { ok: false, why: 'not-found' } },
    { name: './echo', cred: ROOT, want: { ok: true, path: '/bin/echo' } },
    { name: '/bin/secret', cred: USER, want: { ok: false, why: 'denied' } },
    { name: '/bin', cred: ROOT, want: { ok: false, why: 'dir' } },
    { name: '/bin/none', cred: ROOT, want: { ok: false, why: 'missing', errno: 'ENOENT' } },
  ])('finds $name as $want.path or says why not ($want.why)', ({ name, cred, want }) => {
    const { fs } = machine();
    expect(findCommand(name, { fs, cwd: '/bin', cred }, '/opt/tools:/bin')).toEqual(want);
  });

  it('runs a binary with argv unchanged, and a script through its #! interpreter', () => {
    const { fs, registry } = machine();
    const ctx = { fs, cwd: '/', cred: ROOT };
    const bin = loadCommand('/bin/echo', ['echo', 'x'], ctx, registry, { shellFallback: false });
    expect(bin).toEqual({ ok: true, program: echo, argv: ['echo', 'x'] });
    const script = loadCommand('/bin/hello', ['hello', 'x'], ctx, registry, { shellFallback: false });
    expect(script).toEqual({ ok: true, program: sh, argv: ['/bin/sh', '-e', '/bin/hello', 'x'] });
  });

  it('runs a file without #! with /bin/sh only when the caller falls back as execvp does', () => {
    const { fs, registry } = machine();
    const ctx = { fs, cwd: '/', cred: ROOT };
    expect(loadCommand('/bin/plain', ['plain'], ctx, registry, { shellFallback: true, shownAs: './plain' }))
      .toEqual({ ok: true, program: sh, argv: ['/bin/sh', './plain'] });
    expect(loadCommand('/bin/plain', ['plain'], ctx, registry, { shellFallback: false }))
      .toEqual({ ok: false, errno: 'ENOEXEC', path: '/bin/plain', depth: 0, unregistered: false });
  });

  it('says which file failed and how deep: a missing interpreter, a binary with no program here', () => {
    const { fs, registry } = machine();
    const ctx = { fs, cwd: '/', cred: ROOT };
    expect(loadCommand('/bin/broken', ['broken'], ctx, registry, { shellFallback: true }))
      .toEqual({ ok: false, errno: 'ENOENT', path: '/no/such/sh', depth: 1, unregistered: false });
    expect(loadCommand('/bin/mystery', ['mystery'], ctx, registry, { shellFallback: true }))
      .toEqual({ ok: false, errno: 'ENOEXEC', path: '/bin/mystery', depth: 0, unregistered: true });
  });

  it('runs a busybox applet by the name it was called with when busybox itself is not registered', () => {
    const { fs, registry } = machine();
    const loaded = loadCommand('/bin/busybox', ['/bin/echo'], { fs, cwd: '/', cred: ROOT }, registry, { shellFallback: false });
    expect(loaded.ok && loaded.program).toBe(echo);
  });
});
