// The sed language, parsed: addresses (N, $, /re/, A,B, A!), commands s y p P d D q Q a i c
// = n N { } and the flags of s (g p i I N). Models GNU sed's compile.c in miniature.

import { compile } from './lib/regex.ts';

export type Address = { kind: 'line'; n: number } | { kind: 'last' } | { kind: 're'; re: RegExp };

export interface Command {
  addr1?: Address;
  addr2?: Address;
  negate: boolean;
  name: string;
  /** s: pattern, replacement and flags; y: the two sets. */
  re?: RegExp;
  replacement?: string;
  global?: boolean;
  occurrence?: number;
  print?: boolean;
  text?: string;
  from?: string;
  to?: string;
  /** For `{`: the index of its matching `}`. */
  end?: number;
  /** Range state, per command. */
  active?: boolean;
}

export class SedError extends Error {}

export function parseSed(script: string, extended: boolean): Command[] {
  const cmds: Command[] = [];
  const open: number[] = [];
  let i = 0;
  const ws = () => { while (i < script.length && /[ \t]/.test(script[i])) i++; };
  const delimited = (delim: string): string => {
    let s = '';
    while (i < script.length && script[i] !== delim) {
      if (script[i] === '\\' && i + 1 < script.length) {
        s += script[i + 1] === delim ? delim : script[i] + script[i + 1];
        i += 2;
      } else if (script[i] === '\n' && delim !== '\n') throw new SedError(`unterminated \`s' command`);
      else s += script[i++];
    }
    if (i >= script.length) throw new SedError(`unterminated \`s' command`);
    i++;
    return s;
  };
  const regex = (src: string, flags = ''): RegExp => {
    try {
      return compile(src, { extended, ignoreCase: flags.includes('i'), global: flags.includes('g') });
    } catch (e) {
      throw new SedError((e as Error).message);
    }
  };
  const address = (): Address | undefined => {
    if (/\d/.test(script[i] ?? '')) {
      const m = /^\d+/.exec(script.slice(i))![0];
      i += m.length;
      return { kind: 'line', n: Number(m) };
    }
    if (script[i] === '$') {
      i++;
      return { kind: 'last' };
    }
    if (script[i] === '/' || script[i] === '\\') {
      const delim = script[i] === '\\' ? script[++i] : '/';
      i++;
      const src = delimited(delim);
      let flags = '';
      if (script[i] === 'I') { flags = 'i'; i++; }
      return { kind: 're', re: regex(src, flags) };
    }
    return undefined;
  };
  const restOfLine = (): string => {
    ws();
    if (script[i] === '\\') { i++; if (script[i] === '\n') i++; }
    let s = '';
    while (i < script.length && script[i] !== '\n') {
      if (script[i] === '\\' && i + 1 < script.length) { s += script[i + 1] === 'n' ? '\n' : script[i + 1]; i += 2; } else s += script[i++];
    }
    return s;
  };
  while (i < script.length) {
    while (i < script.length && /[\s;]/.test(script[i])) i++;
    if (i >= script.length) break;
    if (script[i] === '#') { while (i < script.length && script[i] !== '\n') i++; continue; }
    const cmd: Command = { negate: false, name: '' };
    cmd.addr1 = address();
    if (cmd.addr1 && script[i] === ',') {
      i++;
      cmd.addr2 = address();
      if (!cmd.addr2) throw new SedError('unexpected `,\'');
    }
    ws();
    if (script[i] === '!') { cmd.negate = true; i++; ws(); }
    const c = script[i++];
    if (c === undefined) throw new SedError('missing command');
    cmd.name = c;
    switch (c) {
      case 's': {
        const delim = script[i++];
        const pattern = delimited(delim);
        const replacement = delimited(delim);
        let flags = '';
        while (i < script.length && /[gpiIm0-9e]/.test(script[i])) flags += script[i++];
        cmd.re = regex(pattern, flags.toLowerCase().includes('i') ? 'gi' : 'g');
        cmd.replacement = replacement;
        cmd.global = flags.includes('g');
        cmd.print = flags.includes('p');
        const n = /\d+/.exec(flags);
        cmd.occurrence = n ? Number(n[0]) : 1;
        break;
      }
      case 'y': {
        const delim = script[i++];
        cmd.from = delimited(delim).replace(/\\n/g, '\n');
        cmd.to = delimited(delim).replace(/\\n/g, '\n');
        if ([...cmd.from].length !== [...cmd.to].length) throw new SedError('strings for `y\' command are different lengths');
        break;
      }
      case 'a': case 'i': case 'c':
        cmd.text = restOfLine();
        break;
      case '{':
        open.push(cmds.length);
        break;
      case '}': {
        const start = open.pop();
        if (start === undefined) throw new SedError('unexpected `}\'');
        cmds[start].end = cmds.length;
        break;
      }
      case 'q': case 'Q': case 'l': {
        ws();
        const m = /^\d+/.exec(script.slice(i));
        if (m) { cmd.text = m[0]; i += m[0].length; }
        break;
      }
      case 'p': case 'P': case 'd': case 'D': case '=': case 'n': case 'N': case 'h': case 'H': case 'g': case 'G': case 'x':
        break;
      default:
        throw new SedError(`unknown command: \`${c}'`);
    }
    cmds.push(cmd);
  }
  if (open.length > 0) throw new SedError('unmatched `{\'');
  return cmds;
}
