// Filesystem errors carry the errno name and the strerror text of glibc (the busybox image and
// coreutils print these), so programs can format them the way real tools do:
// `cat: /x: No such file or directory`.

import { StacklessError } from '../stackless-error.ts';

export type FsErrorCode =
  | 'ENOENT' | 'EEXIST' | 'ENOTDIR' | 'EISDIR' | 'EACCES' | 'EPERM' | 'EROFS' | 'ENOSPC'
  | 'ENOTEMPTY' | 'ELOOP' | 'EINVAL' | 'EXDEV' | 'EBUSY' | 'ENAMETOOLONG' | 'EFBIG';

export const FS_ERROR_TEXT: Record<FsErrorCode, string> = {
  ENOENT: 'No such file or directory',
  EEXIST: 'File exists',
  ENOTDIR: 'Not a directory',
  EISDIR: 'Is a directory',
  EACCES: 'Permission denied',
  EPERM: 'Operation not permitted',
  EROFS: 'Read-only file system',
  ENOSPC: 'No space left on device',
  ENOTEMPTY: 'Directory not empty',
  ELOOP: 'Too many levels of symbolic links',
  EINVAL: 'Invalid argument',
  EXDEV: 'Invalid cross-device link',
  EBUSY: 'Device or resource busy',
  ENAMETOOLONG: 'File name too long',
  EFBIG: 'File too large',
};

export class FsError extends StacklessError {
  readonly code: FsErrorCode;
  /** The path the failing operation was given, for `prog: path: message` output. */
  readonly path: string;

  constructor(code: FsErrorCode, path = '') {
    // Failed lookups are routine (PATH search, `test -e`): no stack trace.
    super(FS_ERROR_TEXT[code]);
    this.name = 'FsError';
    this.code = code;
    this.path = path;
  }
}

export function isFsError(e: unknown, code?: FsErrorCode): e is FsError {
  return e instanceof FsError && (code === undefined || e.code === code);
}
