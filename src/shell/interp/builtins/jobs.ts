// Job control builtins: `jobs`, `fg`, `bg`, `wait` and `kill` (which understands `%1`).

import { Flow } from '../flow.ts';
import type { Interp } from '../interp.ts';
import type { Io } from '../io.ts';
import { type Job, signalName, signalNumber } from '../jobs.ts';
import { exitStatus, SIGNALS } from '../host.ts';
import type { Builtin } from './types.ts';
import { fail } from './types.ts';

export const jobs: Builtin = (sh, argv, io) => {
  const flags = argv.slice(1).filter((a) => a.startsWith('-')).join('');
  for (const j of sh.jobs.list()) {
    if (flags.includes('p')) { io.stdout.write(`${j.child.pid}\n`); continue; }
    let line = sh.jobs.line(j);
    if (flags.includes('l')) line = line.replace(/^(\[\d+\][+ -])  /, `$1 ${j.child.pid} `);
    io.stdout.write(line);
    if (j.status !== undefined) j.reported = true;
  }
  sh.jobs.forget();
  return 0;
};

function pick(sh: Interp, io: Io, name: string, spec: string | undefined): Job | undefined {
  const job = sh.jobs.find(spec ?? '%%');
  if (!job) fail(sh, io, name, spec ? `${spec}: no such job` : 'current: no such job');
  return job;
}

export const fg: Builtin = async (sh, argv, io) => {
  const job = pick(sh, io, 'fg', argv[1]);
  if (!job) return 1;
  io.stdout.write(`${job.command}\n`);
  sh.foreground.add(job.child);
  try {
    const status = await sh.until(exitStatus(job.child));
    sh.jobs.remove(job);
    return status;
  } catch (e) {
    if (e instanceof Flow && e.kind === 'interrupt') { job.child.kill('SIGKILL'); sh.jobs.remove(job); }
    throw e;
  } finally {
    sh.foreground.delete(job.child);
  }
};

export const bg: Builtin = (sh, argv, io) => {
  const job = pick(sh, io, 'bg', argv[1]);
  if (!job) return 1;
  return fail(sh, io, 'bg', `job ${job.id} already in background`, 0);
};

/** Waits for a child; a trapped signal ends the wait with 128 + its number, as POSIX says. */
async function waitFor(sh: Interp, job: Job): Promise<{ status: number; trapped: boolean }> {
  const r = await sh.untilTrap(exitStatus(job.child));
  return typeof r === 'number' ? { status: r, trapped: false } : { status: 128 + (signalNumber(r.trapped) ?? 0), trapped: true };
}

export const wait: Builtin = async (sh, argv, io) => {
  const specs = argv.slice(1);
  if (specs.length === 0) {
    for (const j of sh.jobs.list()) {
      const r = await waitFor(sh, j);
      if (r.trapped) return r.status;
    }
    for (const j of sh.jobs.list()) j.reported = true;
    sh.jobs.forget();
    return 0;
  }
  let status = 0;
  for (const s of specs) {
    const job = s.startsWith('%') ? sh.jobs.find(s) : sh.jobs.byPid(Number(s));
    if (!job) { status = fail(sh, io, 'wait', s.startsWith('%') ? `${s}: no such job` : `pid ${s} is not a child of this shell`, 127); continue; }
    const r = await waitFor(sh, job);
    if (r.trapped) return r.status;
    status = r.status;
    sh.jobs.remove(job);
  }
  return status;
};

export const kill: Builtin = (sh, argv, io) => {
  let args = argv.slice(1);
  let signal = 'SIGTERM';
  if (args[0] === '-l' || args[0] === '-L') {
    if (args[1]) { const n = Number(args[1]); io.stdout.write(`${(signalName(n > 128 ? n - 128 : n) ?? '').replace(/^SIG/, '')}\n`); return 0; }
    io.stdout.write(Object.keys(SIGNALS).map((k) => `${SIGNALS[k]}) ${k}`).join('\n') + '\n');
    return 0;
  }
  if (args[0] === '-s' || args[0] === '-n') {
    const n = signalNumber(args[1] ?? '');
    if (n === undefined) return fail(sh, io, 'kill', `${args[1]}: invalid signal specification`);
    signal = signalName(n) ?? signal;
    args = args.slice(2);
  } else if (args[0]?.startsWith('-') && args[0] !== '--') {
    const n = signalNumber(args[0].slice(1));
    if (n === undefined) return fail(sh, io, 'kill', `${args[0].slice(1)}: invalid signal specification`);
    signal = signalName(n) ?? signal;
    args = args.slice(1);
  }
  if (args[0] === '--') args = args.slice(1);
  if (args.length === 0) {
    io.stderr.write('kill: usage: kill [-s sigspec | -n signum | -sigspec] pid | jobspec ... or kill -l [sigspec]\n');
    return 2;
  }
  let status = 0;
  for (const a of args) {
    if (a.startsWith('%')) {
      const job = sh.jobs.find(a);
      if (!job) { status = fail(sh, io, 'kill', `${a}: no such job`); continue; }
      job.child.kill(signal);
      continue;
    }
    if (!/^-?[0-9]+$/.test(a)) { status = fail(sh, io, 'kill', `${a}: arguments must be process or job IDs`); continue; }
    const pid = Number(a);
    const job = sh.jobs.byPid(pid);
    if (job) { job.child.kill(signal); continue; }
    if (!sh.ctx.kill?.(pid, signal)) status = fail(sh, io, 'kill', `(${pid}) - No such process`);
  }
  return status;
};
