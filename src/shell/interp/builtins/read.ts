// `read [-r] [-p prompt] [name…]`: one line of input split on IFS; the last name takes the rest.

import type { Builtin } from './types.ts';
import { fail } from './types.ts';

export const read: Builtin = async (sh, argv, io) => {
  let raw = false;
  let i = 1;
  for (; i < argv.length && argv[i].startsWith('-') && argv[i] !== '-'; i++) {
    const a = argv[i];
    if (a === '-r') raw = true;
    else if (a === '-p') io.stderr.write(argv[++i] ?? '');
    else if (a === '-s') continue;
    else if (a === '--') { i++; break; }
    else return fail(sh, io, 'read', `${a}: invalid option`, 2);
  }
  const names = argv.slice(i);
  if (names.length === 0) names.push('REPLY');
  let text = '';
  let eof = false;
  for (;;) {
    const r = await sh.readLine(io.stdin);
    if (r === null) { eof = true; break; }
    if (!raw && r.line.endsWith('\\') && !r.eof) { text += r.line.slice(0, -1); continue; }
    text += r.line;
    eof = r.eof;
    break;
  }
  const ifs = sh.state.get('IFS') ?? ' \t\n';
  const fields = splitRead(text, ifs, names.length, raw);
  names.forEach((n, k) => sh.state.set(n, fields[k] ?? ''));
  return eof ? 1 : 0;
};

function splitRead(line: string, ifs: string, count: number, raw: boolean): string[] {
  const ws = [...ifs].filter((c) => ' \t\n'.includes(c));
  const isWs = (c: string) => ws.includes(c);
  const isSep = (c: string) => ifs.includes(c);
  const out: string[] = [];
  let i = 0;
  while (i < line.length && isWs(line[i])) i++;
  let cur = '';
  for (; i < line.length; i++) {
    let c = line[i];
    if (!raw && c === '\\' && i + 1 < line.length) { cur += line[++i]; continue; }
    if (out.length < count - 1 && isSep(c)) {
      out.push(cur);
      cur = '';
      while (i + 1 < line.length && isWs(line[i + 1])) i++;
      if (isWs(c) && i + 1 < line.length && isSep(line[i + 1]) && !isWs(line[i + 1])) i++;
      continue;
    }
    cur += c;
  }
  let last = cur;
  if (out.length === count - 1) while (last && isWs(last[last.length - 1])) last = last.slice(0, -1);
  out.push(last);
  return out;
}
