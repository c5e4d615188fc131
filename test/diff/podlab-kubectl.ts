// Runs PodLab's own kubectl on a Machine's node with virtual time held still, so it sees the
// cluster exactly as the real kubectl does through `podlab serve` at the same instant.

import { Pipe } from '../../src/os/pipe.ts';
import { ROOT } from '../../src/os/fs/cred.ts';
import type { Machine } from '../../src/machine/machine.ts';
import type { KubectlResult } from './real-kubectl.ts';

const settle = () => new Promise<void>((r) => setImmediate(r));

export async function podlabKubectl(machine: Machine, argv: string[]): Promise<KubectlResult> {
  const program = machine.programs.get('kubectl');
  if (!program) throw new Error('the machine has no kubectl');
  const stdin = new Pipe();
  stdin.close();
  const stdout = new Pipe();
  const stderr = new Pipe();
  const proc = machine.kernel.spawn(program, {
    argv: ['kubectl', ...argv], env: { HOME: '/root', PATH: '/usr/bin:/bin' }, cwd: '/root', cred: ROOT,
    fs: machine.fs, stdin, stdout, stderr, net: machine.net,
  });
  let done = false;
  let code = 0;
  let out = '';
  let err = '';
  void proc.wait().then((info) => { done = true; code = info.code; });
  for (let spins = 0; !done; spins++) {
    await settle();
    out += stdout.drain();
    err += stderr.drain();
    // Lazy imports (explain's docs) settle on real time; anything else that waits is a hang.
    if (spins > 200) {
      if (spins > 400) throw new Error(`PodLab kubectl hangs at a frozen instant: ${argv.join(' ')}`);
      await new Promise((r) => setTimeout(r, 5));
    }
  }
  out += stdout.drain();
  err += stderr.drain();
  return { stdout: out, stderr: err, status: code };
}
