import type { Machine } from '../../src/machine/machine.ts';

/** A cluster state to compare at: the machine is held still while both kubectls look. */
export interface DiffState {
  name: string;
  machine: Machine;
  /** The pods to describe and read logs of; default every pod in `default`. */
  focus?: string[];
  /** Compare only the light command set (random states). */
  light?: boolean;
}
