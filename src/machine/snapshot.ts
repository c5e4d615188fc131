// Saving a Machine as plain JSON and building one back: what the learner made (cluster objects
// with their status, the home folder, answers, shell history, typed commands) and what keeps the
// machine deterministic (the virtual clock and the PRNG state). A lab page saves one of these as
// the learner works and restores it on reload.
//
// Processes are not saved. On restore the kubelets see the pods bound to their nodes and create
// their containers again, so a container that was running starts afresh (its logs begin anew
// and a pod shows new Started events); the pods, their specs and their recorded status history
// are what the learner made, and those come back as they were.

import { serialize, restore as restoreTree } from '../os/fs/serialize.ts';
import { ANSWERS_PATH } from '../labs/answers/answer-log.ts';
import { Machine, type MachineOptions } from './machine.ts';
import { SNAPSHOT_FORMAT, SNAPSHOT_VERSION, parseSnapshot, type MachineSnapshot } from './snapshot-schema.ts';

export { parseSnapshot, SNAPSHOT_VERSION, type MachineSnapshot };

const HOME = '/root';

/** A JSON-safe copy of everything needed to rebuild `machine` as it is now. */
export function takeSnapshot(machine: Machine): MachineSnapshot {
  let answers: string | undefined;
  try {
    answers = machine.fs.readFile(ANSWERS_PATH);
  } catch {
    // no answers given yet
  }
  const snapshot: MachineSnapshot = {
    format: SNAPSHOT_FORMAT,
    version: SNAPSHOT_VERSION,
    now: machine.clock.now(),
    random: machine.random.save(),
    cluster: machine.cluster.api.snapshot() as MachineSnapshot['cluster'],
    home: serialize(machine.fs.bindSource(HOME)),
    history: [...machine.history],
    commands: machine.commands.map((c) => ({ ...c })),
  };
  if (answers !== undefined) snapshot.answers = answers;
  return snapshot;
}

export type RestoreResult = { ok: true; machine: Machine } | { ok: false; error: string };

/**
 * Builds a Machine from saved data, validated first. Either the whole snapshot is in place or
 * nothing is: on any problem the result says why and no machine is returned.
 */
export function restoreMachine(data: unknown, options: Omit<MachineOptions, 'state' | 'start'>): RestoreResult {
  const parsed = parseSnapshot(data);
  if (!parsed.ok) return parsed;
  const s = parsed.snapshot;
  let machine: Machine;
  try {
    machine = new Machine({ ...options, state: { now: new Date(s.now).toISOString(), objects: s.cluster as never } });
  } catch (e) {
    return { ok: false, error: `the saved cluster cannot be loaded: ${(e as Error).message}` };
  }
  machine.random.restore(s.random);
  try {
    for (const name of machine.fs.readdir(HOME)) machine.fs.remove(`${HOME}/${name}`, { recursive: true });
    restoreTree(machine.fs, HOME, s.home);
    if (s.answers !== undefined) {
      machine.fs.mkdir(ANSWERS_PATH.slice(0, ANSWERS_PATH.lastIndexOf('/')), { recursive: true });
      machine.fs.writeFile(ANSWERS_PATH, s.answers);
    }
  } catch (e) {
    return { ok: false, error: `the saved home folder cannot be restored: ${(e as Error).message}` };
  }
  machine.history.push(...s.history);
  // A command still running when the page went away (a foreground port-forward) ended with it,
  // as if interrupted: checks must not see it as running now.
  machine.commands.push(...s.commands.map((c) => (c.exitStatus === undefined ? { ...c, exitStatus: 130 } : c)));
  return { ok: true, machine };
}
