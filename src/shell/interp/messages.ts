// Error texts of the two shells PodLab imitates: bash on the host (`-bash: foo: command not
// found`) and busybox ash in containers (`sh: foo: not found`).

import type { ParseError } from '../syntax/errors.ts';

export type Flavour = 'bash' | 'busybox';

export interface Voice {
  flavour: Flavour;
  /** `-bash` for a login shell, `bash`, or `sh`. */
  name: string;
  interactive: boolean;
  /** `-c` for `sh -c`, or the script's path. */
  source?: string;
}

/** The prefix of a runtime error: `-bash: `, `bash: line 3: `, `sh: `. */
export function prefix(v: Voice, line?: number): string {
  if (v.flavour === 'busybox') return `${v.name}: `;
  if (v.interactive || line === undefined) return `${v.name}: `;
  return v.source && v.source !== '-c' ? `${v.source}: line ${line}: ` : `${v.name}: line ${line}: `;
}

export function notFound(v: Voice, cmd: string, line?: number): string {
  return v.flavour === 'busybox' ? `${v.name}: ${cmd}: not found\n` : `${prefix(v, line)}${cmd}: command not found\n`;
}

export function syntaxError(v: Voice, e: ParseError, src: string): string {
  if (v.flavour === 'busybox') {
    const what = e.kind === 'quote' ? 'unterminated quoted string'
      : e.kind === 'eof' ? 'unexpected end of file' : `unexpected "${e.token === 'newline' ? 'newline' : e.token}"`;
    const expecting = e.expecting && e.kind !== 'quote' ? ` (expecting "${e.expecting}")` : '';
    return `${v.name}: syntax error: ${what}${expecting}\n`;
  }
  if (e.token === 'bad substitution') return `${prefix(v, e.line)}\${}: bad substitution\n`;
  if (v.interactive) return `${v.name}: ${e.message}\n`;
  // At end of input bash names the line after the last one.
  const line = e.kind !== 'eof' ? e.line : src.replace(/\n$/, '').split('\n').length + 1;
  const where = v.source === '-c' || !v.source ? `${v.name}: -c: line ${line}: ` : `${v.source}: line ${line}: `;
  let out = `${where}${e.message}\n`;
  if (e.kind === 'token') out += `${where}\`${src.split('\n')[e.line - 1] ?? ''}'\n`;
  return out;
}

export function openError(v: Voice, path: string, code: string, text: string, forWrite: boolean, line?: number): string {
  if (v.flavour === 'busybox') {
    const why = code === 'ENOENT' ? (forWrite ? 'nonexistent directory' : 'no such file') : text.toLowerCase();
    return `${v.name}: can't ${forWrite ? 'create' : 'open'} ${path}: ${why}\n`;
  }
  return `${prefix(v, line)}${path}: ${text}\n`;
}
