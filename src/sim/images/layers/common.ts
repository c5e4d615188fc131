// Helpers for writing image layers as data.

import type { FileSpec } from '../image-spec.ts';

export function dirs(paths: string[], mode = 0o755): FileSpec[] {
  return paths.map((path) => ({ path, type: 'dir', mode }));
}

/** Executables naming built-in programs: `binaries('/usr/bin', ['cat', 'ls'])`. */
export function binaries(dir: string, names: string[], program?: (name: string) => string): FileSpec[] {
  return names.map((name) => ({ path: `${dir}/${name}`, type: 'binary', program: program ? program(name) : name, mode: 0o755 }));
}

export function file(path: string, content: string, mode = 0o644): FileSpec {
  return { path, type: 'file', content, mode };
}

/** The Linux filesystem hierarchy every distribution image starts with. */
export function hierarchy(): FileSpec[] {
  return [
    ...dirs(['/dev', '/etc', '/home', '/media', '/mnt', '/opt', '/proc', '/run', '/srv', '/sys', '/usr', '/usr/local', '/usr/local/bin', '/usr/local/sbin', '/usr/local/share', '/usr/share', '/var', '/var/cache', '/var/lib', '/var/log', '/var/spool', '/var/opt']),
    { path: '/root', type: 'dir', mode: 0o700 },
    { path: '/tmp', type: 'dir', mode: 0o1777 },
    { path: '/var/tmp', type: 'dir', mode: 0o1777 },
  ];
}
