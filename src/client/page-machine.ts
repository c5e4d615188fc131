// One simulated machine per page: every terminal on the page shares this worker.

import { wrap, type Remote } from 'comlink';
import type { MachineApi } from '../../workers/machine.worker.ts';

let machine: Remote<MachineApi> | null = null;

export function pageMachine(): Remote<MachineApi> {
  if (!machine) {
    const worker = new Worker(new URL('../../workers/machine.worker.ts', import.meta.url), { type: 'module', name: 'podlab-machine' });
    machine = wrap<MachineApi>(worker);
  }
  return machine;
}
