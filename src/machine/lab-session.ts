// One lab being worked on: the Machine it runs on, the engine grading it, and the saved form
// both go into (snapshot + progress). Hosts (the page's worker, tests) call `tick` as virtual
// time passes; checks re-run only when the machine changed or a timed check is due. Reset and
// restore build a whole new Machine and swap it in only once it is complete.

import { LabEngine } from '../labs/engine/lab-engine.ts';
import { parseProgress, type LabProgress } from '../labs/progress/progress.ts';
import type { Lab } from '../labs/schema/lab-schema.ts';
import { applySetup } from '../labs/setup/apply-setup.ts';
import { stepScript } from '../labs/verify/verify-lab.ts';
import { labSetupTarget } from './lab-target.ts';
import { Machine, type MachineHost } from './machine.ts';
import { restoreMachine, takeSnapshot, type MachineSnapshot } from './snapshot.ts';

export const SAVED_LAB_FORMAT = 'podlab-lab';
export const SAVED_LAB_VERSION = 1;

/** What persistence stores per lab. */
export interface SavedLab {
  format: typeof SAVED_LAB_FORMAT;
  version: number;
  lab: string;
  snapshot: MachineSnapshot;
  progress: LabProgress;
}

export type LabRestore = { ok: true; machine: Machine; engine: LabEngine } | { ok: false; error: string };

/** Validates a saved lab and builds its machine and engine; nothing is half-loaded. */
export function restoreLab(lab: Lab, data: unknown, host: MachineHost, progressOverride?: unknown): LabRestore {
  if (typeof data !== 'object' || data === null) return { ok: false, error: 'the save is not a JSON object' };
  const d = data as Partial<SavedLab>;
  if (d.format !== SAVED_LAB_FORMAT) return { ok: false, error: 'the save is not a PodLab lab' };
  if (d.version !== SAVED_LAB_VERSION) return { ok: false, error: `the save is format version ${JSON.stringify(d.version)}; this version of PodLab reads version ${SAVED_LAB_VERSION}` };
  if (d.lab !== lab.id) return { ok: false, error: `the save is for lab "${String(d.lab)}", not "${lab.id}"` };
  const progress = parseProgress(progressOverride ?? d.progress, lab);
  if (!progress.ok) return progress;
  const restored = restoreMachine(d.snapshot, { host });
  if (!restored.ok) return restored;
  return { ok: true, machine: restored.machine, engine: new LabEngine(lab, progress.progress) };
}

/** A fresh machine with the lab's start state in place. */
export async function startLab(lab: Lab, host: MachineHost, seed = 1): Promise<{ machine: Machine; problems: string[] }> {
  const machine = new Machine({ host, seed });
  await machine.ready;
  const problems = await applySetup(lab, labSetupTarget(machine));
  return { machine, problems };
}

/** The reference solution as a learner would read it: per task, the files and the commands. */
export function solutionText(lab: Lab): string {
  return lab.solution.steps.map((step) => {
    const title = lab.tasks.find((t) => t.id === step.task)?.title ?? step.task;
    const wait = step.advance > 0 ? `# then wait about ${Math.round(step.advance / 1000)} seconds\n` : '';
    return `# ${title}\n${stepScript(step)}${wait}`;
  }).join('\n');
}

export class LabSession {
  readonly lab: Lab;
  private readonly host: MachineHost;
  private _machine: Machine;
  private _engine: LabEngine;
  private readonly progressListeners = new Set<(p: LabProgress) => void>();
  private readonly machineListeners = new Set<(m: Machine) => void>();
  private unsubscribe: () => void;
  private savedToken: string | undefined;

  private constructor(lab: Lab, host: MachineHost, machine: Machine, engine: LabEngine) {
    this.lab = lab;
    this.host = host;
    this._machine = machine;
    this._engine = engine;
    this.unsubscribe = engine.onProgress((p) => this.emitProgress(p));
  }

