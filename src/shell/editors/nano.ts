// nano: the friendlier full-screen editor on the learner's node, for those who never learnt vi.
// Opens the named file (or a new buffer), edits it on the terminal in raw mode and writes it
// through the process's filesystem view with its credentials.

import type { ProcessContext } from '../../os/process/context.ts';
import { FS_ERROR_TEXT } from '../../os/fs/errors.ts';
import { loadFile, saveFile } from './file-text.ts';
import { runFullScreen } from './full-screen.ts';
import { NanoEditor } from './nano/editor.ts';
import { renderNano } from './nano/render.ts';

export async function nano(ctx: ProcessContext): Promise<number> {
  const name = ctx.argv.slice(1).find((a) => !a.startsWith('-') && !a.startsWith('+')) ?? '';
  let lines = [''];
  let opening: string | undefined;
  if (name !== '') {
    const loaded = loadFile(ctx, name);
    lines = loaded.lines;
    if (loaded.kind === 'file') {
      const n = loaded.bytes === 0 ? 0 : loaded.lines.length;
      opening = `Read ${n} line${n === 1 ? '' : 's'}`;
    } else if (loaded.kind === 'new') {
      opening = 'New File';
    } else if (loaded.code === 'EISDIR') {
      opening = `"${name}" is a directory`;
    } else {
      opening = `Error reading ${name}: ${loaded.code === 'EIO' ? 'Input/output error' : FS_ERROR_TEXT[loaded.code]}`;
    }
  }
  const ed = new NanoEditor({ write: (file, text) => saveFile(ctx, file, text) }, lines.length === 1 && lines[0] === '' ? [''] : [...lines, ''], name);
  if (opening !== undefined) ed.setMessage(opening);
  return runFullScreen(ctx, ed, (cols, rows) => renderNano(ed, cols, rows));
}
