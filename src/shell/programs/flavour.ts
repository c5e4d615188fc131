// The two families of tools a learner meets: GNU coreutils (and friends) on the Ubuntu-like
// host, busybox applets inside containers. One implementation serves both; a Flavour carries
// what differs — how a program names itself, its error sentences and its usage texts.

import type { ProcessContext } from '../../os/process/context.ts';
import * as paths from '../../os/path.ts';

export const BUSYBOX_BANNER = 'BusyBox v1.36.1 (2023-05-18 22:34:17 UTC) multi-call binary.';

export interface Flavour {
  readonly kind: 'coreutils' | 'busybox';
  /** The name a program uses in its messages: GNU prints argv[0] as typed, busybox the applet. */
  prog(ctx: ProcessContext): string;
  /** `cannot remove 'x'` (GNU) or `can't remove 'x'` (busybox). */
  cannot(verb: string, path: string): string;
  /** `ls: cannot access 'x'` (GNU) or `ls: x` (busybox), before `: <strerror>`. */
  access(path: string): string;
  /** quote(3) of gnulib: ‘x’ in a UTF-8 locale, 'x' otherwise (GNU); busybox always 'x'. */
  quote(ctx: ProcessContext, s: string): string;
  /** `cat: x` (GNU) or `cat: can't open 'x'` (busybox), for files a filter fails to open. */
  open(path: string): string;
  /**
   * The text after a usage mistake (bad option, missing operand): GNU's `Try 'ls --help'…`
   * line, or busybox's banner and applet usage.
   */
  usage(prog: string): string;
  /** Exit status for usage mistakes: GNU uses 1 (2 for ls, grep), busybox 1. */
  usageStatus(prog: string): number;
}

/** The quoting GNU uses in `cannot access 'x'`: shell-escape style, single quotes. */
export function gnuQuote(s: string): string {
  if (s === '') return "''";
  if (!/[^A-Za-z0-9_./,:=@%+-]/.test(s)) return `'${s}'`;
  if (!s.includes("'")) return `'${s}'`;
  return `"${s}"`;
}

export const coreutils: Flavour = {
  kind: 'coreutils',
  prog: (ctx) => ctx.argv[0] ?? '',
  cannot: (verb, path) => `cannot ${verb} ${gnuQuote(path)}`,
  access: (path) => `cannot access ${gnuQuote(path)}`,
  quote: (ctx, s) => (/utf-?8/i.test(ctx.env.LC_ALL || ctx.env.LC_MESSAGES || ctx.env.LANG || '') ? `\u2018${s}\u2019` : `'${s}'`),
  open: (path) => path,
  usage: (prog) => `Try '${prog} --help' for more information.\n`,
  usageStatus: (prog) => (prog === 'ls' || prog === 'grep' || prog.endsWith('/ls') ? 2 : 1),
};

export const busybox: Flavour = {
  kind: 'busybox',
  prog: (ctx) => paths.basename(ctx.argv[0] ?? ''),
  cannot: (verb, path) => `can't ${verb} '${path}'`,
  access: (path) => path,
  quote: (_ctx, s) => `'${s}'`,
  open: (path) => `can't open '${path}'`,
  usage: (prog) => busyboxUsage(prog),
  // sort and grep set busybox's usage exit status to 2.
  usageStatus: (prog) => (prog === 'sort' || prog === 'grep' ? 2 : 1),
};

let usageTexts: Readonly<Record<string, string>> | undefined;

/**
 * Fetches busybox's usage texts, a chunk of their own; the busybox binary awaits this as it
 * starts, before an applet runs or reads the clock.
 */
export async function loadBusyboxUsage(): Promise<void> {
  usageTexts ??= (await import('./busybox-usage.ts')).BUSYBOX_USAGE;
}

export function busyboxUsageLoaded(): boolean {
  return usageTexts !== undefined;
}

/** The banner and usage busybox prints for `APPLET --help` and after a usage mistake. */
export function busyboxUsage(applet: string): string {
  if (!usageTexts) throw new Error('busybox usage printed before loadBusyboxUsage() resolved');
  const body = usageTexts[applet];
  return body === undefined ? `${BUSYBOX_BANNER}\n` : `${BUSYBOX_BANNER}\n\n${body}`;
}
