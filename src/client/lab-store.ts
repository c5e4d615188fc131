// What the browser keeps per lab, in IndexedDB: the latest save of the lab (machine snapshot and
// progress), the progress on its own (what the course overview and export read), and which tab
// owns the lab. A save that cannot be restored is moved aside under its own key, never deleted
// and never loaded half-way. Writes are guarded by ownership inside one transaction, so a tab
// that lost the lab to another cannot overwrite the other's work.

import type { SavedLab } from '../machine/lab-session.ts';
import type { LabProgress } from '../labs/progress/progress.ts';
import { idbEntries, idbGet, idbUpdate } from './idb.ts';

export const STORE_VERSION = 1;

export interface StoredSnapshot {
  version: number;
  lab: string;
  /** Wall-clock time of the save, epoch ms. */
  savedAt: number;
  saved: SavedLab;
}

export interface StoredProgress {
  version: number;
  lab: string;
  savedAt: number;
  progress: LabProgress;
}

export interface SetAside {
  lab: string;
  reason: string;
  at: number;
  snapshot?: unknown;
  progress?: unknown;
}

interface Owner {
  tab: string;
  at: number;
}

const snapshotKey = (id: string) => `snapshot:${id}`;
const progressKey = (id: string) => `progress:${id}`;
const ownerKey = (id: string) => `owner:${id}`;

/** The raw stored records of a lab; validation happens where the lab is known (the worker). */
export async function readLab(id: string): Promise<{ snapshot?: unknown; progress?: unknown }> {
  const [snapshot, progress] = await Promise.all([idbGet(snapshotKey(id)), idbGet(progressKey(id))]);
  return { snapshot, progress };
}

/** Picks what to hand the worker: the save, plus the progress record when it is newer (imported). */
export function chooseRestore(snapshot: unknown, progress: unknown): { saved?: unknown; progress?: unknown; problem?: string } {
  const s = snapshot as Partial<StoredSnapshot> | undefined;
  const p = progress as Partial<StoredProgress> | undefined;
  if (s !== undefined && (typeof s !== 'object' || s === null || s.version !== STORE_VERSION)) {
    return { problem: `the stored save has format version ${JSON.stringify((s as { version?: unknown } | null)?.version)}; this version of PodLab reads version ${STORE_VERSION}` };
  }
  if (p !== undefined && (typeof p !== 'object' || p === null || p.version !== STORE_VERSION)) {
    return { problem: `the stored progress has format version ${JSON.stringify((p as { version?: unknown } | null)?.version)}; this version of PodLab reads version ${STORE_VERSION}` };
  }
  const out: { saved?: unknown; progress?: unknown } = {};
  if (s) out.saved = s.saved;
  if (p && (!s || (p.savedAt ?? 0) > (s.savedAt ?? 0))) out.progress = p.progress;
  return out;
}

/** Makes `tab` the owner of the lab: from now on other tabs' saves are refused. */
export async function claimLab(id: string, tab: string): Promise<void> {
  await idbUpdate(async (tx) => { tx.put(ownerKey(id), { tab, at: Date.now() } satisfies Owner); });
}

/** Stores a save if `tab` still owns the lab; false when another tab has taken it over. */
export async function writeLab(id: string, tab: string, saved: SavedLab): Promise<boolean> {
  return idbUpdate(async (tx) => {
    const owner = await tx.get<Owner>(ownerKey(id));
    if (owner && owner.tab !== tab) return false;
    const savedAt = Date.now();
    tx.put(snapshotKey(id), { version: STORE_VERSION, lab: id, savedAt, saved } satisfies StoredSnapshot);
    tx.put(progressKey(id), { version: STORE_VERSION, lab: id, savedAt, progress: saved.progress } satisfies StoredProgress);
    return true;
  });
}

/** Moves a lab's stored save and progress under an `aside:` key with the reason; returns that key. */
export async function setAside(id: string, reason: string): Promise<string> {
  const at = Date.now();
  const key = `aside:${id}:${new Date(at).toISOString()}`;
  await idbUpdate(async (tx) => {
    const [snapshot, progress] = await Promise.all([tx.get(snapshotKey(id)), tx.get(progressKey(id))]);
    tx.put(key, { lab: id, reason, at, snapshot, progress } satisfies SetAside);
    tx.del(snapshotKey(id));
    tx.del(progressKey(id));
  });
  return key;
}

/** Every lab's stored progress record (unvalidated), for the course overview and export. */
export async function readAllProgress(): Promise<unknown[]> {
  return (await idbEntries<unknown>('progress:')).map(([, v]) => v);
}

/** Stores imported progress; the lab's machine save stays, and the newer progress wins on load. */
export async function writeProgress(id: string, progress: LabProgress): Promise<void> {
  await idbUpdate(async (tx) => {
    tx.put(progressKey(id), { version: STORE_VERSION, lab: id, savedAt: Date.now(), progress } satisfies StoredProgress);
  });
}
