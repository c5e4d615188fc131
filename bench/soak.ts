// Soak: a two-hour lab session in virtual time, driven through the Machine as a learner's tab
// would be, with the liveness-exec lab open. A container restarted by its liveness probe over
// and over, nginx behind a readiness probe, a Pod logging every second, a `while true` loop
// on the node appending to a file, and port-forward traffic with curl every minute. Every ten
// virtual minutes: the heap after a full GC, the lab's checks graded (they must answer), the
// restart count. Prints the figures; nothing here is asserted on time.
//
//   npx node --expose-gc bench/soak.ts [hours]

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadLab, formatProblem } from '../src/labs/load/load-lab.ts';
import { LabSession } from '../src/machine/lab-session.ts';
import type { Machine } from '../src/machine/machine.ts';
import type { Tty } from '../src/shell/tty/tty.ts';

const settle = () => new Promise<void>((r) => setImmediate(r));
const gc = (globalThis as { gc?: () => void }).gc;
const MINUTE = 60_000;

export interface SoakFigures {
  virtualHours: number;
  wallSeconds: number;
  heapMB: number[];
  heapGrowthMB: number;
  checks: number;
  checksAnswered: number;
  restarts: number;
  curlOk: number;
  curls: number;
  logLines: number;
}

function heapMB(): number {
  gc?.();
  return Math.round((process.memoryUsage().heapUsed / 1024 / 1024) * 10) / 10;
}

async function type(machine: Machine, tty: Tty, line: string): Promise<void> {
  tty.input(`${line}\r`);
  for (let i = 0; i < 2000; i++) {
    await settle();
    if (tty.reading && !tty.lineOptions.continuation) return;
    const next = machine.clock.nextAt();
    if (next !== undefined && next - machine.clock.now() <= 5000) await machine.step();
  }
  tty.input('\x03');
  await machine.settle();
}

const POD_MANIFESTS = `cat > soak.yaml <<'EOF'
apiVersion: v1
kind: Pod
metadata:
  name: liveness-exec
spec:
  containers:
  - name: liveness
    image: busybox
    command: ["sh", "-c", "touch /tmp/healthy; sleep 30; rm -f /tmp/healthy; sleep 600"]
    livenessProbe:
      exec:
        command: ["cat", "/tmp/healthy"]
      initialDelaySeconds: 5
      periodSeconds: 5
---
apiVersion: v1
kind: Pod
metadata:
  name: web
spec:
  containers:
  - name: nginx
    image: nginx
    readinessProbe:
      httpGet: { path: /, port: 80 }
      periodSeconds: 5
---
apiVersion: v1
kind: Pod
metadata:
  name: logger
spec:
  containers:
  - name: logger
    image: busybox
    command: ["sh", "-c", "i=0; while true; do i=$((i+1)); echo \\"tick $i\\"; sleep 1; done"]
EOF`;

export async function soak(hours = 2): Promise<SoakFigures> {
  const root = join(import.meta.dirname, '..');
  const loaded = loadLab({ file: 'labs/liveness-exec/lab.yaml', text: readFileSync(join(root, 'labs/liveness-exec/lab.yaml'), 'utf8'), folder: 'liveness-exec',
    readSibling: (p) => { try { return readFileSync(join(root, 'labs/liveness-exec', p), 'utf8'); } catch { return undefined; } } });
  if (!loaded.ok) throw new Error(loaded.problems.map(formatProblem).join('\n'));
  const { session } = await LabSession.open(loaded.lab, { settle });
  const machine = session.machine;
  const tty = machine.openTerminal({ cols: 120 });
  let screen = '';
  tty.onOutput((d) => { screen = (screen + d).slice(-4000); });
  await machine.settle();

  const started = performance.now();
  for (const line of POD_MANIFESTS.split('\n')) tty.input(`${line}\r`);
  await type(machine, tty, 'kubectl apply -f soak.yaml');
  await type(machine, tty, 'while true; do date >> /root/ticks.log; sleep 10; done &');
  await machine.advance(30_000);
  await type(machine, tty, 'kubectl port-forward pod/web 8080:80 > /dev/null 2>&1 &');

  const figures: SoakFigures = { virtualHours: hours, wallSeconds: 0, heapMB: [heapMB()], heapGrowthMB: 0, checks: 0, checksAnswered: 0, restarts: 0, curlOk: 0, curls: 0, logLines: 0 };
  const end = machine.clock.now() + hours * 60 * MINUTE;
  let minute = 0;
  while (machine.clock.now() < end) {
    await machine.advance(MINUTE);
    minute++;
    screen = '';
    await type(machine, tty, 'curl -s -o /dev/null -w "%{http_code}\\n" localhost:8080');
    figures.curls++;
    if (/\b200\b/.test(screen)) figures.curlOk++;
    if (minute % 10 === 0) {
      figures.checks++;
      const progress = await session.check();
      // Answered: every task graded, the first (create the Pod) passed.
      const tasks = Object.values(progress.tasks);
      if (tasks.length === loaded.lab.tasks.length && progress.tasks['create-pod']?.status === 'passed') figures.checksAnswered++;
      figures.heapMB.push(heapMB());
    }
  }
  const pod = machine.api.get({ resource: 'pods', namespace: 'default', name: 'liveness-exec' }) as { status?: { containerStatuses?: { restartCount: number }[] } };
  figures.restarts = pod.status?.containerStatuses?.[0]?.restartCount ?? -1;
  screen = '';
  await type(machine, tty, 'kubectl logs logger --tail=1; wc -l < /root/ticks.log');
  figures.logLines = Number(/tick (\d+)/.exec(screen)?.[1] ?? -1);
  figures.wallSeconds = Math.round((performance.now() - started) / 100) / 10;
  const settledHeap = figures.heapMB.slice(1);
  figures.heapGrowthMB = Math.round((settledHeap[settledHeap.length - 1]! - settledHeap[0]!) * 10) / 10;
  return figures;
}

if (import.meta.main) {
  if (!gc) console.warn('run with --expose-gc for heap figures after a full collection');
  const f = await soak(Number(process.argv[2] ?? 2));
  console.log(`soak: ${f.virtualHours} virtual hours in ${f.wallSeconds} s wall`);
  console.log(`  heap every 10 virtual minutes (MB): ${f.heapMB.join(' ')}`);
  console.log(`  heap growth from the first 10 minutes to the end: ${f.heapGrowthMB} MB`);
  console.log(`  lab checks answered: ${f.checksAnswered}/${f.checks}`);
  console.log(`  liveness restarts: ${f.restarts}; port-forward curls answered 200: ${f.curlOk}/${f.curls}; logger's last tick: ${f.logLines}`);
}
