// `:[range]s/pattern/replacement/[gi]` and `:[range]d`: the line-range ex commands a learner
// uses to rename an image or empty a file, with vim's pattern syntax and its report message.
// Models vim's src/ex_cmds.c (ex_substitute) and src/ex_docmd.c (get_address).

import type { ViEditor } from './editor.ts';
import { firstNonBlank } from './motions.ts';
import { vimPattern } from './search.ts';

export interface LineRange {
  from: number;
  to: number;
}

/** Reads a range at the start of `text` (`%`, `.`, `$`, `N`, `A,B`); rows are 0-based. */
export function parseRange(ed: ViEditor, text: string): { range?: LineRange; rest: string } {
  if (text.startsWith('%')) return { range: { from: 0, to: ed.lines.length - 1 }, rest: text.slice(1) };
  const addr = /^(\.|\$|\d+|'<|'>)/;
  const one = (s: string) => {
    if (s === "'<" || s === "'>") return (s === "'<" ? ed.marks?.start : ed.marks?.end) ?? ed.row;
    return s === '.' ? ed.row : s === '$' ? ed.lines.length - 1 : Number(s) - 1;
  };
  const a = addr.exec(text);
  if (!a) return { rest: text };
  let rest = text.slice(a[0].length);
  const from = one(a[0]);
  let to = from;
  if (rest.startsWith(',')) {
    const b = addr.exec(rest.slice(1));
    if (b) {
      to = one(b[0]);
      rest = rest.slice(1 + b[0].length);
    }
  }
  const clamp = (n: number) => Math.max(0, Math.min(ed.lines.length - 1, n));
  return { range: { from: clamp(Math.min(from, to)), to: clamp(Math.max(from, to)) }, rest };
}

/** Splits `/pat/rep/flags` on its delimiter, honouring backslash-escaped delimiters. */
function splitDelimited(s: string): [string, string, string] | undefined {
  const delim = s[0];
  if (delim === undefined || /[A-Za-z0-9\\"| ]/.test(delim)) return undefined;
  const parts: string[] = [''];
  for (let i = 1; i < s.length; i++) {
    if (s[i] === '\\' && s[i + 1] === delim) { parts[parts.length - 1] += delim; i++; continue; }
    if (s[i] === delim && parts.length < 3) { parts.push(''); continue; }
    parts[parts.length - 1] += s[i];
  }
  return [parts[0], parts[1] ?? '', parts[2] ?? ''];
}

/** vim's replacement string: `&` and `\0` the match, `\1`…`\9` groups, `\&` a literal `&`. */
function expand(rep: string, m: RegExpExecArray): string {
  let out = '';
  for (let i = 0; i < rep.length; i++) {
    const c = rep[i];
    if (c === '&') out += m[0];
    else if (c === '\\' && i + 1 < rep.length) {
      const n = rep[++i];
      out += /[0-9]/.test(n) ? m[Number(n)] ?? '' : n === 'n' ? '\0' : n === 't' ? '\t' : n;
    } else out += c;
  }
  return out;
}

export function substitute(ed: ViEditor, range: LineRange, args: string): void {
  const parts = splitDelimited(args);
  const pattern = parts ? parts[0] || ed.lastSearch?.pattern || '' : ed.lastSearch?.pattern ?? '';
  if (pattern === '') {
    ed.setMessage('E35: No previous regular expression', true);
    return;
  }
  const [, rep, flags] = parts ?? ['', '', ''];
  const base = vimPattern(pattern);
  const re = new RegExp(base.source, `g${flags.includes('i') ? 'i' : ''}`);
  const global = flags.includes('g');
  let subs = 0;
  let lines = 0;
  let last = -1;
  const next = [...ed.lines];
  for (let row = range.from; row <= range.to; row++) {
    const line = ed.lines[row];
    let changed = false;
    re.lastIndex = 0;
    let out = '';
    let at = 0;
    for (let m = re.exec(line); m; m = re.exec(line)) {
      out += line.slice(at, m.index) + expand(rep, m);
      at = m.index + m[0].length;
      subs++;
      changed = true;
      if (m[0] === '') re.lastIndex++;
      if (!global) break;
    }
    if (!changed) continue;
    next[row] = out + line.slice(at);
    lines++;
    last = row;
  }
  if (subs === 0) {
    ed.setMessage(`E486: Pattern not found: ${pattern}`, true);
    return;
  }
  ed.saveUndo();
  // A `\n` in the replacement splits the line, as vim's does.
  ed.lines = next.flatMap((l) => l.split('\0'));
  ed.lastSearch = { pattern, forward: true };
  ed.row = Math.min(last, ed.lines.length - 1);
  ed.col = firstNonBlank(ed.line);
  if (subs > 2) ed.setMessage(`${subs} substitution${subs === 1 ? '' : 's'} on ${lines} line${lines === 1 ? '' : 's'}`);
}

/** `:[range]d`: deletes whole lines into the register. */
export function deleteLines(ed: ViEditor, range: LineRange): void {
  ed.saveUndo();
  ed.register = { text: ed.lines.slice(range.from, range.to + 1), linewise: true };
  const left = [...ed.lines.slice(0, range.from), ...ed.lines.slice(range.to + 1)];
  ed.lines = left.length > 0 ? left : [''];
  ed.row = Math.min(range.from, ed.lines.length - 1);
  ed.col = firstNonBlank(ed.line);
  const n = range.to - range.from + 1;
  if (n > 2) ed.setMessage(`${n} fewer lines`);
}
