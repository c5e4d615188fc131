// vi's `:` commands a learner uses on a manifest: write and quit in their forms, go to a line,
// `:s` and `:d` over a line range, and the options `number`, `paste`, `autoindent`, `expandtab`,
// `tabstop` and `shiftwidth`, with vim's messages and error numbers.
// Models vim's src/ex_cmds.h / ex_docmd.c for this subset.

import type { ViEditor } from './editor.ts';
import { byteLength, joinLines } from '../file-text.ts';
import { firstNonBlank } from './motions.ts';
import { deleteLines, parseRange, substitute } from './substitute.ts';

const OPTION_NAMES: Record<string, 'number' | 'paste' | 'autoindent' | 'expandtab' | 'list'> = { nu: 'number', number: 'number', paste: 'paste', ai: 'autoindent', autoindent: 'autoindent', et: 'expandtab', expandtab: 'expandtab', list: 'list' };
const NUMBER_OPTIONS: Record<string, 'tabstop' | 'shiftwidth' | 'softtabstop'> = { ts: 'tabstop', tabstop: 'tabstop', sw: 'shiftwidth', shiftwidth: 'shiftwidth', sts: 'softtabstop', softtabstop: 'softtabstop' };
/** Options vim has that make no difference here; `:set` takes them quietly. */
const QUIET_OPTIONS = new Set(['hlsearch', 'hls', 'ignorecase', 'ic', 'ruler', 'ru', 'showmode', 'smd', 'cursorline', 'cul', 'relativenumber', 'rnu', 'incsearch', 'is', 'wrap']);

export function runEx(ed: ViEditor, input: string): void {
  const text = input.trim().replace(/^:+/, '');
  if (text === '') return;
  const { range, rest } = parseRange(ed, text);
  if (range && rest.trim() === '') {
    // `:12` and `:$` go to that line.
    ed.row = range.to;
    ed.col = firstNonBlank(ed.line);
    ed.want = ed.col;
    return;
  }
  const m = /^([a-z]+)(!?)\s*(.*)$/.exec(rest);
  if (!m) {
    if (/^s\W/.test(rest)) substitute(ed, range ?? { from: ed.row, to: ed.row }, rest.slice(1));
    else ed.setMessage(`E492: Not an editor command: ${text}`, true);
    return;
  }
  const [, cmd, bang, arg] = m;
  const force = bang === '!';
  const lines = range ?? { from: ed.row, to: ed.row };
  switch (cmd) {
    case 's': case 'substitute': substitute(ed, lines, arg); return;
    case 'd': case 'delete': deleteLines(ed, lines); return;
    case 'w': case 'write': write(ed, arg, force); return;
    case 'wq': case 'x': case 'xit': case 'exit': case 'wqa': case 'wqall': case 'xa': case 'xall':
      // :x writes only a changed buffer; :wq always writes.
      if ((cmd.startsWith('w') || ed.modified || (arg !== '' && arg !== ed.fileName)) && !write(ed, arg, force)) return;
      ed.exitCode = 0;
      return;
    case 'q': case 'quit': case 'qa': case 'qall': case 'quita': case 'quitall':
      if (ed.modified && !force) {
        ed.setMessage('E37: No write since last change (add ! to override)', true);
        return;
      }
      ed.exitCode = 0;
      return;
    case 'set': case 'se': setOptions(ed, arg); return;
    case 'e': case 'edit': edit(ed, arg, force); return;
    case 'r': case 'read': readInto(ed, arg, range?.to ?? ed.row); return;
    case 'cq': case 'cquit': ed.exitCode = 1; return;
    case 'syntax': case 'sy': case 'noh': case 'nohlsearch': case 'filetype': case 'colorscheme': case 'colo': return;
  }
  ed.setMessage(`E492: Not an editor command: ${text}`, true);
}

