// Background jobs: `cmd &` prints `[1] 1234`, `jobs` lists them, and the interactive shell reports
// `[1]+  Done                    cmd` before the next prompt, as bash does.
// Models bash jobs.c (pretty_print_job).

import { type ChildProcess, exitStatus, SIGNALS } from './host.ts';

export interface Job {
  id: number;
  child: ChildProcess;
  command: string;
  status?: number;
  /** The status was reported at a prompt (or by `jobs`/`wait`), so the job can be forgotten. */
  reported: boolean;
}

const SIGNAL_TEXT: Record<number, string> = { 1: 'Hangup', 2: 'Interrupt', 9: 'Killed', 15: 'Terminated' };

/**
 * Finished jobs kept for `jobs`, `wait` and the prompt's notices. A loop that starts jobs and
 * never reaches a prompt would otherwise keep every one (bash bounds its list of dead children
 * the same way, by CHILD_MAX).
 */
const MAX_FINISHED = 128;

export class JobTable {
  private jobs: Job[] = [];

  add(child: ChildProcess, command: string): Job {
    this.dropOldFinished();
    const id = (this.jobs[this.jobs.length - 1]?.id ?? 0) + 1;
    const job: Job = { id, child, command, reported: false };
    this.jobs.push(job);
    exitStatus(child).then((status) => { job.status = status; }, () => { job.status = 1; });
    return job;
  }

  list(): Job[] {
    return [...this.jobs];
  }

  /** `%1`, `%%`, `%+`, `%-`, `%name`; undefined when no such job. */
  find(spec: string): Job | undefined {
    const s = spec.replace(/^%/, '');
    if (s === '' || s === '%' || s === '+') return this.jobs[this.jobs.length - 1];
    if (s === '-') return this.jobs[this.jobs.length - 2] ?? this.jobs[this.jobs.length - 1];
    if (/^[0-9]+$/.test(s)) return this.jobs.find((j) => j.id === Number(s));
    return this.jobs.find((j) => j.command.startsWith(s));
  }

  byPid(pid: number): Job | undefined {
    return this.jobs.find((j) => j.child.pid === pid);
  }

  mark(job: Job): string {
    const n = this.jobs.length;
    if (job === this.jobs[n - 1]) return '+';
    if (job === this.jobs[n - 2]) return '-';
    return ' ';
  }

  /** One line as `jobs` prints it. */
  line(job: Job): string {
    const state = job.status === undefined ? 'Running' : statusText(job.status);
    const cmd = job.status === undefined ? `${job.command} &` : job.command;
    return `[${job.id}]${this.mark(job)}  ${state.padEnd(24)}${cmd}\n`;
  }

  /** Lines for jobs that finished since the last prompt; they leave the table. */
  reap(): string {
    let out = '';
    for (const j of this.jobs) if (j.status !== undefined && !j.reported) { out += this.line(j); j.reported = true; }
    this.forget();
    return out;
  }

  remove(job: Job): void {
    job.reported = true;
    this.forget();
  }

  private dropOldFinished(): void {
    let finished = 0;
    for (const j of this.jobs) if (j.status !== undefined) finished++;
    if (finished < MAX_FINISHED) return;
    let drop = finished - MAX_FINISHED + 1;
    this.jobs = this.jobs.filter((j) => !(j.status !== undefined && drop-- > 0));
  }

  forget(): void {
    this.jobs = this.jobs.filter((j) => !(j.reported && j.status !== undefined));
  }
}

export function statusText(status: number): string {
  if (status === 0) return 'Done';
  if (status > 128 && SIGNAL_TEXT[status - 128]) return SIGNAL_TEXT[status - 128];
  return `Exit ${status}`;
}

export function signalNumber(name: string): number | undefined {
  if (/^[0-9]+$/.test(name)) return Number(name);
  const up = name.toUpperCase();
  return SIGNALS[up.startsWith('SIG') ? up : `SIG${up}`];
}

export function signalName(n: number): string | undefined {
  return Object.keys(SIGNALS).find((k) => SIGNALS[k] === n);
}
