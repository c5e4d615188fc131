// A container's main process is pid 1 of its PID namespace, and Linux protects a namespace's
// init: a signal whose action would be the default one is dropped (SIGKILL from the runtime
// aside). So `sleep 3600` or a shell loop ignores the SIGTERM of `kubectl delete` and dies only
// at the SIGKILL after the grace period, while nginx, which handles SIGQUIT, stops at once.
// The kernel does not expose dispositions, so the runtime notes the traps pid 1 sets.
//
// A catch-all handler (shells use one to run their `trap`s) counts only for the signals it
// says it handles, through a `handles(signal)` property on the handler function; without it,
// it stands for default actions and pid 1 stays deaf to the signal.

import type { Disposition, Process, SignalHandler } from '../../os/process/process.ts';
import { defaultAction, isCatchable, type Signal } from '../../os/process/signals.ts';

export interface InitSignals {
  /** Would pid 1 act on `signal` (it has a handler for it)? */
  handles(signal: Signal): boolean;
}

export function watchInitSignals(init: Process): InitSignals {
  const traps = new Map<Signal, Disposition>();
  let catchAll: (SignalHandler & { handles?: (signal: Signal) => boolean }) | undefined;
  const trap = init.trap.bind(init);
  const trapAll = init.trapAll.bind(init);
  init.trap = (signal: Signal, disposition: Disposition) => {
    trap(signal, disposition);
    traps.set(signal, disposition);
  };
  init.trapAll = (handler: SignalHandler | undefined) => {
    trapAll(handler);
    catchAll = handler;
  };
  return {
    handles(signal) {
      const own = traps.get(signal);
      if (typeof own === 'function') return true;
      if (own !== undefined || !isCatchable(signal)) return false;
      const action = defaultAction(signal);
      if (!catchAll || action === 'ignore' || action === 'continue') return false;
      return typeof catchAll.handles === 'function' && catchAll.handles(signal);
    },
  };
}
