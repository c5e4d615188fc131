// A machine for kubectl tests: a real ApiServer loaded with objects at a frozen instant, the
// real kernel and filesystem, and a fake kubelet serving logs and exec from tables.

import { Kernel } from '../../src/os/process/kernel.ts';
import { FileSystem } from '../../src/os/fs/file-system.ts';
import { Tree } from '../../src/os/fs/tree.ts';
import { ROOT } from '../../src/os/fs/cred.ts';
import { Pipe } from '../../src/os/pipe.ts';
import { VirtualClock } from '../../src/sim/clock.ts';
import { Random } from '../../src/sim/random.ts';
import { ApiServer } from '../../src/sim/apiserver/api-server.ts';
import type { KubeObject } from '../../src/sim/api/types.ts';
import { createKubectl } from '../../src/kubectl/kubectl.ts';
import type { KubectlCluster, KubeletEndpoints } from '../../src/kubectl/cluster.ts';
import type { NetNamespace } from '../../src/os/net.ts';
import type { Program } from '../../src/os/process/context.ts';
import { FakeKubelet, type LogTable } from './fake-kubelet.ts';

export const settle = () => new Promise<void>((r) => setImmediate(r));

export interface RunResult {
  stdout: string;
  stderr: string;
  status: number;
}

export interface KubectlMachineOptions {
  now: number;
  /** Replaces the bootstrap objects when given. */
  objects?: KubeObject[];
  files?: Record<string, string>;
  logs?: LogTable;
  kubelet?: Partial<KubeletEndpoints>;
  env?: Record<string, string>;
  hostNet?: NetNamespace;
  metrics?: KubectlCluster['metrics'];
  /** Built-in programs by name (the editor for kubectl edit). */
  programs?: Map<string, Program>;
}

/** Splits a command line as sh would for the simple quoting the goldens use. */
export function splitCommand(line: string): string[] {
  const out: string[] = [];
  let cur = '';
  let inWord = false;
  for (let i = 0; i < line.length; i++) {
    const c = line[i];
    if (c === "'") {
      const end = line.indexOf("'", i + 1);
      cur += line.slice(i + 1, end);
      i = end;
      inWord = true;
    } else if (c === '"') {
      const end = line.indexOf('"', i + 1);
      cur += line.slice(i + 1, end);
      i = end;
      inWord = true;
    } else if (c === ' ' || c === '\t' || c === '\n') {
      if (inWord) out.push(cur);
      cur = '';
      inWord = false;
    } else {
      cur += c;
      inWord = true;
    }
  }
  if (inWord) out.push(cur);
  return out;
}

export function kubectlMachine(options: KubectlMachineOptions) {
  const clock = new VirtualClock(options.now);
  const api = new ApiServer({ clock, random: new Random(1) });
  if (options.objects) {
    const status = api.load(options.objects);
    if (status) throw new Error(status.message);
  }
  const kernel = new Kernel({ clock, yieldToHost: settle });
  const fs = new FileSystem(new Tree(), () => clock.now());
  for (const d of ['/bin', '/tmp', '/root', '/etc']) fs.mkdir(d, { recursive: true });
  for (const [path, text] of Object.entries(options.files ?? {})) {
    const abs = path.startsWith('/') ? path : `/root/${path}`;
    fs.mkdir(abs.slice(0, abs.lastIndexOf('/')) || '/', { recursive: true });
    fs.writeFile(abs, text);
  }
  const kubelet = new FakeKubelet(api, options.logs ?? {});
  const endpoints = { ...kubelet.endpoints(), ...options.kubelet };
  const kubectl = createKubectl(
    { api, kubelet: () => endpoints, serverVersion: 'v1.33.1', server: 'https://172.30.1.2:6443', hostNet: options.hostNet, metrics: options.metrics },
    { programs: options.programs },
  );
  const env: Record<string, string> = { HOME: '/root', PATH: '/bin', ...options.env };

  function start(args: string[] | string, input?: string) {
    const argv = typeof args === 'string' ? splitCommand(args) : args;
    const stdin = new Pipe();
    if (input !== undefined) {
      stdin.write(input);
      stdin.close();
    }
    const stdout = new Pipe();
    const stderr = new Pipe();
    const proc = kernel.spawn(kubectl, {
      argv, env: { ...env }, cwd: '/root', cred: ROOT, fs, stdin, stdout, stderr,
    });
    return { proc, stdin, stdout, stderr };
  }

  /** Runs kubectl to completion, advancing virtual time as it waits. */
  async function run(args: string[] | string, input = ''): Promise<RunResult> {
    const { proc, stdout, stderr } = start(args, input);
    let done = false;
    const exited = proc.wait().then((i) => {
      done = true;
      return i.code;
    });
    for (let spins = 0; !done; spins++) {
      await settle();
      if (done) break;
      const next = clock.nextAt();
      if (next !== undefined) await clock.runUntil(next, settle);
      // Lazy imports (explain's field docs) settle on real time, not on the virtual clock.
      else if (spins > 400) throw new Error(`kubectl hangs: ${String(args)}`);
      else if (spins > 50) await new Promise((r) => setTimeout(r, 5));
    }
    return { stdout: stdout.drain(), stderr: stderr.drain(), status: await exited };
  }

  return { clock, api, kernel, fs, kubelet, env, start, run };
}
