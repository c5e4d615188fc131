// Runs PodLab's kubectl on a whole Machine (real kubelets and runtime) with stdout and stderr kept
// apart, advancing virtual time while it waits, as `kubectl` typed on the node would.

import { Pipe } from '../../src/os/pipe.ts';
import { ROOT } from '../../src/os/fs/cred.ts';
import type { Machine } from '../../src/machine/machine.ts';
import { splitCommand, type RunResult } from './kubectl-machine.ts';

export async function machineKubectl(m: Machine, line: string, input?: string): Promise<RunResult> {
  const kubectl = m.programs.get('kubectl');
  if (!kubectl) throw new Error('no kubectl on the machine');
  const stdin = new Pipe();
  if (input !== undefined) {
    stdin.write(input);
    stdin.close();
  }
  const stdout = new Pipe();
  const stderr = new Pipe();
  const proc = m.kernel.spawn(kubectl, {
    argv: splitCommand(line), env: { HOME: '/root', PATH: '/usr/bin:/bin' }, cwd: '/root', cred: ROOT, fs: m.fs, stdin, stdout, stderr, net: m.net,
  });
  let done = false;
  const exited = proc.wait().then((i) => { done = true; return i.code; });
  for (let spins = 0; !done && spins < 200; spins++) {
    await m.settle();
    if (!done) await m.advance(1000);
  }
  return { stdout: stdout.drain(), stderr: stderr.drain(), status: await exited };
}
