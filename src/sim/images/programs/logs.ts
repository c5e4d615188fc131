// Where a daemon's log path really goes: the official images link their log files to
// /dev/stdout and /dev/stderr, so those land in `kubectl logs`; a real file (an emptyDir a
// sidecar tails) gets the lines appended.

import type { Writer } from '../../../os/pipe.ts';
import type { ProcessContext } from '../../../os/process/context.ts';
import * as paths from '../../../os/path.ts';

const STDOUT = new Set(['/dev/stdout', '/proc/self/fd/1']);
const STDERR = new Set(['/dev/stderr', '/proc/self/fd/2']);

export function openLog(ctx: ProcessContext, path: string): Writer {
  let target = paths.resolve('/', path);
  for (let i = 0; i < 8; i++) {
    if (STDOUT.has(target)) return ctx.stdout;
    if (STDERR.has(target)) return ctx.stderr;
    try {
      if (ctx.fs.lstat(target, ctx.cred).type !== 'symlink') break;
      target = paths.resolve(paths.dirname(target), ctx.fs.readlink(target, ctx.cred));
    } catch {
      break;
    }
  }
  const file = target;
  return {
    write: (chunk) => {
      try {
        ctx.fs.appendFile(file, chunk, ctx.cred);
        return true;
      } catch {
        return false;
      }
    },
    close: () => {},
    get closed() {
      return false;
    },
  };
}

/** strerror(3) as the image's libc spells it: musl and glibc differ (`Address in use`). */
export function strerrorFor(libc: 'musl' | 'glibc'): (code: string) => string {
  const common: Record<string, string> = {
    ENOENT: 'No such file or directory', EACCES: 'Permission denied', EROFS: 'Read-only file system',
    ENOSPC: 'No space left on device', EEXIST: 'File exists',
  };
  const inUse = libc === 'musl' ? 'Address in use' : 'Address already in use';
  return (code) => (code === 'EADDRINUSE' ? inUse : common[code] ?? 'Operation not permitted');
}
