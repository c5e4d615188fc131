// kubectl on a big cluster, as the learner's terminal runs it: `kubectl describe pod` and
// `kubectl get pods -A` with 1,000 pods, from Enter to the next prompt, on a Machine driven as the
// worker drives it (Node runs the same code and the same V8 as the page's worker).

import { Machine } from '../src/machine/machine.ts';
import type { NodeDescription } from '../src/sim/cluster/node-description.ts';
import type { Tty } from '../src/shell/tty/tty.ts';

export interface KubectlScale {
  /** Wall ms per run. */
  describe: number[];
  getAll: number[];
  /** CPU ms of this process per run: on a loaded machine it shows the work apart from waiting for a core. */
  describeCpu: number[];
  getAllCpu: number[];
  /** Characters `get pods -A` printed. */
  listingChars: number;
  /** Jumps of virtual time per `get pods -A` (flood control's ticks and timers due meanwhile). */
  listingJumps: number;
}

const settle = () => new Promise<void>((resolve) => setImmediate(resolve));

function podFor(i: number): object {
  // As in the cluster-scale scenario: some pods crash and restart, some log, most serve.
  const kind = i % 10;
  const container =
    kind === 0
      ? { name: 'crash', image: 'busybox:1.36', command: ['sh', '-c', 'echo start; sleep 5; exit 1'] }
      : kind === 1
        ? { name: 'logger', image: 'busybox:1.36', command: ['sh', '-c', 'while true; do echo tick; sleep 10; done'] }
        : { name: 'web', image: 'nginx:1.27', ports: [{ containerPort: 80 }] };
  return { apiVersion: 'v1', kind: 'Pod', metadata: { name: `pod-${String(i).padStart(4, '0')}`, labels: { app: `app-${i % 20}` } }, spec: { containers: [container] } };
}

/**
 * Wall ms from Enter to the next prompt on screen (the prompt ends in `$ `). The terminal's flood
 * control makes a writer wait for the next 50 ms tick of virtual time once 64 KiB are queued; as
 * in the script runner, virtual time jumps to the next timer when a hop brought no output, so the
 * figure is the machine's own work, not the pacing of the screen.
 */
async function run(machine: Machine, tty: Tty, output: { text: string }, line: string): Promise<{ ms: number; cpuMs: number; jumps: number }> {
  output.text = '';
  let jumps = 0;
  const start = performance.now();
  const cpu = process.cpuUsage();
  tty.input(`${line}\r`);
  while (!(tty.reading && output.text.endsWith('$ '))) {
    const before = output.text.length;
    await settle();
    if (output.text.length === before && !(tty.reading && output.text.endsWith('$ '))) {
      jumps++;
      await machine.step();
    }
    if (performance.now() - start > 60_000) throw new Error(`kubectl scale: '${line}' did not finish: ${output.text.slice(-300)}`);
  }
  const ms = performance.now() - start;
  const used = process.cpuUsage(cpu);
  await machine.settle();
  return { ms, cpuMs: (used.user + used.system) / 1000, jumps };
}

export async function kubectlScale(pods: number, runs: number): Promise<KubectlScale> {
  const workers = Math.ceil(pods / 100);
  const nodes: NodeDescription[] = [
    { name: 'controlplane', role: 'control-plane', ip: '172.30.1.2', podCIDR: '10.244.0.0/24' },
    ...Array.from({ length: workers }, (_, i): NodeDescription => ({
      name: `node${String(i + 1).padStart(2, '0')}`, role: 'worker', ip: `172.30.${i + 2}.2`, podCIDR: `10.244.${i + 1}.0/24`,
      capacity: { cpu: '16', memory: '64Gi', pods: '110' },
    })),
  ];
  const machine = new Machine({ host: { settle }, cluster: { nodes } });
  await machine.ready;
  for (let i = 0; i < pods; i++) machine.api.create({ resource: 'pods', namespace: 'default', body: podFor(i), options: { fieldManager: 'bench' } });
  // Ten virtual minutes: every pod scheduled and started, the crashing ones in back-off with
  // their events, the loggers with some logs.
  await machine.advance(10 * 60_000);
  const tty = machine.openTerminal({ cols: 200, rows: 50 });
  const output = { text: '' };
  tty.onOutput((data) => { output.text += data; });
  await machine.settle();
  // The first run of each loads kubectl's lazily loaded parts; it is not counted.
  await run(machine, tty, output, 'kubectl describe pod pod-0000');
  await run(machine, tty, output, 'kubectl get pods -A');
  const describe: number[] = [];
  const getAll: number[] = [];
  const describeCpu: number[] = [];
  const getAllCpu: number[] = [];
  let listingChars = 0;
  let listingJumps = 0;
  for (let i = 0; i < runs; i++) {
    // Alternate a crash-looping pod (restarts, many events) and a serving one.
    const one = await run(machine, tty, output, `kubectl describe pod pod-${String((i * 37) % pods).padStart(4, '0')}`);
    describe.push(one.ms);
    describeCpu.push(one.cpuMs);
    const listing = await run(machine, tty, output, 'kubectl get pods -A');
    getAll.push(listing.ms);
    getAllCpu.push(listing.cpuMs);
    listingChars = output.text.length;
    listingJumps = listing.jumps;
  }
  const listed = machine.api.list({ resource: 'pods' }) as { items: unknown[] };
  if (listed.items.length < pods) throw new Error(`kubectl scale: only ${listed.items.length} pods`);
  return { describe, getAll, describeCpu, getAllCpu, listingChars, listingJumps };
}

if (import.meta.main) {
  const r = await kubectlScale(Number(process.argv[2] ?? 1000), Number(process.argv[3] ?? 30));
  console.log(JSON.stringify(r));
}
