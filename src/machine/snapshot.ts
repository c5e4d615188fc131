// Saving a Machine as plain JSON and building one back: what the learner made (cluster objects
// with their status, the files in their home and the other folders they write on each node,
// answers, shell history, typed commands) and what keeps the
// machine deterministic (the virtual clock and the PRNG state). A lab page saves one of these as
// the learner works and restores it on reload.
//
// Processes are not saved. On restore the kubelets see the pods bound to their nodes and create
// their containers again, so a container that was running starts afresh (its logs begin anew
// and a pod shows new Started events); the pods, their specs and their recorded status history
// are what the learner made, and those come back as they were.

import { serialize, restore as restoreTree, type SerializedTree } from '../os/fs/serialize.ts';
import type { FileSystem } from '../os/fs/file-system.ts';
import { ANSWERS_PATH } from '../labs/answers/answer-log.ts';
import { Machine, type MachineOptions } from './machine.ts';
import { SNAPSHOT_FORMAT, SNAPSHOT_VERSION, parseSnapshot, type MachineSnapshot } from './snapshot-schema.ts';

export { parseSnapshot, SNAPSHOT_VERSION, type MachineSnapshot };

/**
 * The folders saved on every node: where a learner or a lab writes (their home, static pod
 * manifests, scratch space). The rest of a node's filesystem is the image it booted from.
 */
export const SAVED_FOLDERS = ['/root', '/home', '/etc/kubernetes/manifests', '/tmp', '/opt', '/srv'];

/** Every node's filesystem, the learner's node first (it is one of the cluster's nodes). */
function nodeFileSystems(machine: Machine): Map<string, FileSystem> {
  const out = new Map<string, FileSystem>([[machine.hostname, machine.fs]]);
  for (const [name, node] of machine.cluster.nodes) if (!out.has(name)) out.set(name, node.fs);
  return out;
}

const isDir = (fs: FileSystem, path: string) => {
  try {
    return fs.lstat(path).type === 'dir';
  } catch {
    return false;
  }
};

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
    files: {},
    history: [...machine.history],
    commands: machine.commands.map((c) => ({ ...c })),
  };
  for (const [node, fs] of nodeFileSystems(machine)) {
    const saved: Record<string, SerializedTree> = {};
    for (const path of SAVED_FOLDERS) if (isDir(fs, path)) saved[path] = serialize(fs.bindSource(path));
    snapshot.files[node] = saved;
  }
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
  const nodes = nodeFileSystems(machine);
  const unknown = Object.keys(s.files).find((n) => !nodes.has(n));
  if (unknown !== undefined) return { ok: false, error: `the saved machine has files for node ${unknown}, which this cluster does not have` };
  try {
    for (const [node, folders] of Object.entries(s.files)) {
      const fs = nodes.get(node)!;
      for (const [path, tree] of Object.entries(folders)) {
        if (isDir(fs, path)) for (const name of fs.readdir(path)) fs.remove(`${path}/${name}`, { recursive: true });
        restoreTree(fs, path, tree);
      }
    }
    if (s.answers !== undefined) {
      machine.fs.mkdir(ANSWERS_PATH.slice(0, ANSWERS_PATH.lastIndexOf('/')), { recursive: true });
      machine.fs.writeFile(ANSWERS_PATH, s.answers);
    }
  } catch (e) {
    return { ok: false, error: `the saved files cannot be restored: ${(e as Error).message}` };
  }
  machine.history.push(...s.history);
  // A command still running when the page went away (a foreground port-forward) ended with it,
  // as if interrupted: checks must not see it as running now.
  machine.commands.push(...s.commands.map((c) => (c.exitStatus === undefined ? { ...c, exitStatus: 130 } : c)));
  return { ok: true, machine };
}
