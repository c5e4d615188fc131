// The outcome of running one probe action once, as upstream's pkg/probe reports it: success,
// failure or warning with an output text, or an error (the probe could not run at all).
// Models pkg/probe/probe.go

export type ProbeOutcome =
  | { result: 'success' | 'failure' | 'warning'; output: string }
  | { result: 'error'; error: string };

/** A promise that loses to the probe's timeout on the virtual clock. */
export interface TimeoutRace {
  race<T>(work: Promise<T>, timeoutMs: number): Promise<T | 'timeout'>;
}
