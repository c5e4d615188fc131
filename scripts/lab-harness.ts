// Connects the lab verifier to a Machine: checks look at the machine's LabWorld, the start state
// goes in through the same setup target the page's worker uses, and solution steps are typed
// into a terminal in virtual time.

import { Machine, type MachineHost } from '../src/machine/machine.ts';
import { runScript } from '../src/machine/script-runner.ts';
import { labSetupTarget } from '../src/machine/lab-target.ts';
import type { VerifyHarness } from '../src/labs/verify/verify-lab.ts';

const settle = () => new Promise<void>((resolve) => setImmediate(resolve));

/** `site`: the cluster and images podlab.config.ts gives the site's machines (the default cluster when absent). */
export function machineHarness(site?: MachineHost['site']): { harness: VerifyHarness; machine: Machine } {
  const machine = new Machine({ host: { settle, ...(site ? { site } : {}) } });
  const harness: VerifyHarness = {
    world: machine.labWorld(),
    setup: labSetupTarget(machine),
    async type(script) {
      let out = '';
      if (script) await runScript(machine, script, (t) => { out += t; });
      return out;
    },
    advance: (ms) => machine.advance(ms),
  };
  return { harness, machine };
}
