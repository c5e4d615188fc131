// Loading and saving an edited file through the process's filesystem view and credentials, with
// the facts both editors report: whether it is new, its lines and bytes, and why it failed.

import { isFsError, type FsErrorCode } from '../../os/fs/errors.ts';
import type { ProcessContext } from '../../os/process/context.ts';

export type Loaded =
  | { kind: 'file'; lines: string[]; bytes: number; noEol: boolean }
  | { kind: 'new'; lines: string[] }
  | { kind: 'error'; code: FsErrorCode | 'EIO'; lines: string[] };

/** Splits file text into lines; a final newline ends the last line rather than adding one. */
export function splitLines(text: string): { lines: string[]; noEol: boolean } {
  if (text === '') return { lines: [''], noEol: false };
  const noEol = !text.endsWith('\n');
  const lines = (noEol ? text : text.slice(0, -1)).split('\n');
  return { lines, noEol };
}

/** The file text of `lines`: every line ends in a newline, as both editors write them. */
export function joinLines(lines: readonly string[]): string {
  if (lines.length === 1 && lines[0] === '') return '';
  return lines.map((l) => `${l}\n`).join('');
}

/** UTF-8 length, which is what `230B` and `ls -l` count. */
export function byteLength(text: string): number {
  let n = 0;
  for (const ch of text) {
    const cp = ch.codePointAt(0)!;
    n += cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
  }
  return n;
}

export function loadFile(ctx: ProcessContext, name: string): Loaded {
  const path = ctx.resolve(name);
  try {
    const text = ctx.fs.readFile(path, ctx.cred);
    const { lines, noEol } = splitLines(text);
    return { kind: 'file', lines, bytes: byteLength(text), noEol };
  } catch (e) {
    if (isFsError(e, 'ENOENT')) return { kind: 'new', lines: [''] };
    return { kind: 'error', code: isFsError(e) ? e.code : 'EIO', lines: [''] };
  }
}

/** Writes the file; undefined on success, else the errno that stopped it. */
export function saveFile(ctx: ProcessContext, name: string, text: string): FsErrorCode | 'EIO' | undefined {
  try {
    ctx.fs.writeFile(ctx.resolve(name), text, {}, ctx.cred);
    return undefined;
  } catch (e) {
    return isFsError(e) ? e.code : 'EIO';
  }
}

export function fileExists(ctx: ProcessContext, name: string): boolean {
  try {
    return ctx.fs.exists(ctx.resolve(name), ctx.cred);
  } catch {
    return false;
  }
}
