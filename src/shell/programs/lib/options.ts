// Command-line options the way getopt_long(3) reads them: clustered short flags (`-la`), flags
// taking a value (`-n 5`, `-n5`), long options (`--all`, `--lines=5`), `--` ending options.
// Both permute (options may follow operands): busybox images are built on glibc's getopt.

import type { ProcessContext } from '../../../os/process/context.ts';
import type { Flavour } from '../flavour.ts';

export interface OptionSpec {
  /** getopt's short string: letters, a ':' after one that takes a value ('n:c:qv'). */
  short: string;
  /** Long names mapped to a short letter (or their own key); a trailing '=' takes a value. */
  long?: Record<string, string>;
  /** Permute: options may follow operands (default); false for tools that end options at the first operand. */
  permute?: boolean;
}

export class Options {
  private readonly values = new Map<string, string[]>();
  /** Flags in the order given, for tools where the last of two rivals wins (ls -1 -l). */
  readonly order: string[] = [];

  add(key: string, value: string): void {
    const list = this.values.get(key) ?? [];
    list.push(value);
    this.values.set(key, list);
    this.order.push(key);
  }

  has(key: string): boolean {
    return this.values.has(key);
  }

  /** The last value given for `key`. */
  get(key: string): string | undefined {
    const list = this.values.get(key);
    return list?.[list.length - 1];
  }

  all(key: string): string[] {
    return this.values.get(key) ?? [];
  }

  count(key: string): number {
    return this.values.get(key)?.length ?? 0;
  }
}

export interface Parsed {
  opts: Options;
  operands: string[];
}

export type ParseError = { error: string };

/** Pure: parses `args` (argv without argv[0]); errors are getopt's sentences without the prog. */
export function parseArgs(args: string[], spec: OptionSpec, permute: boolean): Parsed | ParseError {
  const opts = new Options();
  const operands: string[] = [];
  const takes = (c: string) => {
    const i = spec.short.indexOf(c);
    return i >= 0 && spec.short[i + 1] === ':';
  };
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    if (a === '--') {
      operands.push(...args.slice(i + 1));
      break;
    }
    if (a.startsWith('--')) {
      const eq = a.indexOf('=');
      const name = a.slice(2, eq < 0 ? undefined : eq);
      const long = spec.long ?? {};
      const exact = Object.keys(long).filter((k) => k.replace(/=$/, '') === name);
      // `--color` and `--color=auto` may both be declared: the value decides which is meant.
      const matches = exact.length > 1 ? exact.filter((k) => k.endsWith('=') === eq >= 0) : exact;
      const prefixed = matches.length > 0 ? matches : Object.keys(long).filter((k) => k.startsWith(name));
      if (prefixed.length !== 1) {
        return { error: prefixed.length === 0 ? `unrecognized option '${a}'` : `option '${a}' is ambiguous` };
      }
      const key = prefixed[0];
      const target = long[key];
      if (key.endsWith('=')) {
        let value = eq >= 0 ? a.slice(eq + 1) : args[++i];
        if (value === undefined) return { error: `option '--${key.slice(0, -1)}' requires an argument` };
        opts.add(target, value);
        value = '';
      } else {
        if (eq >= 0) return { error: `option '--${key}' doesn't allow an argument` };
        opts.add(target, '');
      }
      continue;
    }
    if (a.startsWith('-') && a !== '-') {
      for (let j = 1; j < a.length; j++) {
        const c = a[j];
        if (!spec.short.replace(/:/g, '').includes(c)) return { error: `invalid option -- '${c}'` };
        if (takes(c)) {
          const value = j + 1 < a.length ? a.slice(j + 1) : args[++i];
          if (value === undefined) return { error: `option requires an argument -- '${c}'` };
          opts.add(c, value);
          break;
        }
        opts.add(c, '');
      }
      continue;
    }
    if (!permute) {
      operands.push(...args.slice(i));
      break;
    }
    operands.push(a);
  }
  return { opts, operands };
}

/**
 * Parses ctx.argv for a program; on a mistake prints the flavour's usage error and returns the
 * exit status instead.
 */
export function parseOptions(ctx: ProcessContext, f: Flavour, spec: OptionSpec, args = ctx.argv.slice(1)): Parsed | number {
  if (printHelp(ctx, f, args)) return 0;
  const prog = f.prog(ctx);
  const parsed = parseArgs(args, spec, spec.permute ?? true);
  if ('error' in parsed) {
    ctx.stderr.write(`${prog}: ${parsed.error}\n${f.usage(f.kind === 'busybox' ? prog : prog)}`);
    return f.usageStatus(prog);
  }
  return parsed;
}

/** Prints `prog: MESSAGE` plus the usage hint (missing operand and friends). */
export function usageError(ctx: ProcessContext, f: Flavour, message: string): number {
  const prog = f.prog(ctx);
  ctx.stderr.write(f.kind === 'busybox' ? f.usage(prog) : `${prog}: ${message}\n${f.usage(prog)}`);
  return f.usageStatus(prog);
}

let gnuHelp: Readonly<Record<string, string>> | undefined;

/** Fetches GNU's --help texts; a coreutils program given --help awaits this before it runs. */
export async function loadGnuHelp(): Promise<void> {
  gnuHelp ??= (await import('../gnu-help.ts')).GNU_HELP;
}

/** GNU's `--help` (before any `--`): prints the tool's real help text; true when it did. */
export function printHelp(ctx: ProcessContext, f: Flavour, args = ctx.argv.slice(1)): boolean {
  if (f.kind !== 'coreutils') return false;
  const at = args.indexOf('--help');
  const end = args.indexOf('--');
  if (at < 0 || (end >= 0 && end < at)) return false;
  const prog = f.prog(ctx);
  const base = prog.slice(prog.lastIndexOf('/') + 1);
  const text = gnuHelp?.[base];
  if (text === undefined) return false;
  ctx.stdout.write(text.replace(`Usage: ${base}`, `Usage: ${prog}`));
  return true;
}
