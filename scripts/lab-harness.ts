// Connects the lab verifier to a Machine. When the Machine offers `labWorld()` (its own
// LabWorld) that is used; until then the parts that exist are wired here and the parts that
// do not (the cluster, HTTP, recorded commands) answer with what is missing, so a lab that
// needs them fails verification saying why instead of being skipped.

import { Machine } from '../src/machine/machine.ts';
import { runScript } from '../src/machine/script-runner.ts';
import { binary } from '../src/os/exec.ts';
import type { Status } from '../src/sim/api/types.ts';
import { answerProgram } from '../src/labs/answers/answer-program.ts';
import { ANSWERS_PATH, parseAnswers } from '../src/labs/answers/answer-log.ts';
import type { ApiClient } from '../src/sim/apiserver/api-client.ts';
import type { LabWorld } from '../src/labs/world.ts';
import type { VerifyHarness } from '../src/labs/verify/verify-lab.ts';

const settle = () => new Promise<void>((resolve) => setImmediate(resolve));

type MaybeLabMachine = Machine & { labWorld?: () => LabWorld; api?: ApiClient; nodeNames?: () => string[] };

/** An ApiClient for a machine without a cluster: every call says so. */
function noCluster(): ApiClient {
  const status: Status = {
    apiVersion: 'v1', kind: 'Status', metadata: {}, status: 'Failure', reason: 'ServiceUnavailable', code: 503,
    message: 'the machine has no cluster yet (no API server to ask)',
  };
  const missing = () => ({ ...status });
  return { create: missing, get: missing, list: missing, update: missing, updateStatus: missing, patch: missing, delete: missing, bind: missing, watch: missing } as unknown as ApiClient;
}

export function machineHarness(): { harness: VerifyHarness; machine: Machine } {
  const machine = new Machine({ host: { settle } }) as MaybeLabMachine;
  if (!machine.programs.has('answer')) {
    machine.programs.register('answer', answerProgram);
    machine.fs.writeFile('/usr/local/bin/answer', binary('answer'), { mode: 0o755 });
  }
  const home = (p: string) => (p.startsWith('/') ? p : `/root/${p}`);
  let changes = 0;
  const world: LabWorld = machine.labWorld?.() ?? {
    api: machine.api ?? noCluster(),
    readFile(node, path) {
      if (node !== machine.hostname) return undefined;
      try { return machine.fs.readFile(home(path)); } catch { return undefined; }
    },
    async http() { return { ok: false, error: 'the machine cannot make HTTP requests for checks yet' }; },
    commands: () => [],
    answers() { try { return parseAnswers(machine.fs.readFile(ANSWERS_PATH)); } catch { return []; } },
    now: () => machine.clock.now(),
    // Without change notifications from the machine, every run counts as a change.
    changeToken: () => String(++changes),
  };
  const harness: VerifyHarness = {
    world,
    setup: {
      api: machine.api,
      nodes: () => machine.nodeNames?.() ?? [machine.hostname],
      writeFile(node, path, content, mode) {
        if (node !== machine.hostname) return `the machine has no node ${node} yet`;
        try {
          const full = home(path);
          machine.fs.mkdir(full.slice(0, full.lastIndexOf('/')) || '/', { recursive: true });
          machine.fs.writeFile(full, content, { mode });
          return undefined;
        } catch (e) { return (e as Error).message; }
      },
      advance: (ms) => machine.advance(ms),
    },
    async type(script) {
      let out = '';
      if (script) await runScript(machine, script, (t) => { out += t; });
      return out;
    },
    advance: (ms) => machine.advance(ms),
  };
  return { harness, machine };
}
