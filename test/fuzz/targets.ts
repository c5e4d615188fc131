// The fuzzer's entry points. Each target owns a simulated machine (renewed every so often so
// one case's leftovers cannot pile up) and a check that fails on a crash — a program bug or an
// exception escaping to the host — or a hang: a process that neither ends nor yields to Ctrl-C
// and SIGKILL within its budget of virtual time and host hops.

import fc from 'fast-check';
import { parse as parseYaml } from 'yaml';
import { readdirSync, readFileSync } from 'node:fs';
import { kubectlMachine } from '../support/kubectl-machine.ts';
import { shellMachine } from '../support/shell-machine.ts';
import { Pipe } from '../../src/os/pipe.ts';
import { Machine } from '../../src/machine/machine.ts';
import type { Tty } from '../../src/shell/tty/tty.ts';
import { loadLab, formatProblem } from '../../src/labs/load/load-lab.ts';
import { installBugTrap, takeBugs, describeBug } from './bug-trap.ts';
import { runBounded, settle, type BoundedResult } from './bounded-run.ts';
import { kubectlArgv, labText, manifestText, shScript } from './arbitraries.ts';

export interface Target {
  name: string;
  /** Share of a run's cases this target gets, in percent (a whole machine is slower than a parser). */
  weight: number;
  arbitrary: fc.Arbitrary<unknown>;
  /** Resolves when the input ended well; throws a Finding for a crash or a hang. */
  check(input: unknown): Promise<void> | void;
}

export class Finding extends Error {}

function checkEnded(what: string, r: BoundedResult, stderr: string): void {
  const bugs = takeBugs();
  if (bugs.length > 0) throw new Finding(`crash in ${what}: ${bugs.map(describeBug).join('\n')}`);
  if (r.ending === 'hung') throw new Finding(`hang in ${what}: still running after Ctrl-C and SIGKILL`);
  if (r.ending === 'exited' && r.status !== 0 && stderr.trim() === '' && r.status !== 141) {
    throw new Finding(`${what} failed with status ${r.status} and said nothing`);
  }
}

const POD = 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: web\n  labels:\n    app: web\nspec:\n  containers:\n  - name: nginx\n    image: nginx\n';
const NOW = Date.parse('2026-11-22T03:00:00Z');
const RENEW = 250;

function renewing<T>(make: () => T): () => T {
  let current: T | undefined;
  let uses = 0;
  return () => {
    if (!current || ++uses % RENEW === 0) current = make();
    return current;
  };
}

const kubectlBox = renewing(() => {
  const m = kubectlMachine({ now: NOW, files: { 'pod.yaml': POD } });
  m.api.load([parseYaml(POD)]);
  return m;
});

async function runKubectl(argv: string[], input: string | undefined): Promise<void> {
  const m = kubectlBox();
  const { proc, stdin, stdout, stderr } = m.start(argv);
  if (input !== undefined) stdin.write(input);
  stdin.close();
  const r = await runBounded(m.kernel, m.clock, proc);
  const err = stderr.drain();
  stdout.drain();
  checkEnded(argv.join(' '), r, err);
}

const manifestTarget: Target = {
  name: 'kubectl apply/create -f (YAML and manifests)',
  weight: 30,
  arbitrary: fc.tuple(manifestText, fc.constantFrom('apply-stdin', 'create-file', 'apply-file', 'replace-stdin')),
  check: async (input) => {
    const [text, how] = input as [string, string];
    if (how === 'apply-stdin') return runKubectl(['kubectl', 'apply', '-f', '-'], text);
    if (how === 'replace-stdin') return runKubectl(['kubectl', 'replace', '-f', '-'], text);
    kubectlBox().fs.writeFile('/root/in.yaml', text);
    return runKubectl(['kubectl', how === 'create-file' ? 'create' : 'apply', '-f', 'in.yaml'], undefined);
  },
};

const argvTarget: Target = {
  name: 'kubectl argument parsing (every verb)',
  weight: 30,
  arbitrary: kubectlArgv,
  check: (argv) => runKubectl(argv as string[], ''),
};

const bashBox = renewing(() => shellMachine());
const ashBox = renewing(() => shellMachine({ flavour: 'busybox' }));

const shTarget: Target = {
  name: 'sh parser and interpreter (bash and busybox sh)',
  weight: 20,
  arbitrary: fc.tuple(shScript, fc.boolean()),
  check: async (input) => {
    const [script, busybox] = input as [string, boolean];
    const m = busybox ? ashBox() : bashBox();
    const stdin = new Pipe();
    stdin.close();
    const { proc, stdout, stderr } = m.start([busybox ? 'sh' : 'bash', '-c', script], stdin);
    const r = await runBounded(m.kernel, m.clock, proc);
    stdout.drain();
    const bugs = takeBugs();
    if (bugs.length > 0) throw new Finding(`crash in sh -c ${JSON.stringify(script)}: ${bugs.map(describeBug).join('\n')}`);
    if (r.ending === 'hung') throw new Finding(`hang in sh -c ${JSON.stringify(script)}`);
    void stderr.drain();
  },
};

