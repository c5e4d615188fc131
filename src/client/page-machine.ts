// The simulated machines of a page, one Web Worker each (the same worker script, so the browser
// fetches it once). Every <Lab> has its own machine, keyed by its lab id. The page's free
// terminals share the machine of the page's first lab, so a lesson's terminal and Run buttons
// work on the cluster of the lab the lesson leads up to; on a page without a lab they share a
// plain machine. When a machine's worker has to be replaced (it died or stopped answering),
// `restartMachine` starts a new one and tells every part of the page holding a connection to
// it, so terminals reconnect.

import { wrap, type Remote } from 'comlink';
import type { MachineApi } from '../../workers/machine.worker.ts';

/** The key of the machine on a page without a lab. */
export const PLAIN_MACHINE = '';

interface Running {
  worker: Worker;
  api: Remote<MachineApi>;
}

const running = new Map<string, Running>();
const restartListeners = new Map<string, Set<(m: Remote<MachineApi>) => void>>();

/** Which machine an element works on: its own lab's, else the page's first lab's, else the plain one. */
export function machineKeyOf(element: Element): string {
  const lab = element.closest<HTMLElement>('podlab-lab') ?? document.querySelector<HTMLElement>('podlab-lab');
  return lab?.dataset.lab ?? PLAIN_MACHINE;
}

/** The machine `key`, its worker started on first use. */
export function machineFor(key: string): Remote<MachineApi> {
  let m = running.get(key);
  if (!m) {
    const worker = new Worker(new URL('../../workers/machine.worker.ts', import.meta.url), {
      type: 'module', name: key === PLAIN_MACHINE ? 'podlab-machine' : `podlab-machine:${key}`,
    });
    m = { worker, api: wrap<MachineApi>(worker) };
    running.set(key, m);
  }
  return m.api;
}

/** Ends machine `key`'s worker and starts a fresh one; its listeners reconnect to it. */
export function restartMachine(key: string): Remote<MachineApi> {
  running.get(key)?.worker.terminate();
  running.delete(key);
  const fresh = machineFor(key);
  for (const l of restartListeners.get(key) ?? []) l(fresh);
  return fresh;
}

export function onMachineRestart(key: string, listener: (m: Remote<MachineApi>) => void): () => void {
  let set = restartListeners.get(key);
  if (!set) restartListeners.set(key, set = new Set());
  set.add(listener);
  return () => set.delete(listener);
}
