// POSIX path helpers for the simulated machine. Paths are plain strings with '/' separators;
// nothing here touches the filesystem, so `..` is resolved lexically (as `realpath -m` does).

/** Splits a path into its non-empty components ('.' kept, so callers decide how to walk). */
export function split(path: string): string[] {
  return path.split('/').filter((c) => c !== '');
}

/** Lexically normalises: collapses '//' and '.', resolves '..'; keeps a path relative if it was. */
export function normalize(path: string): string {
  if (path === '') return '.';
  const absolute = path.startsWith('/');
  const out: string[] = [];
  for (const c of split(path)) {
    if (c === '.') continue;
    if (c === '..') {
      if (out.length > 0 && out[out.length - 1] !== '..') out.pop();
      else if (!absolute) out.push('..');
      continue;
    }
    out.push(c);
  }
  const body = out.join('/');
  if (absolute) return '/' + body;
  return body === '' ? '.' : body;
}

export function join(...parts: string[]): string {
  const nonEmpty = parts.filter((p) => p !== '');
  return nonEmpty.length === 0 ? '.' : normalize(nonEmpty.join('/'));
}

/** Like POSIX dirname(1): '/a/b' → '/a', 'a' → '.', '/' → '/'. */
export function dirname(path: string): string {
  const trimmed = path.replace(/\/+$/, '');
  if (trimmed === '') return path.startsWith('/') ? '/' : '.';
  const i = trimmed.lastIndexOf('/');
  if (i < 0) return '.';
  if (i === 0) return '/';
  return trimmed.slice(0, i).replace(/\/+$/, '') || '/';
}

/** Like POSIX basename(1), with an optional suffix to strip. */
export function basename(path: string, suffix?: string): string {
  const trimmed = path.replace(/\/+$/, '');
  if (trimmed === '') return path.startsWith('/') ? '/' : '';
  let base = trimmed.slice(trimmed.lastIndexOf('/') + 1);
  if (suffix && base !== suffix && base.endsWith(suffix)) base = base.slice(0, -suffix.length);
  return base;
}

export function isAbsolute(path: string): boolean {
  return path.startsWith('/');
}

/** Resolves `path` against a working directory (absolute), lexically. */
export function resolve(cwd: string, path: string): string {
  return normalize(isAbsolute(path) ? path : `${cwd}/${path}`);
}
