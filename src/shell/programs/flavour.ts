// The two families of tools a learner meets: GNU coreutils (and friends) on the Ubuntu-like
// host, busybox applets inside containers. One implementation serves both; a Flavour carries
// what differs — how a program names itself, its error sentences and its usage texts.

import type { ProcessContext } from '../../os/process/context.ts';
import * as paths from '../../os/path.ts';
import { BUSYBOX_BANNER, BUSYBOX_USAGE } from './busybox-usage.ts';

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

/** The banner and usage busybox prints for `APPLET --help` and after a usage mistake. */
export function busyboxUsage(applet: string): string {
  const body = BUSYBOX_USAGE[applet];
  return body === undefined ? `${BUSYBOX_BANNER}\n` : `${BUSYBOX_BANNER}\n\n${body}`;
}
