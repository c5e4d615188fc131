// One computer of the page: a Machine in a Web Worker, exposed with comlink. Each lab on a page
// runs in a worker of its own (page-machine.ts), so a worker holds at most one lab. Virtual time
// follows the wall clock here (labs may speed it up); everything else happens inside the Machine.
// In a lab's worker the machine belongs to a LabSession, which grades it live and hands out saves; when
// a reset or restore swaps the machine, every open terminal is reattached to the new one.

import { expose } from 'comlink';
import { Machine, type MachineHost } from '../src/machine/machine.ts';
import type { Tty } from '../src/shell/tty/tty.ts';
// A lab session (its grader and the zod schemas of labs and saves) loads with the first lab.
import type { LabSession, SavedLab } from '../src/machine/lab-session.ts';
import type { LabProgress } from '../src/labs/progress/progress.ts';
import { loadBundledLab } from './bundled-labs.ts';
// The cluster and extra images podlab.config.ts set, resolved at build time (src/config/vite-plugin.ts).
import site from 'virtual:podlab/machine-site';

// A macrotask hop that is not clamped like setTimeout(0): lets all pending promise jobs run.
const channel = new MessageChannel();
const hops: (() => void)[] = [];
channel.port1.onmessage = () => hops.shift()?.();
const host: MachineHost = {
  site,
  settle: () => new Promise<void>((resolve) => {
    hops.push(resolve);
    channel.port2.postMessage(0);
  }),
};

/** What the page hears about its lab. */
export type LabEvent =
  | { type: 'progress'; progress: LabProgress }
  /** A save taken after changes; the page stores it. */
  | { type: 'saved'; saved: SavedLab }
  /** The machine was replaced (reset, restore): terminals show a fresh screen. */
  | { type: 'machine' };

export interface LabInfo {
  id: string;
  title: string;
  tasks: { id: string; title: string; hints: number }[];
  progress: LabProgress;
  /** True when the lab continued from the save it was given. */
  restored: boolean;
  /** Why a given save was not used (the page sets it aside and says so). */
  problem?: string;
}

interface Slot {
  cols: number;
  rows: number;
  onOutput: (data: string) => void;
  tty?: Tty;
}

let plain: Machine | undefined;
let session: LabSession | undefined;
let events: ((e: LabEvent) => void) | undefined;
const terminals = new Map<number, Slot>();
let nextId = 1;
let speed = 1;

const machine = (): Machine => session?.machine ?? (plain ??= new Machine({ host, seed: 1 }));

function attach(slot: Slot, m: Machine): void {
  const tty = m.openTerminal({ cols: slot.cols, rows: slot.rows });
  slot.tty = tty;
  // Coalesce output written in one turn into one message to the page.
  let pending = '';
  tty.onOutput((data) => {
    if (slot.tty !== tty) return;
    if (pending === '') queueMicrotask(() => {
      const out = pending;
      pending = '';
      slot.onOutput(out);
    });
    pending += data;
  });
}

async function reattachAll(m: Machine): Promise<void> {
  await m.ready;
  for (const slot of terminals.values()) {
    slot.tty?.hangup();
    // Clear the screen and scrollback, keep bracketed paste on, then the new machine's prompt.
    slot.onOutput('\x1b[H\x1b[2J\x1b[3J\x1b[?2004h');
    attach(slot, m);
  }
}

let last = Date.now();
let busy = false;
let lastSaveCheck = 0;
const SAVE_EVERY_MS = 1500;
setInterval(() => {
  const now = Date.now();
  const elapsed = (now - last) * speed;
  last = now;
  if (busy) return;
  busy = true;
  void (async () => {
    await machine().advance(elapsed);
    if (!session) return;
    await session.tick();
    if (now - lastSaveCheck >= SAVE_EVERY_MS) {
      lastSaveCheck = now;
      if (session.dirty()) events?.({ type: 'saved', saved: session.save() });
    }
  })().catch((e: unknown) => console.error(e)).finally(() => { busy = false; });
}, 50);

// Once the learner has a prompt, fetch what the machine would otherwise load on first use, so
// the page keeps working if the network or the server goes away.
let preloading = false;
function preloadLater(): void {
  if (preloading) return;
  preloading = true;
  setTimeout(() => {
    import('../src/machine/lazy-modules.ts').then((m) => m.loadLazyModules()).catch((e: unknown) => console.warn('PodLab could not fetch its on-demand parts:', e));
  }, 3000);
}

const api = {
  async openTerminal(cols: number, rows: number, onOutput: (data: string) => void): Promise<number> {
    let m = machine();
    await m.ready;
    // A lab may have swapped the machine in while this one booted: attach to the current one.
    while (m !== machine()) {
      m = machine();
      await m.ready;
    }
    const slot: Slot = { cols, rows, onOutput };
    const id = nextId++;
    terminals.set(id, slot);
    // Bracketed paste lets a multi-line paste arrive as one piece.
    onOutput('\x1b[?2004h');
    attach(slot, m);
    preloadLater();
    return id;
  },
  input(id: number, data: string): void {
    terminals.get(id)?.tty?.input(data);
  },
  resize(id: number, cols: number, rows: number): void {
    const slot = terminals.get(id);
    if (!slot) return;
    Object.assign(slot, { cols, rows });
    slot.tty?.resize(cols, rows);
  },
  /** Virtual seconds per wall second, for labs that wait on the cluster. */
  setSpeed(factor: number): void {
    speed = Math.min(600, Math.max(0, factor));
  },
  /** Answers at once while the worker is alive and not stuck. */
  ping(): true {
    return true;
  },

  /**
   * Opens lab `id` (from the labs bundled with the site), continuing from `saved` when it is a
   * good save, else from the start state; `progress` is a newer record that replaces the save's
   * own. Call before opening terminals on a lab page.
   */
  async loadLab(id: string, saved: unknown, progress: unknown, onEvent: (e: LabEvent) => void): Promise<LabInfo> {
    const [lab, { LabSession }] = await Promise.all([loadBundledLab(id), import('../src/machine/lab-session.ts')]);
    const opened = await LabSession.open(lab, host, saved ?? undefined, progress ?? undefined);
    session = opened.session;
    events = onEvent;
    session.onProgress((progress) => events?.({ type: 'progress', progress }));
    session.onMachine((m) => {
      events?.({ type: 'machine' });
      void reattachAll(m);
    });
    if (plain && terminals.size > 0) await reattachAll(session.machine);
    plain = undefined;
    const info: LabInfo = {
      id: lab.id, title: lab.title,
      tasks: lab.tasks.map((t) => ({ id: t.id, title: t.title, hints: t.hints.length })),
      progress: session.progress, restored: opened.restored,
    };
    if (opened.problem !== undefined) info.problem = opened.problem;
    return info;
  },
  /** The Check button. */
  check(): Promise<LabProgress> {
    return requireSession().check();
  },
  revealHint(taskId: string): LabProgress {
    const s = requireSession();
    s.revealHint(taskId);
    return s.progress;
  },
  solution(): string {
    return requireSession().solution();
  },
  resetLab(): Promise<LabProgress> {
    return requireSession().reset();
  },
  /** A save of the lab as it is now (the page asks on pagehide and for export). */
  saveLab(): SavedLab {
    return requireSession().save();
  },
  /** Continues from `saved`; on a bad save nothing changes and the reason comes back. */
  restoreLab(saved: unknown): Promise<string | undefined> {
    return requireSession().restore(saved);
  },
};

function requireSession(): LabSession {
  if (!session) throw new Error('no lab is loaded on this page');
  return session;
}

export type MachineApi = typeof api;
expose(api);
