// vi's command line: the `:` prompt for ex commands and the `/` and `?` search prompts.

import type { Tok, ViEditor } from './editor.ts';
import { runEx } from './ex.ts';

/** One key typed on the last row after `:`, `/` or `?`. */
export function cmdlineKey(ed: ViEditor, tok: Tok): void {
  const text = typeof tok === 'string' ? tok : tok.paste.split(/\r?\n/)[0];
  const c = ed.cmdline;
  if (text === '\x1b' || text === '\x03') {
    ed.mode = 'normal';
    return;
  }
  if (text === '\r' || text === '\n') {
    ed.mode = 'normal';
    if (c.prefix === ':') runEx(ed, c.text);
    else ed.find(c.text === '' ? ed.lastSearch?.pattern ?? '' : c.text, c.prefix === '/', true);
    return;
  }
  if (text === '\x7f' || text === '\x08') {
    if (c.text === '') ed.mode = 'normal';
    else c.text = c.text.slice(0, -1);
    return;
  }
  if (text === '\x15') {
    c.text = '';
    return;
  }
  if (!text.startsWith('\x1b') && text >= ' ') c.text += text;
}
