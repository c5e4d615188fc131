// One simulated machine per page: every terminal on the page shares this worker. When the
// worker has to be replaced (it died or stopped answering), `restartPageMachine` starts a new
// one and tells every part of the page that holds a connection, so terminals reconnect.

import { wrap, type Remote } from 'comlink';
import type { MachineApi } from '../../workers/machine.worker.ts';

let worker: Worker | null = null;
let machine: Remote<MachineApi> | null = null;
const restartListeners = new Set<(m: Remote<MachineApi>) => void>();

export function pageMachine(): Remote<MachineApi> {
  if (!machine) {
    worker = new Worker(new URL('../../workers/machine.worker.ts', import.meta.url), { type: 'module', name: 'podlab-machine' });
    machine = wrap<MachineApi>(worker);
  }
  return machine;
}

/** Ends the page's worker and starts a fresh one; listeners reconnect to it. */
export function restartPageMachine(): Remote<MachineApi> {
  worker?.terminate();
  worker = null;
  machine = null;
  const fresh = pageMachine();
  for (const l of restartListeners) l(fresh);
  return fresh;
}

export function onPageMachineRestart(listener: (m: Remote<MachineApi>) => void): () => void {
  restartListeners.add(listener);
  return () => restartListeners.delete(listener);
}
