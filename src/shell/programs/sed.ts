// sed(1): runs a parsed script over each line as it arrives; -n quiet, -e/-f scripts, -E/-r
// extended regexes, -i edits files in place. Models GNU sed's execute.c cycle.

import type { ProcessContext } from '../../os/process/context.ts';
import { errText, LineReader } from './lib/io.ts';
import { parseOptions } from './lib/options.ts';
import type { Tool } from './lib/tool.ts';
import { parseSed, type Address, type Command } from './sed-script.ts';

/** Applies an s/// replacement text: & the match, \1-\9 groups, \n newline. */
export function expandReplacement(text: string, match: string, groups: (string | undefined)[]): string {
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '&') out += match;
    else if (c === '\\' && i + 1 < text.length) {
      const d = text[++i];
      if (/[1-9]/.test(d)) out += groups[Number(d) - 1] ?? '';
      else if (d === 'n') out += '\n';
      else if (d === 't') out += '\t';
      else out += d;
    } else out += c;
  }
  return out;
}

export const sed: Tool = async (ctx, f) => {
  const parsed = parseOptions(ctx, f, { short: 'ne:f:Eris', long: { quiet: 'n', silent: 'n', 'expression=': 'e', 'file=': 'f', 'regexp-extended': 'E', 'in-place': 'i', separate: 's' } });
  if (typeof parsed === 'number') return parsed;
  const { opts } = parsed;
  const operands = [...parsed.operands];
  const prog = f.prog(ctx);
  const scripts = [...opts.all('e')];
  for (const file of opts.all('f')) scripts.push(ctx.fs.readFile(ctx.resolve(file), ctx.cred));
  if (scripts.length === 0) {
    if (operands.length === 0) {
      ctx.stderr.write(f.kind === 'busybox' ? f.usage(prog) : `Usage: ${prog} [OPTION]... {script-only-if-no-other-script} [input-file]...\n\n`);
      return 1;
    }
    scripts.push(operands.shift()!);
  }
  let cmds: Command[];
  try {
    cmds = parseSed(scripts.join('\n'), opts.has('E') || opts.has('r'));
  } catch (e) {
    ctx.stderr.write(f.kind === 'busybox' ? `${prog}: ${errText(e)}\n` : `${prog}: -e expression #1, char ${scripts.join('\n').length}: ${errText(e)}\n`);
    return 1;
  }
  const quiet = opts.has('n');
  const inPlace = opts.has('i');
  if (inPlace && operands.length === 0) {
    ctx.stderr.write(`${prog}: no input files\n`);
    return f.kind === 'busybox' ? 1 : 4;
  }
  let status = 0;
  let lineNo = 0;
  let quitCode: number | undefined;
  const run = async (c: ProcessContext, lines: LineReader, write: (s: string) => boolean): Promise<boolean> => {
    let next = await lines.next();
    let hold = '';
    const matches = (a: Address, line: string, last: boolean) =>
      a.kind === 'line' ? lineNo === a.n : a.kind === 'last' ? last : a.re.test(line);
    while (next !== null) {
      await c.checkpoint();
      let raw = next;
      next = await lines.next();
      lineNo++;
      let space = raw.endsWith('\n') ? raw.slice(0, -1) : raw;
      const newline = raw.endsWith('\n') ? '\n' : '';
      let append = '';
      let deleted = false;
      let substituted = false;
      for (let pc = 0; pc < cmds.length; pc++) {
        const cmd = cmds[pc];
        const last = next === null;
        let selected = true;
        if (cmd.addr1 && !cmd.addr2) selected = matches(cmd.addr1, space, last);
        else if (cmd.addr1 && cmd.addr2) {
          if (!cmd.active) {
            if (matches(cmd.addr1, space, last)) {
              cmd.active = !(cmd.addr2.kind === 'line' && cmd.addr2.n <= lineNo);
              selected = true;
            } else selected = false;
          } else {
            selected = true;
            if (cmd.addr2.kind === 'line' ? lineNo >= cmd.addr2.n : matches(cmd.addr2, space, last)) cmd.active = false;
          }
        }
        if (cmd.negate) selected = !selected;
        if (!selected) {
          if (cmd.name === '{') pc = cmd.end!;
          continue;
        }
        switch (cmd.name) {
          case 's': {
            let n = 0;
            const re = cmd.re!;
            re.lastIndex = 0;
            space = space.replace(re, (m: string, ...rest: unknown[]) => {
              n++;
              const groups = rest.slice(0, -2).filter((g) => typeof g !== 'object') as (string | undefined)[];
              if (cmd.global ? n >= cmd.occurrence! : n === cmd.occurrence) {
                substituted = true;
                return expandReplacement(cmd.replacement!, m, groups);
              }
              return m;
            });
            if (substituted && cmd.print && !write(`${space}\n`)) return false;
            break;
          }
          case 'y': {
            const from = [...cmd.from!];
            const to = [...cmd.to!];
            space = [...space].map((ch) => { const k = from.indexOf(ch); return k < 0 ? ch : to[k]; }).join('');
            break;
          }
          case 'p': if (!write(`${space}\n`)) return false; break;
          case 'P': if (!write(`${space.split('\n')[0]}\n`)) return false; break;
          case '=': write(`${lineNo}\n`); break;
          case 'a': append += `${cmd.text}\n`; break;
          case 'i': write(`${cmd.text}\n`); break;
          case 'c':
            if (!cmd.addr2 || !cmd.active) write(`${cmd.text}\n`);
            deleted = true;
            break;
          case 'd': case 'D': deleted = true; break;
          case 'h': hold = space; break;
          case 'H': hold += `\n${space}`; break;
          case 'g': space = hold; break;
          case 'G': space += `\n${hold}`; break;
          case 'x': [space, hold] = [hold, space]; break;
          case 'n':
            if (!quiet) write(`${space}\n`);
            if (next === null) { deleted = quiet; pc = cmds.length; break; }
            raw = next;
            next = await lines.next();
            lineNo++;
            space = raw.replace(/\n$/, '');
            break;
          case 'N':
            if (next === null) { pc = cmds.length; break; }
            space += `\n${next.replace(/\n$/, '')}`;
            next = await lines.next();
            lineNo++;
            break;
          case 'q': case 'Q':
            quitCode = Number(cmd.text ?? 0);
            if (cmd.name === 'Q') deleted = true;
            pc = cmds.length;
            break;
        }
        if (deleted) break;
      }
      if (!deleted && !quiet && !write(`${space}${newline}`)) return false;
      if (append && !write(append)) return false;
      if (quitCode !== undefined) return false;
    }
    return true;
  };
  const files = operands.length > 0 ? operands : ['-'];
  for (const name of files) {
    let reader: LineReader;
    try {
      reader = name === '-' ? new LineReader(() => ctx.stdin.read()) : LineReader.of(ctx.fs.readFile(ctx.resolve(name), ctx.cred));
    } catch (e) {
      ctx.stderr.write(f.kind === 'busybox' ? `${prog}: ${name}: ${errText(e)}\n` : `${prog}: can't read ${name}: ${errText(e)}\n`);
      status = f.kind === 'busybox' ? 1 : 2;
      continue;
    }
    if (inPlace) {
      let text = '';
      lineNo = 0;
      for (const c of cmds) c.active = false;
      await run(ctx, reader, (s) => { text += s; return true; });
      try {
        ctx.fs.writeFile(ctx.resolve(name), text, {}, ctx.cred);
      } catch (e) {
        ctx.stderr.write(`${prog}: couldn't edit ${name}: ${errText(e)}\n`);
        status = 4;
      }
    } else if (!(await run(ctx, reader, (s) => ctx.stdout.write(s)))) break;
  }
  return quitCode ?? status;
};