  /**
   * Opens a lab: from `saved` when it restores cleanly, else from the start state. `progress`,
   * when given, replaces the save's own record (it is newer: imported from a file). `problem`
   * says why a save was not used, so the page can set it aside and tell the learner.
   */
  static async open(lab: Lab, host: MachineHost, saved?: unknown, progress?: unknown): Promise<{ session: LabSession; restored: boolean; problem?: string }> {
    let problem: string | undefined;
    if (saved !== undefined) {
      const r = restoreLab(lab, saved, host, progress);
      if (r.ok) {
        await r.machine.ready;
        const session = new LabSession(lab, host, r.machine, r.engine);
        await session.tick();
        return { session, restored: true };
      }
      problem = r.error;
    }
    // Progress without a machine save (imported from a file): the start state, tasks as recorded.
    let engine = new LabEngine(lab);
    if (saved === undefined && progress !== undefined) {
      const p = parseProgress(progress, lab);
      if (p.ok) engine = new LabEngine(lab, p.progress);
      else problem = p.error;
    }
    const fresh = await startLab(lab, host);
    if (fresh.problems.length > 0) throw new Error(`lab ${lab.id} cannot start: ${fresh.problems.join('; ')}`);
    const session = new LabSession(lab, host, fresh.machine, engine);
    await session.check();
    return problem === undefined ? { session, restored: false } : { session, restored: false, problem };
  }

  get machine(): Machine {
    return this._machine;
  }

  get progress(): LabProgress {
    return this._engine.progress;
  }

  onProgress(listener: (p: LabProgress) => void): () => void {
    this.progressListeners.add(listener);
    return () => this.progressListeners.delete(listener);
  }

  /** Fires when reset or restore swapped in another Machine (terminals must reattach). */
  onMachine(listener: (m: Machine) => void): () => void {
    this.machineListeners.add(listener);
    return () => this.machineListeners.delete(listener);
  }

  /** Re-grades if anything changed or a timed check is due; call as virtual time passes. */
  tick(): Promise<LabProgress> {
    return this._engine.evaluate(this._machine.labWorld());
  }

  /** The Check button: grade now, whatever changed. */
  check(): Promise<LabProgress> {
    return this._engine.evaluate(this._machine.labWorld(), { force: true });
  }

  revealHint(taskId: string): string | undefined {
    return this._engine.revealHint(taskId);
  }

  solution(): string {
    return solutionText(this.lab);
  }

  /** Back to the start state: a new machine with the setup applied, and fresh progress. */
  async reset(): Promise<LabProgress> {
    const fresh = await startLab(this.lab, this.host);
    if (fresh.problems.length > 0) throw new Error(`lab ${this.lab.id} cannot start: ${fresh.problems.join('; ')}`);
    this.swap(fresh.machine, new LabEngine(this.lab));
    return this.check();
  }

  /** Replaces the lab's state with a save; on a bad save nothing changes and the reason is returned. */
  async restore(saved: unknown): Promise<string | undefined> {
    const r = restoreLab(this.lab, saved, this.host);
    if (!r.ok) return r.error;
    await r.machine.ready;
    this.swap(r.machine, r.engine);
    await this.check();
    return undefined;
  }

  save(): SavedLab {
    this.savedToken = this.changeToken();
    return { format: SAVED_LAB_FORMAT, version: SAVED_LAB_VERSION, lab: this.lab.id, snapshot: takeSnapshot(this._machine), progress: this._engine.progress };
  }

  /** Whether anything worth saving changed since the last `save`. */
  dirty(): boolean {
    return this.changeToken() !== this.savedToken;
  }

  private changeToken(): string {
    return `${this._machine.labWorld().changeToken()}|${JSON.stringify(this._engine.progress)}`;
  }

  private swap(machine: Machine, engine: LabEngine): void {
    this.unsubscribe();
    this._machine = machine;
    this._engine = engine;
    this.unsubscribe = engine.onProgress((p) => this.emitProgress(p));
    this.savedToken = undefined;
    for (const l of this.machineListeners) l(machine);
    this.emitProgress(engine.progress);
  }

  private emitProgress(p: LabProgress): void {
    for (const l of this.progressListeners) l(p);
  }
}
