// `podlab serve`: the simulated cluster as a Kubernetes API endpoint on 127.0.0.1 for real
// clients (`kubectl --server=http://127.0.0.1:N`). A --script runs through a Machine terminal
// first; then virtual time follows the wall clock, or stays still with --frozen (move it with
// POST /podlab/advance?seconds=N).

import { readFileSync } from 'node:fs';
import { Machine } from '../src/machine/machine.ts';
import { runScript } from '../src/machine/script-runner.ts';
import { parseState } from '../src/machine/state-file.ts';
import { createRouter } from '../src/machine/serve/router.ts';
import { machineBackend } from '../src/machine/serve/machine-backend.ts';
import { listen } from './http-host.ts';
import { nodeHost, startRealTimeClock } from './node-host.ts';

export interface ServeOptions {
  port: number;
  seed: number;
  state?: string;
  script?: string;
  frozen: boolean;
}

export async function serve(o: ServeOptions): Promise<number> {
  let machine: Machine;
  try {
    const state = o.state === undefined ? undefined : parseState(readFileSync(o.state, 'utf8'));
    if (typeof state === 'string') throw new Error(`invalid state ${o.state}: ${state}`);
    machine = new Machine({ seed: o.seed, host: nodeHost, state });
    await machine.ready;
    if (o.script !== undefined) await runScript(machine, readFileSync(o.script, 'utf8'), (t) => process.stderr.write(t));
  } catch (e) {
    process.stderr.write(`podlab serve: ${(e as Error).message}\n`);
    return 1;
  }
  const server = await listen(createRouter(() => machineBackend(machine)), o.port);
  const stop = o.frozen ? () => {} : startRealTimeClock(machine);
  process.stdout.write(`PodLab's cluster is served at ${server.url}\n`
    + `  kubectl --server=${server.url} get pods -A\n`
    + `or as a kubeconfig context:\n`
    + `  kubectl config set-cluster podlab --server=${server.url}\n`
    + `  kubectl config set-context podlab --cluster=podlab && kubectl config use-context podlab\n`
    + `${o.frozen ? 'Virtual time stands still; ' : ''}advance it with: curl -X POST '${server.url}/podlab/advance?seconds=30'\n`);
  return new Promise((resolve) => {
    process.once('SIGINT', () => {
      stop();
      void server.close().then(() => resolve(0));
    });
  });
}
