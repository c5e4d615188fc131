// vi and vim: the full-screen editor of the learner's node, opened on a manifest to fix an
// indent or a field, as on an exam box. It opens the file named on the command line (or an
// unnamed buffer), runs the editor on the terminal in raw mode and writes through the process's
// filesystem view with its credentials.

import type { ProcessContext } from '../../os/process/context.ts';
import { ViEditor } from './vi/editor.ts';
import { render } from './vi/render.ts';
import { fileExists, loadFile, saveFile } from './file-text.ts';
import { runFullScreen } from './full-screen.ts';

export async function vi(ctx: ProcessContext): Promise<number> {
  const args = ctx.argv.slice(1).filter((a) => !a.startsWith('-') && !a.startsWith('+'));
  const jump = ctx.argv.slice(1).find((a) => /^\+\d*$/.test(a));
  const name = args[0];
  let lines = [''];
  let opening: string | undefined;
  if (name !== undefined) {
    const loaded = loadFile(ctx, name);
    lines = loaded.lines;
    if (loaded.kind === 'file') opening = `"${name}" ${loaded.noEol ? '[noeol] ' : ''}${loaded.bytes === 0 ? 0 : loaded.lines.length}L, ${loaded.bytes}B`;
    else if (loaded.kind === 'new') opening = `"${name}" [New]`;
    else if (loaded.code === 'EISDIR') opening = `"${name}" is a directory`;
    else if (loaded.code === 'EACCES') opening = `"${name}" [Permission Denied]`;
    else opening = `"${name}" [Error]`;
  }
  const ed = new ViEditor({
    now: () => ctx.now(),
    write: (file, text) => saveFile(ctx, file, text),
    exists: (file) => fileExists(ctx, file),
    read: (file) => {
      const got = loadFile(ctx, file);
      if (got.kind === 'file') return { lines: got.lines, bytes: got.bytes };
      return { error: got.kind === 'new' ? 'ENOENT' : got.code };
    },
  }, lines, name);
  if (opening !== undefined) ed.setMessage(opening);
  ed.showIntro = name === undefined;
  // vim's filetype plugin for YAML (on through defaults.vim) indents with two spaces.
  if (name !== undefined && /\.ya?ml$/.test(name)) Object.assign(ed.options, { expandtab: true, shiftwidth: 2, softtabstop: 2 });
  if (jump !== undefined) {
    ed.row = jump === '+' ? ed.lines.length - 1 : Math.max(0, Math.min(ed.lines.length - 1, Number(jump.slice(1)) - 1));
  }
  // Esc typed just before another key arrives with it (`\x1b:`): vi reads them as two keys.
  return runFullScreen(ctx, ed, (cols, rows) => render(ed, cols, rows), (seq) => (seq.length === 2 ? ['\x1b', seq[1]] : [seq]));
}