/** A whole PodLab machine and a terminal on it, typed into as the learner does. */
class Terminal {
  readonly machine: Machine;
  tty: Tty;
  constructor() {
    this.machine = new Machine({ host: { settle } });
    this.tty = this.machine.openTerminal({ echo: true, cols: 120 });
  }
  /** Types `line`, waits for the prompt; Ctrl-C, Ctrl-C, Ctrl-\ and at last a new terminal when it does not come. */
  async type(line: string): Promise<'prompt' | 'hung'> {
    const m = this.machine;
    await m.ready;
    this.tty.input(`${line}\r`);
    const escalation = [() => this.tty.input('\x03'), () => this.tty.input('\x03'), () => this.tty.input('\x1c'), () => {
      for (const p of m.kernel.processes()) if (p.pgid === this.tty.foregroundPgid) p.terminate('SIGKILL');
    }, () => { this.tty.hangup(); this.tty = m.openTerminal({ echo: true, cols: 120 }); }];
    const deadline = () => m.clock.now() + 5 * 60_000;
    let until = deadline();
    for (let stage = 0, steps = 0; ; steps++) {
      await settle();
      if (this.tty.reading && !this.tty.lineOptions.continuation) return 'prompt';
      if (this.tty.reading) { this.tty.input('\x03'); continue; }
      const next = m.clock.nextAt();
      if (steps > 300 || next === undefined && steps > 50 || (next !== undefined && next > until)) {
        if (stage >= escalation.length) return 'hung';
        escalation[stage++]!();
        steps = 0;
        until = deadline();
        continue;
      }
      if (next !== undefined) await m.clock.runUntil(next, settle);
    }
  }
}

const terminalBox = renewing(() => new Terminal());

const REAL = fc.constantFrom(
  'yes | head -n 3', 'yes | head -c 100000 | wc -c', 'seq 1 100000 | tail -n 1', 'yes', 'cat /dev/zero | head -c 10', 'timeout 2 yes > /dev/null',
  'seq 1 10 | xargs -n 1 echo', 'yes | sed s/y/n/ | head -n 2', 'yes | awk "{print NR}" | head -n 2', 'sort /dev/urandom | head -n 1', 'watch date',
  'kubectl get pods -w', 'kubectl logs -f nope', 'tail -f /var/log/x', 'vi', 'ps aux | grep -c .', 'dd if=/dev/zero of=/tmp/big bs=1M count=2000',
  'cat /dev/urandom > /tmp/r', 'head -c 20000000 /dev/zero > /root/z', 'while true; do echo x >> /root/f; done', 'kubectl run x --image=busybox -- sh -c "yes"',
);

const terminalTarget: Target = {
  name: 'PodLab terminal (real programs, Ctrl-C)',
  weight: 0.3,
  arbitrary: fc.oneof(REAL, shScript, fc.tuple(REAL, shScript).map(([a, b]) => `${a}; ${b}`)),
  check: async (input) => {
    const line = input as string;
    const t = terminalBox();
    const ended = await t.type(line.replace(/[\r\n]+/g, '; '));
    const bugs = takeBugs();
    if (bugs.length > 0) throw new Finding(`crash in terminal line ${JSON.stringify(line)}: ${bugs.map(describeBug).join('\n')}`);
    if (ended === 'hung') throw new Finding(`terminal hung on ${JSON.stringify(line)}`);
  },
};

function readLabs(): unknown[] {
  const root = new URL('../../labs/', import.meta.url);
  return readdirSync(root).flatMap((id) => {
    try { return [parseYaml(readFileSync(new URL(`${id}/lab.yaml`, root), 'utf8'))]; } catch { return []; }
  });
}

const labTarget: Target = {
  name: 'lab format loader (src/labs)',
  weight: 19.7,
  arbitrary: labText(readLabs()),
  check: (text) => {
    const r = loadLab({ file: 'labs/x/lab.yaml', text: text as string, readSibling: () => undefined });
    if (!r.ok) {
      if (r.problems.length === 0) throw new Finding('a refused lab without a problem');
      for (const p of r.problems) if (!formatProblem(p) || !Number.isFinite(p.line)) throw new Finding(`unprintable problem ${JSON.stringify(p)}`);
    }
  },
};

export const TARGETS: Target[] = [manifestTarget, argvTarget, shTarget, terminalTarget, labTarget];

export function prepare(): void {
  installBugTrap();
}
