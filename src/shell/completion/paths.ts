// File name completion as readline does it: the part after the last `/` is completed against
// that folder's entries, dot files only when asked for, folders with a trailing `/`, `~/` for
// the home folder, and special characters escaped unless the word is open in quotes.

import type { Cred } from '../../os/fs/cred.ts';
import type { FileSystem } from '../../os/fs/file-system.ts';
import { canAccess } from '../../os/fs/cred.ts';
import * as paths from '../../os/path.ts';
import type { Completion } from '../../os/process/terminal.ts';
import { escapeWord, type PartialWord } from './command-line.ts';

export interface PathScope {
  fs: FileSystem;
  cred: Cred;
  cwd: string;
  home: string;
}

export interface PathFilter {
  /** cd: folders only. */
  dirsOnly?: boolean;
  /** A command name with a `/`: executable files and folders. */
  executables?: boolean;
  /** kubectl -f: folders and files with these extensions. */
  extensions?: string[];
}

export function completePath(scope: PathScope, word: PartialWord, filter: PathFilter = {}): Completion {
  const value = word.value;
  const slash = value.lastIndexOf('/');
  const dirPart = value.slice(0, slash + 1);
  const base = value.slice(slash + 1);
  if (value === '~') return { from: word.start, candidates: ['~/'], exact: false };
  const expanded = dirPart.startsWith('~/') ? scope.home + dirPart.slice(1) : dirPart;
  const dir = paths.resolve(scope.cwd, expanded === '' ? '.' : expanded);
  let names: string[];
  try {
    names = scope.fs.readdir(dir, scope.cred);
  } catch {
    return { from: word.start, candidates: [] };
  }
  const candidates: string[] = [];
  for (const name of names) {
    if (!name.startsWith(base)) continue;
    if (name.startsWith('.') && !base.startsWith('.')) continue;
    if (name === '.' || name === '..') continue;
    let isDir = false;
    let executable = false;
    try {
      const st = scope.fs.stat(paths.join(dir, name), scope.cred);
      isDir = st.type === 'dir';
      executable = st.type === 'file' && canAccess(scope.cred, st, 'x');
    } catch {
      // A dangling symlink still completes, as a file.
    }
    if (filter.dirsOnly && !isDir) continue;
    if (filter.executables && !isDir && !executable) continue;
    if (filter.extensions && !isDir && !filter.extensions.some((e) => name.endsWith(`.${e}`))) continue;
    const shown = word.quote ? name : escapeWord(name);
    candidates.push(isDir ? `${shown}/` : shown);
  }
  // The candidates replace only what follows the last `/`, so a listing shows bare names.
  const from = word.start + rawIndexAfterSlash(word);
  return { from, candidates: candidates.sort(), exact: true };
}

/** Offset in the raw text just after the last `/` (the raw text may hold backslashes). */
function rawIndexAfterSlash(word: PartialWord): number {
  return word.raw.lastIndexOf('/') + 1;
}
