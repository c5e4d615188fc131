// grep(1): -E -F -i -v -n -c -l -L -q -w -x -o -r -h -H -s -e, streaming as lines arrive.
// Exit 0 when something matched, 1 when nothing did, 2 on errors (unless -q matched).

import type { ProcessContext } from '../../os/process/context.ts';
import { errText, inputLines, type LineReader } from './lib/io.ts';
import { parseOptions } from './lib/options.ts';
import { compile } from './lib/regex.ts';
import { terminalOf } from './lib/system.ts';
import type { Tool } from './lib/tool.ts';

export const grep: Tool = async (ctx, f) => {
  const parsed = parseOptions(ctx, f, {
    short: 'EFGivnclLqswxorRhHe:f:m:A:B:C:',
    long: { 'extended-regexp': 'E', 'fixed-strings': 'F', 'ignore-case': 'i', 'invert-match': 'v', 'line-number': 'n', count: 'c', 'files-with-matches': 'l', quiet: 'q', silent: 'q', 'word-regexp': 'w', 'line-regexp': 'x', 'only-matching': 'o', recursive: 'r', 'no-filename': 'h', 'with-filename': 'H', 'regexp=': 'e', 'max-count=': 'm', 'color=': 'color', 'colour=': 'color', colour: 'color', color: 'color' },
  });
  if (typeof parsed === 'number') return parsed;
  const { opts } = parsed;
  const operands = [...parsed.operands];
  const prog = f.prog(ctx);
  const patterns = opts.has('e') ? opts.all('e') : operands.length > 0 ? [operands.shift()!] : undefined;
  if (patterns === undefined) {
    ctx.stderr.write(f.kind === 'busybox' ? f.usage(prog) : `Usage: ${prog} [OPTION]... PATTERNS [FILE]...\n${f.usage(prog)}`);
    return 2;
  }
  const source = patterns.flatMap((p) => p.split('\n'));
  let re: RegExp;
  try {
    const parts = source.map((p) => (opts.has('F') ? p.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&') : compile(p, { extended: opts.has('E') }).source));
    let body = parts.map((p) => `(?:${p})`).join('|');
    if (opts.has('w')) body = `(?<![\\w])(?:${body})(?![\\w])`;
    if (opts.has('x')) body = `^(?:${body})$`;
    re = new RegExp(body, opts.has('i') ? 'gi' : 'g');
  } catch (e) {
    ctx.stderr.write(f.kind === 'busybox' ? `${prog}: bad regex '${source[0]}'\n` : `${prog}: ${errText(e)}\n`);
    return 2;
  }
  const recursive = opts.has('r') || opts.has('R');
  const files = operands.length > 0 ? operands : [recursive ? '.' : '-'];
  const showNames = !opts.has('h') && (opts.has('H') || files.length > 1 || recursive);
  const max = opts.has('m') ? Number(opts.get('m')) : Infinity;
  let matchedAny = false;
  let error = false;
  const quiet = opts.has('q');
  // GREP_COLORS defaults: ms=01;31, fn=35, ln=32, se=36; only GNU grep colours.
  const colourMode = opts.get('color') ?? 'never';
  const colour = f.kind === 'coreutils' && (colourMode === 'always' || ((colourMode === 'auto' || colourMode === '') && terminalOf(ctx.stdout) !== undefined));
  const paint = (sgr: string, s: string) => (colour ? `\x1b[${sgr}m\x1b[K${s}\x1b[m\x1b[K` : s);
  const sep = paint('36', ':');

  const afterN = Number(opts.get('A') ?? opts.get('C') ?? 0);
  const beforeN = Number(opts.get('B') ?? opts.get('C') ?? 0);
  const context = afterN > 0 || beforeN > 0;
  let printedGroups = false;

  const search = async (name: string, lines: LineReader): Promise<boolean> => {
    let count = 0;
    const before: [number, string][] = [];
    let afterLeft = 0;
    let lastPrinted = 0;
    if (printedGroups) lastPrinted = -1;
    const emitContext = (label: string, n: number, line: string): boolean => {
      lastPrinted = n;
      const csep = paint('36', '-');
      const prefix = (showNames ? paint('35', label) + csep : '') + (opts.has('n') ? paint('32', String(n)) + csep : '');
      return ctx.stdout.write(`${prefix}${line}\n`);
    };
    const label = name === '-' ? '(standard input)' : name;
    for (let n = 1; count < max; n++) {
      const raw = await lines.next();
      if (raw === null) break;
      await ctx.checkpoint();
      const line = raw.endsWith('\n') ? raw.slice(0, -1) : raw;
      re.lastIndex = 0;
      const hit = re.test(line) !== opts.has('v');
      if (!hit) {
        if (!context) continue;
        // Context lines: after a match while -A lasts, else remembered for -B.
        if (afterLeft > 0) {
          afterLeft--;
          if (!emitContext(label, n, line)) return false;
        } else {
          before.push([n, line]);
          if (before.length > beforeN) before.shift();
        }
        continue;
      }
      if (context && !(opts.has('l') || opts.has('L') || opts.has('c') || quiet)) {
        if (lastPrinted === -1 || (lastPrinted > 0 && (before[0]?.[0] ?? n) > lastPrinted + 1)) ctx.stdout.write(`${paint('36', '--')}\n`);
        for (const [bn, bl] of before) if (!emitContext(label, bn, bl)) return false;
        before.length = 0;
        afterLeft = afterN;
        lastPrinted = n;
      }
      count++;
      matchedAny = true;
      if (quiet) return true;
      if (opts.has('l') || opts.has('L') || opts.has('c')) continue;
      const prefix = (showNames ? paint('35', label) + sep : '') + (opts.has('n') ? paint('32', String(n)) + sep : '');
      if (opts.has('o') && !opts.has('v')) {
        re.lastIndex = 0;
        for (const m of line.matchAll(re)) if (m[0] !== '' && !ctx.stdout.write(`${prefix}${paint('01;31', m[0])}\n`)) return false;
      } else {
        re.lastIndex = 0;
        const shown = colour && !opts.has('v') ? line.replace(re, (m) => (m === '' ? m : paint('01;31', m))) : line;
        if (!ctx.stdout.write(`${prefix}${shown}\n`)) return false;
      }
    }
    // A group separator goes between files' groups too.
    if (context && lastPrinted > 0) printedGroups = true;
    if (opts.has('c')) ctx.stdout.write(`${showNames ? `${label}:` : ''}${count}\n`);
    if (opts.has('l') && count > 0) ctx.stdout.write(`${label}\n`);
    if (opts.has('L') && count === 0) ctx.stdout.write(`${label}\n`);
    return true;
  };

  const walk = async (c: ProcessContext, name: string): Promise<boolean> => {
    let lines: LineReader;
    try {
      if (name !== '-' && c.fs.stat(c.resolve(name), c.cred).type === 'dir') {
        if (!recursive) {
          // busybox skips folders silently; GNU grep reports them as an error.
          if (f.kind === 'coreutils') {
            if (!opts.has('s')) c.stderr.write(`${prog}: ${name}: Is a directory\n`);
            error = true;
          }
          return true;
        }
        for (const child of c.fs.readdir(c.resolve(name), c.cred)) {
          if (!(await walk(c, name.endsWith('/') ? name + child : `${name}/${child}`))) return false;
          if (quiet && matchedAny) return false;
        }
        return true;
      }
      lines = inputLines(c, name);
    } catch (e) {
      if (!opts.has('s')) c.stderr.write(`${prog}: ${name}: ${errText(e)}\n`);
      error = true;
      return true;
    }
    return search(name, lines);
  };
  for (const name of files) {
    if (!(await walk(ctx, name))) break;
    if (quiet && matchedAny) break;
  }
  if (quiet && matchedAny) return 0;
  return error ? 2 : matchedAny ? 0 : 1;
};
