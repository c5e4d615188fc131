// Signal names, numbers (x86-64 Linux) and default dispositions. Models signal(7).

export type Signal =
  | 'SIGHUP' | 'SIGINT' | 'SIGQUIT' | 'SIGKILL' | 'SIGUSR1' | 'SIGSEGV' | 'SIGUSR2' | 'SIGPIPE'
  | 'SIGALRM' | 'SIGTERM' | 'SIGCHLD' | 'SIGCONT' | 'SIGSTOP' | 'SIGTSTP' | 'SIGWINCH';

export const SIGNAL_NUMBERS: Readonly<Record<Signal, number>> = {
  SIGHUP: 1, SIGINT: 2, SIGQUIT: 3, SIGKILL: 9, SIGUSR1: 10, SIGSEGV: 11, SIGUSR2: 12, SIGPIPE: 13,
  SIGALRM: 14, SIGTERM: 15, SIGCHLD: 17, SIGCONT: 18, SIGSTOP: 19, SIGTSTP: 20, SIGWINCH: 28,
};

export type SignalAction = 'terminate' | 'core' | 'ignore' | 'stop' | 'continue';

const DEFAULT_ACTION: Readonly<Record<Signal, SignalAction>> = {
  SIGHUP: 'terminate', SIGINT: 'terminate', SIGQUIT: 'core', SIGKILL: 'terminate',
  SIGUSR1: 'terminate', SIGSEGV: 'core', SIGUSR2: 'terminate', SIGPIPE: 'terminate',
  SIGALRM: 'terminate', SIGTERM: 'terminate', SIGCHLD: 'ignore', SIGCONT: 'continue',
  SIGSTOP: 'stop', SIGTSTP: 'stop', SIGWINCH: 'ignore',
};

export function defaultAction(signal: Signal): SignalAction {
  return DEFAULT_ACTION[signal];
}

/** SIGKILL and SIGSTOP can be neither caught nor ignored. */
export function isCatchable(signal: Signal): boolean {
  return signal !== 'SIGKILL' && signal !== 'SIGSTOP';
}

/** The exit status a shell reports for a process ended by `signal`: 128 + its number. */
export function signalExitCode(signal: Signal): number {
  return 128 + SIGNAL_NUMBERS[signal];
}

/**
 * Reads a signal as `kill` accepts it: 'SIGTERM', 'TERM', 'term', '15' or 15.
 * Undefined for anything else.
 */
export function parseSignal(spec: string | number): Signal | undefined {
  if (typeof spec === 'number' || /^\d+$/.test(spec)) {
    const n = Number(spec);
    return (Object.keys(SIGNAL_NUMBERS) as Signal[]).find((s) => SIGNAL_NUMBERS[s] === n);
  }
  const upper = spec.toUpperCase();
  const name = upper.startsWith('SIG') ? upper : `SIG${upper}`;
  return name in SIGNAL_NUMBERS ? (name as Signal) : undefined;
}

/** The signal behind an exit status above 128, if it names one (for "Killed", "Terminated"). */
export function signalOfExitCode(code: number): Signal | undefined {
  return code > 128 ? parseSignal(code - 128) : undefined;
}
