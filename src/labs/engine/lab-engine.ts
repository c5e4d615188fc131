// Grades a lab against a world: tasks in order, each only once the tasks it needs are done;
// re-runs checks only when the world's change token moved or a time-based check is due; keeps
// sticky observations and completed tasks in the progress record, so a reload loses nothing.
// Models the kubelet status manager's shape: one source of truth, updated by one loop.

import type { Lab, LabTask } from '../schema/lab-schema.ts';
import { runCheck } from '../checks/run-check.ts';
import type { CheckResult } from '../checks/check-result.ts';
import { newProgress, type CheckProgress, type LabProgress, type TaskProgress } from '../progress/progress.ts';
import type { LabWorld } from '../world.ts';

export interface EvaluateOptions {
  /** Run even if nothing changed (the panel's Check button). */
  force?: boolean;
}

/** Runs every check of one task once, without needs or memory: what the task sees right now. */
export async function runTaskChecks(lab: Lab, task: LabTask, world: LabWorld, previous: readonly CheckProgress[] = []): Promise<CheckResult[]> {
  const out: CheckResult[] = [];
  for (let i = 0; i < task.checks.length; i++) {
    out.push(await runCheck(task.checks[i], { world, namespace: lab.setup.namespace, memo: previous[i]?.memo, taskId: task.id }));
  }
  return out;
}

export class LabEngine {
  readonly lab: Lab;
  private state: LabProgress;
  private lastToken: string | undefined;
  private recheckAt: number | undefined;
  private running: Promise<LabProgress> | undefined;
  private readonly listeners = new Set<(p: LabProgress) => void>();

  constructor(lab: Lab, progress?: LabProgress) {
    this.lab = lab;
    this.state = progress ?? newProgress(lab);
  }

  /** A copy of the current record, safe to store. */
  get progress(): LabProgress {
    return JSON.parse(JSON.stringify(this.state)) as LabProgress;
  }

  /** The earliest virtual time a check asked to be re-run at, if any. */
  nextRecheckAt(): number | undefined {
    return this.recheckAt;
  }

  onProgress(listener: (p: LabProgress) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Reveals the next hint of a task; undefined when none are left. */
  revealHint(taskId: string): string | undefined {
    const task = this.lab.tasks.find((t) => t.id === taskId);
    const tp = this.state.tasks[taskId];
    if (!task || !tp || tp.hintsShown >= task.hints.length) return undefined;
    tp.hintsShown++;
    this.emit();
    return task.hints[tp.hintsShown - 1];
  }

  evaluate(world: LabWorld, options: EvaluateOptions = {}): Promise<LabProgress> {
    // One run at a time: a second call waits and then decides afresh whether to run.
    const run = (this.running ?? Promise.resolve()).then(() => this.run(world, options));
    this.running = run.finally(() => { if (this.running === run) this.running = undefined; });
    return run;
  }

  private async run(world: LabWorld, options: EvaluateOptions): Promise<LabProgress> {
    const token = world.changeToken();
    const now = world.now();
    const due = this.recheckAt !== undefined && now >= this.recheckAt;
    if (!options.force && !due && token === this.lastToken) return this.progress;
    this.lastToken = token;
    this.recheckAt = undefined;
    const before = JSON.stringify(this.state);
    const p = this.state;
    p.startedAt ??= now;

    for (const task of this.lab.tasks) {
      const tp: TaskProgress = p.tasks[task.id] ??= { status: 'open', hintsShown: 0, checks: [] };
      if (tp.status === 'passed') continue;
      if (!task.needs.every((n) => p.tasks[n]?.status === 'passed')) {
        tp.status = 'locked';
        continue;
      }
      tp.status = 'open';
      tp.startedAt ??= now;
      const checks: CheckProgress[] = [];
      for (let i = 0; i < task.checks.length; i++) {
        const prev = tp.checks[i];
        if (prev?.passed && prev.sticky) { checks.push(prev); continue; }
        const r = await runCheck(task.checks[i], { world, namespace: this.lab.setup.namespace, memo: prev?.memo, taskId: task.id });
        const entry: CheckProgress = { passed: r.passed, message: r.message };
        if (r.passed) entry.at = prev?.passed ? prev.at ?? now : now;
        if (r.passed && r.sticky) entry.sticky = true;
        if (r.memo !== undefined) entry.memo = r.memo;
        if (r.recheckAt !== undefined) this.recheckAt = Math.min(this.recheckAt ?? Infinity, r.recheckAt);
        checks.push(entry);
      }
      tp.checks = checks;
      if (checks.every((c) => c.passed)) {
        tp.status = 'passed';
        tp.completedAt = now;
        tp.timeTakenMs = now - (tp.startedAt ?? now);
      }
    }
    if (p.completedAt === undefined && this.lab.tasks.every((t) => p.tasks[t.id]?.status === 'passed')) {
      p.completedAt = now;
      p.timeTakenMs = now - (p.startedAt ?? now);
    }
    if (JSON.stringify(p) !== before) this.emit();
    return this.progress;
  }

  private emit(): void {
    const copy = this.progress;
    for (const l of this.listeners) l(copy);
  }
}
