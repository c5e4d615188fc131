// timeout(1): runs a command and sends it a signal (TERM, or -s SIG) after a virtual-clock
// delay; exit 124 when it timed out.

import { parseInterval } from './sleep.ts';
import { findExecutable, loadExecutable } from './lib/exec.ts';
import { errText } from './lib/io.ts';
import { parseSignal } from '../../os/process/signals.ts';
import { printHelp, usageError } from './lib/options.ts';
import type { Tool } from './lib/tool.ts';

export const timeout: Tool = async (ctx, f) => {
  if (printHelp(ctx, f)) return 0;
  const args = ctx.argv.slice(1);
  let signal = 'TERM';
  let i = 0;
  for (; i < args.length && args[i].startsWith('-') && args[i] !== '-'; i++) {
    if (args[i] === '-s') signal = args[++i] ?? '';
    else if (args[i].startsWith('--signal=')) signal = args[i].slice(9);
    else if (args[i] === '--') { i++; break; }
  }
  const prog = f.prog(ctx);
  const duration = args[i];
  const argv = args.slice(i + 1);
  if (duration === undefined || argv.length === 0) return usageError(ctx, f, 'missing operand');
  const seconds = parseInterval(duration);
  const sig = parseSignal(signal);
  if (seconds === undefined || !sig) {
    ctx.stderr.write(seconds === undefined ? `${prog}: invalid time interval ${f.quote(ctx, duration)}\n${f.usage(prog)}` : `${prog}: ${signal}: invalid signal\n${f.usage(prog)}`);
    return 125;
  }
  const file = findExecutable(ctx, argv[0]);
  if (!file) {
    ctx.stderr.write(f.kind === 'busybox' ? `${prog}: can't execute '${argv[0]}': No such file or directory\n` : `${prog}: failed to run command ${f.quote(ctx, argv[0])}: No such file or directory\n`);
    return 127;
  }
  let loaded;
  try {
    loaded = loadExecutable(ctx, file, argv, argv[0].includes('/') ? argv[0] : file);
  } catch (e) {
    ctx.stderr.write(`${prog}: failed to run command ${f.quote(ctx, argv[0])}: ${errText(e)}\n`);
    return 126;
  }
  const child = ctx.spawn(loaded.program, { argv: loaded.argv });
  let timedOut = false;
  const timer = ctx.sleep(seconds * 1000).then(() => {
    timedOut = true;
    child.kill(sig);
  }, () => {});
  const info = await child.wait();
  void timer;
  if (timedOut) return f.kind === 'busybox' ? info.code : 124;
  return info.code;
};
