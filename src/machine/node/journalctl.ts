// journalctl on a lab node: the kubelet unit's journal (`-u kubelet`), the last lines (`-n`),
// newest first (`-r`) or followed as they come (`-f`, until Ctrl-C). The journal holds what
// systemd and the kubelet wrote since the node booted.
// Models systemd journalctl (short output, no pager)

import type { ProcessContext } from '../../os/process/context.ts';
import { kubeletJournal, type JournalLine } from './journal-lines.ts';
import { nodeOf } from './node-of.ts';

interface Options {
  unit?: string;
  lines?: number;
  follow: boolean;
  reverse: boolean;
}

function parse(args: string[]): Options | string {
  const o: Options = { follow: false, reverse: false };
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    const value = (long: string) => (a.includes('=') ? a.slice(a.indexOf('=') + 1) : a.length > 2 && !a.startsWith('--') ? a.slice(2) : args[++i]);
    if (a === '-f' || a === '--follow') o.follow = true;
    else if (a === '-r' || a === '--reverse') o.reverse = true;
    else if (a === '-e' || a === '--pager-end') o.lines ??= 1000;
    else if (a === '--no-pager' || a === '-x' || a === '--catalog' || a === '-l' || a === '--full' || a === '-q' || a === '--quiet') continue;
    else if (a.startsWith('-u') || a.startsWith('--unit')) o.unit = value('--unit');
    else if (a.startsWith('-n') || a.startsWith('--lines')) {
      const v = value('--lines');
      const n = v === undefined || v === 'all' ? Infinity : Number(v);
      if (!Number.isInteger(n) && n !== Infinity) return `Failed to parse lines '${v}'.`;
      o.lines = n;
    } else if (a.startsWith('-')) return `journalctl: invalid option -- '${a.replace(/^-+/, '')[0]}'`;
  }
  if (o.follow) o.lines ??= 10;
  return o;
}

export async function journalctl(ctx: ProcessContext): Promise<number> {
  const o = parse(ctx.argv.slice(1));
  if (typeof o === 'string') {
    ctx.stderr.write(`${o}\n`);
    return 1;
  }
  const node = nodeOf(ctx);
  const unit = o.unit?.replace(/\.service$/, '');
  const read = (): JournalLine[] => (node && (unit === undefined || unit === 'kubelet') ? kubeletJournal(node) : []);
  let all = read();
  let shown = o.lines === undefined ? all : all.slice(Math.max(0, all.length - o.lines));
  if (o.reverse) shown = [...shown].reverse();
  if (shown.length === 0 && !o.follow) {
    ctx.stdout.write('-- No entries --\n');
    return 0;
  }
  ctx.stdout.write(shown.map((l) => `${l.text}\n`).join(''));
  if (!o.follow) return 0;
  let last = all.at(-1);
  for (;;) {
    await ctx.sleep(1000);
    all = read();
    const from = last ? all.findIndex((l) => l.at === last!.at && l.text === last!.text) + 1 : 0;
    const fresh = all.slice(from);
    if (fresh.length > 0) {
      ctx.stdout.write(fresh.map((l) => `${l.text}\n`).join(''));
      last = fresh.at(-1);
    }
  }
}
