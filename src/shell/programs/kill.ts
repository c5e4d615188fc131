// kill(1) as procps and busybox build it: -SIGNAL / -s SIGNAL / -n NUMBER, -l lists names.
// (Shells have their own builtin; this is /bin/kill.)

import { SIGNAL_NUMBERS, parseSignal } from '../../os/process/signals.ts';
import type { Tool } from './lib/tool.ts';

/** Linux x86-64 signal names 1-31, as kill -l lists them. */
export const SIGNAL_NAMES = [
  'HUP', 'INT', 'QUIT', 'ILL', 'TRAP', 'ABRT', 'BUS', 'FPE', 'KILL', 'USR1', 'SEGV', 'USR2', 'PIPE', 'ALRM', 'TERM', 'STKFLT',
  'CHLD', 'CONT', 'STOP', 'TSTP', 'TTIN', 'TTOU', 'URG', 'XCPU', 'XFSZ', 'VTALRM', 'PROF', 'WINCH', 'POLL', 'PWR', 'SYS',
];

function signalNumber(spec: string): number | undefined {
  if (/^\d+$/.test(spec)) return Number(spec) <= 64 ? Number(spec) : undefined;
  const bare = spec.toUpperCase().replace(/^SIG/, '');
  const i = SIGNAL_NAMES.indexOf(bare);
  return i < 0 ? undefined : i + 1;
}

export const kill: Tool = async (ctx, f) => {
  const prog = f.prog(ctx);
  const busybox = f.kind === 'busybox';
  let args = ctx.argv.slice(1);
  if (args[0] === '-l' || args[0] === '-L' || args[0] === '--list') {
    if (args[1] !== undefined) {
      const n = signalNumber(args[1]);
      if (n === undefined) {
        ctx.stderr.write(busybox ? `${prog}: bad signal name '${args[1]}'\n` : `${prog}: unknown signal name ${args[1]}\n`);
        return 1;
      }
      ctx.stdout.write(/^\d+$/.test(args[1]) ? `${SIGNAL_NAMES[n - 1] ?? n}\n` : `${n}\n`);
      return 0;
    }
    if (busybox) ctx.stdout.write(SIGNAL_NAMES.map((s, i) => `${String(i + 1).padStart(2)}) ${s}\n`).join(''));
    else ctx.stdout.write(`${SIGNAL_NAMES.slice(0, 16).join(' ')}\n${SIGNAL_NAMES.slice(16).join(' ')}\n`);
    return 0;
  }
  let signal = 15;
  if (args[0] === '-s' || args[0] === '-n' || args[0] === '--signal') {
    const n = args[1] === undefined ? undefined : signalNumber(args[1]);
    if (n === undefined) {
      ctx.stderr.write(busybox ? `${prog}: bad signal name '${args[1] ?? ''}'\n` : `${prog}: unknown signal name ${args[1] ?? ''}\n`);
      return 1;
    }
    signal = n;
    args = args.slice(2);
  } else if (args[0] !== undefined && args[0].startsWith('-') && args[0] !== '--' && args[0] !== '-') {
    const n = signalNumber(args[0].slice(1));
    if (n === undefined) {
      ctx.stderr.write(busybox ? `${prog}: bad signal name '${args[0].slice(1)}'\n` : `${prog}: unknown signal name ${args[0].slice(1)}\n`);
      return 1;
    }
    signal = n;
    args = args.slice(1);
  }
  if (args[0] === '--') args = args.slice(1);
  if (args.length === 0) {
    ctx.stderr.write(busybox ? f.usage(prog) : `${prog}: you need to specify whom to kill\n`);
    return 1;
  }
  let status = 0;
  for (const target of args) {
    if (!/^-?\d+$/.test(target)) {
      ctx.stderr.write(busybox ? `${prog}: invalid number '${target}'\n` : `${prog}: failed to parse argument: '${target}'\n`);
      status = 1;
      continue;
    }
    const pid = Number(target);
    const known = parseSignal(signal);
    // Signals the simulated kernel does not model still reach a live process, with no effect.
    const delivered = known ? ctx.kill(pid, known) : ctx.kill(pid, 'SIGCONT');
    if (!delivered) {
      ctx.stderr.write(busybox ? `${prog}: can't kill pid ${pid}: No such process\n` : `${prog}: (${pid}): No such process\n`);
      status = 1;
    }
  }
  return status;
};

export { SIGNAL_NUMBERS };
