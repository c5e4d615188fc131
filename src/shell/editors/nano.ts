// nano: the friendlier full-screen editor on the learner's node, for those who never learnt vi.
// Opens the named file (or a new buffer), edits it on the terminal in raw mode and writes it
// through the process's filesystem view with its credentials.

import type { ProcessContext } from '../../os/process/context.ts';
import { FS_ERROR_TEXT } from '../../os/fs/errors.ts';
import { loadFile, saveFile } from './file-text.ts';
import { withFullScreen } from './full-screen.ts';
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
  return withFullScreen(ctx, async (screen) => {
    const draw = () => {
      const frame = renderNano(ed, screen.cols, screen.rows);
      screen.paint(frame.rows, frame.cursor);
    };
    screen.enter(draw);
    draw();
    for (;;) {
      const key = await screen.key();
      if (key === null) return 1;
      switch (key.kind) {
        case 'char': ed.key(key.text); break;
        case 'control': ed.key(String.fromCharCode(key.code)); break;
        case 'escape': ed.key(key.seq); break;
        case 'paste': ed.key({ paste: key.text }); break;
      }
      if (ed.exitCode !== undefined) return ed.exitCode;
      if (!screen.keysWaiting) draw();
      await ctx.checkpoint();
    }
  });
}
