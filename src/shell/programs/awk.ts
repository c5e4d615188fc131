// awk(1): -F separator, -v assignments, -f program files, BEGIN/END, patterns and ranges over
// records read as they arrive. gawk's texts on the host (Ubuntu's awk is mawk or gawk; errors
// follow gawk), busybox's in containers.

import { AwkSyntaxError } from './awk-lexer.ts';
import { AwkMachine, Exit } from './awk-interp.ts';
import { StrNum } from './awk-values.ts';
import { parseAwk, type AwkProgram } from './awk-parser.ts';
import { errText, LineReader } from './lib/io.ts';
import { parseOptions } from './lib/options.ts';
import type { Tool } from './lib/tool.ts';

export const awk: Tool = async (ctx, f) => {
  const parsed = parseOptions(ctx, f, { short: 'F:v:f:', long: { 'field-separator=': 'F', 'assign=': 'v', 'file=': 'f' }, permute: false });
  if (typeof parsed === 'number') return parsed;
  const { opts } = parsed;
  const operands = [...parsed.operands];
  const prog = f.prog(ctx);
  let source: string;
  if (opts.has('f')) source = opts.all('f').map((file) => ctx.fs.readFile(ctx.resolve(file), ctx.cred)).join('\n');
  else if (operands.length > 0) source = operands.shift()!;
  else {
    ctx.stderr.write(f.kind === 'busybox' ? f.usage(prog) : `Usage: ${prog} [POSIX or GNU style options] -f progfile [--] file ...\nUsage: ${prog} [POSIX or GNU style options] [--] 'program' file ...\n`);
    return f.kind === 'busybox' ? 1 : 2;
  }
  let program: AwkProgram;
  try {
    program = parseAwk(source);
  } catch (e) {
    const msg = e instanceof AwkSyntaxError ? e.message : errText(e);
    ctx.stderr.write(f.kind === 'busybox' ? `${prog}: cmd. line:1: ${msg}\n` : `${prog}: cmd. line:1: ${source.split('\n')[0]}\n${prog}: cmd. line:1: ${'^'.padStart(Math.min(source.length, 80))} ${msg.replace(/ at source line 1 near.*/, '')}\n`);
    return f.kind === 'busybox' ? 1 : 2;
  }
  const machine = new AwkMachine(program, {
    write: (text) => ctx.stdout.write(text),
    writeFile: (path, text, append) => ctx.fs.writeFile(ctx.resolve(path), text, { append }, ctx.cred),
    checkpoint: () => ctx.checkpoint(),
  });
  const fsArg = opts.get('F');
  if (fsArg !== undefined) machine.globals.set('FS', fsArg === 't' ? '\t' : fsArg.replace(/\\t/g, '\t'));
  for (const assign of opts.all('v')) {
    const eq = assign.indexOf('=');
    if (eq > 0) machine.globals.set(assign.slice(0, eq), new StrNum(assign.slice(eq + 1).replace(/\\n/g, '\n').replace(/\\t/g, '\t')));
  }
  const begins = program.rules.filter((r) => r.kind === 'begin');
  const ends = program.rules.filter((r) => r.kind === 'end');
  const mains = program.rules.filter((r) => r.kind === 'main');
  const inRange = new Set<number>();
  let exitCode: number | undefined;
  const fail = (e: unknown): number => {
    ctx.stderr.write(`${prog}: ${f.kind === 'busybox' ? '' : 'cmd. line:1: (FILENAME=- FNR=0) fatal: '}${errText(e)}\n`);
    return 2;
  };
  try {
    for (const r of begins) await machine.runAction(r.action);
  } catch (e) {
    if (e instanceof Exit) exitCode = e.code;
    else return fail(e);
  }
  let status = 0;
  if (exitCode === undefined && (mains.length > 0 || ends.length > 0)) {
    const inputs = operands.filter((o) => !/^[A-Za-z_][A-Za-z0-9_]*=/.test(o));
    const files = inputs.length > 0 ? operands : ['-'];
    let nr = 0;
    outer: for (const name of files) {
      const assign = /^([A-Za-z_][A-Za-z0-9_]*)=(.*)$/s.exec(name);
      if (assign) {
        machine.globals.set(assign[1], new StrNum(assign[2]));
        continue;
      }
      let reader: LineReader;
      try {
        reader = name === '-' ? new LineReader(() => ctx.stdin.read()) : LineReader.of(ctx.fs.readFile(ctx.resolve(name), ctx.cred));
      } catch (e) {
        ctx.stderr.write(f.kind === 'busybox' ? `${prog}: cannot open '${name}': ${errText(e)}\n` : `${prog}: fatal: cannot open file \`${name}' for reading: ${errText(e)}\n`);
        status = 2;
        continue;
      }
      machine.globals.set('FILENAME', name === '-' ? '' : name);
      let fnr = 0;
      for (let line = await reader.next(); line !== null; line = await reader.next()) {
        await ctx.checkpoint();
        machine.globals.set('NR', ++nr);
        machine.globals.set('FNR', ++fnr);
        machine.setRecord(line.endsWith('\n') ? line.slice(0, -1) : line);
        try {
          for (const [i, r] of mains.entries()) {
            let hit: boolean;
            if (r.range) {
              if (inRange.has(i)) {
                hit = true;
                if (machine.test(r.range)) inRange.delete(i);
              } else if (r.pattern && machine.test(r.pattern)) {
                hit = true;
                if (!machine.test(r.range)) inRange.add(i);
              } else hit = false;
            } else hit = r.pattern === undefined || machine.test(r.pattern);
            if (hit && !(await machine.runAction(r.action))) break;
          }
        } catch (e) {
          if (e instanceof Exit) {
            exitCode = e.code;
            break outer;
          }
          return fail(e);
        }
      }
    }
  }
  try {
    for (const r of ends) await machine.runAction(r.action);
  } catch (e) {
    if (e instanceof Exit) exitCode = e.code;
    else return fail(e);
  }
  return exitCode ?? status;
};
