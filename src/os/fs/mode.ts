// The mode column of `ls -l` and `stat -c %A`: type letter plus rwx triplets with setuid,
// setgid and sticky folded in. Models coreutils lib/filemode.c.

import { S_IFCHR, S_IFDIR, S_IFLNK, S_IFMT } from './inode.ts';

function typeLetter(mode: number): string {
  switch (mode & S_IFMT) {
    case S_IFDIR: return 'd';
    case S_IFLNK: return 'l';
    case S_IFCHR: return 'c';
    default: return '-';
  }
}

function triplet(bits: number, special: boolean, specialLetter: string): string {
  const x = (bits & 1) !== 0;
  const exec = special ? (x ? specialLetter : specialLetter.toUpperCase()) : x ? 'x' : '-';
  return ((bits & 4) !== 0 ? 'r' : '-') + ((bits & 2) !== 0 ? 'w' : '-') + exec;
}

/** `-rw-r--r--`, `drwxrwxrwt`, `lrwxrwxrwx` from st_mode. */
export function formatMode(mode: number): string {
  return (
    typeLetter(mode) +
    triplet(mode >> 6, (mode & 0o4000) !== 0, 's') +
    triplet(mode >> 3, (mode & 0o2000) !== 0, 's') +
    triplet(mode, (mode & 0o1000) !== 0, 't')
  );
}