/** :w [file]; true when the text reached the file. */
function write(ed: ViEditor, arg: string, force: boolean): boolean {
  const target = arg !== '' ? arg : ed.fileName;
  if (target === undefined) {
    ed.setMessage('E32: No file name', true);
    return false;
  }
  const other = target !== ed.fileName;
  const existed = ed.host.exists(target);
  if (other && existed && !force && ed.fileName !== undefined) {
    ed.setMessage('E13: File exists (add ! to override)', true);
    return false;
  }
  const content = joinLines(ed.lines);
  const err = ed.host.write(target, content);
  if (err !== undefined) {
    ed.setMessage(`"${target}" E212: Can't open file for writing`, true);
    return false;
  }
  if (ed.fileName === undefined) ed.fileName = target;
  if (target === ed.fileName) ed.saved = [...ed.lines];
  const lines = content === '' ? 0 : ed.lines.length;
  ed.setMessage(`"${target}" ${existed ? '' : '[New] '}${lines}L, ${byteLength(content)}B written`);
  return true;
}

/** `:e[!] [file]`: (re)loads a file into the buffer, refusing to drop changes without `!`. */
function edit(ed: ViEditor, arg: string, force: boolean): void {
  const target = arg !== '' ? arg : ed.fileName;
  if (target === undefined) return void ed.setMessage('E32: No file name', true);
  if (ed.modified && !force) return void ed.setMessage('E37: No write since last change (add ! to override)', true);
  const got = ed.host.read?.(target);
  if (!got) return;
  ed.saveUndo();
  ed.fileName = target;
  if ('error' in got) {
    ed.lines = [''];
    ed.saved = [''];
    ed.setMessage(got.error === 'ENOENT' ? `"${target}" [New]` : `"${target}" [Permission Denied]`);
  } else {
    ed.lines = got.lines;
    ed.saved = [...got.lines];
    ed.setMessage(`"${target}" ${got.bytes === 0 ? 0 : got.lines.length}L, ${got.bytes}B`);
  }
  ed.row = Math.min(ed.row, ed.lines.length - 1);
  ed.col = firstNonBlank(ed.line);
}

/** `:r file`: the file's lines below `row`. */
function readInto(ed: ViEditor, arg: string, row: number): void {
  if (arg === '') return void ed.setMessage('E32: No file name', true);
  const got = ed.host.read?.(arg);
  if (!got || 'error' in got) return void ed.setMessage(`E484: Can't open file ${arg}`, true);
  ed.saveUndo();
  ed.lines = [...ed.lines.slice(0, row + 1), ...got.lines, ...ed.lines.slice(row + 1)];
  ed.row = row + 1;
  ed.col = firstNonBlank(ed.line);
}

function setOptions(ed: ViEditor, arg: string): void {
  const o = ed.options;
  for (const word of arg.split(/\s+/).filter((w) => w !== '')) {
    const numeric = /^([a-z]+)=(\d+)$/.exec(word);
    if (numeric) {
      const key = NUMBER_OPTIONS[numeric[1]];
      const n = Number(numeric[2]);
      if (key === undefined && !QUIET_OPTIONS.has(numeric[1])) return void ed.setMessage(`E518: Unknown option: ${word}`, true);
      if (key !== undefined && n === 0 && key === 'tabstop') return void ed.setMessage(`E487: Argument must be positive: ${word}`, true);
      // shiftwidth=0 means "use tabstop", as in vim.
      if (key !== undefined) o[key] = n === 0 && key === 'shiftwidth' ? o.tabstop : n;
      continue;
    }
    const name = word.replace(/[!?&]$/, '');
    const off = name.startsWith('no') && OPTION_NAMES[name.slice(2)] !== undefined;
    const key = OPTION_NAMES[off ? name.slice(2) : name];
    if (key === undefined) {
      const plain = name.startsWith('no') ? name.slice(2) : name;
      if (NUMBER_OPTIONS[name] !== undefined && word.endsWith('?')) { ed.setMessage(`  ${NUMBER_OPTIONS[name]}=${o[NUMBER_OPTIONS[name]]}`); continue; }
      if (!QUIET_OPTIONS.has(plain)) return void ed.setMessage(`E518: Unknown option: ${word}`, true);
      continue;
    }
    if (word.endsWith('!')) o[key] = !o[key];
    else if (word.endsWith('?')) ed.setMessage(`${o[key] ? '  ' : 'no'}${key}`);
    else o[key] = !off;
  }
}
