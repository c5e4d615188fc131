// pgrep(1) and pkill(1) over the kernel's process table: match the command name (or, with -f,
// the whole command line) against a regex; -l/-a list names or command lines, -u by user.

import { Users } from '../../os/users.ts';
import type { ProcessInfo } from '../../os/process/kernel.ts';
import { parseSignal } from '../../os/process/signals.ts';
import { SIGNAL_NAMES } from './kill.ts';
import { systemOf } from './lib/system.ts';
import type { Tool } from './lib/tool.ts';

function signalSpec(arg: string): string | undefined {
  const spec = arg.slice(1);
  if (/^\d+$/.test(spec)) return Number(spec) <= 64 ? spec : undefined;
  const bare = spec.toUpperCase().replace(/^SIG/, '');
  return SIGNAL_NAMES.includes(bare) ? bare : undefined;
}

function matcher(ctx: Parameters<Tool>[0], f: Parameters<Tool>[1], kill: boolean) {
  const args = ctx.argv.slice(1);
  const prog = f.prog(ctx);
  let full = false;
  let list: '' | 'l' | 'a' = '';
  let user: string | undefined;
  let signal = 'TERM';
  let pattern: string | undefined;
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    if (a === '-f') full = true;
    else if (a === '-l' && !kill) list = 'l';
    else if (a === '-a' && !kill) list = 'a';
    else if (a === '-u') user = args[++i];
    else if (kill && a.startsWith('-') && signalSpec(a)) signal = signalSpec(a)!;
    else if (a.startsWith('-') && a.length > 1) return { error: `${prog}: invalid option -- '${a[1]}'\n${f.kind === 'busybox' ? f.usage(prog) : `Try \`${prog} --help' for more information.\n`}`, code: 2 };
    else pattern = a;
  }
  if (pattern === undefined && user === undefined) {
    return { error: f.kind === 'busybox' ? f.usage(prog) : `${prog}: no matching criteria specified\nTry \`${prog} --help' for more information.\n`, code: 2 };
  }
  let re: RegExp;
  try {
    re = new RegExp(pattern ?? '');
  } catch {
    return { error: `${prog}: Invalid regular expression\n`, code: 2 };
  }
  const users = Users.load(ctx.fs);
  const uid = user === undefined ? undefined : /^\d+$/.test(user) ? Number(user) : users.byName(user)?.uid ?? -1;
  const table = systemOf(ctx).processes?.list() ?? [];
  const hits = table.filter((p: ProcessInfo) => p.pid !== ctx.pid && p.state !== 'exited'
    && (uid === undefined || p.uid === uid) && re.test(full ? p.argv.join(' ') : p.name));
  return { hits, list, signal };
}

export const pgrep: Tool = async (ctx, f) => {
  const m = matcher(ctx, f, false);
  if ('error' in m) {
    ctx.stderr.write(m.error!);
    return m.code!;
  }
  ctx.stdout.write(m.hits!.map((p) => `${p.pid}${m.list === 'l' ? ` ${p.name}` : m.list === 'a' ? ` ${p.argv.join(' ')}` : ''}\n`).join(''));
  return m.hits!.length > 0 ? 0 : 1;
};

export const pkill: Tool = async (ctx, f) => {
  const m = matcher(ctx, f, true);
  if ('error' in m) {
    ctx.stderr.write(m.error!);
    return m.code!;
  }
  const sig = parseSignal(m.signal!) ?? 'SIGCONT';
  for (const p of m.hits!) ctx.kill(p.pid, sig);
  return m.hits!.length > 0 ? 0 : 1;
};
