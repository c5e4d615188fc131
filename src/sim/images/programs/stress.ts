// stress 1.0.4 (polinux/stress): forks workers that spin on the CPU or allocate memory.
// `--vm 1 --vm-bytes 150M --vm-hang 1` allocates 150 MiB through the memory cgroup, so a 50Mi
// limit ends the container with an OOM kill. Models stress.c (hogvm, hogcpu).

import type { Process } from '../../../os/process/process.ts';
import type { Program, ProcessContext } from '../../../os/process/context.ts';
import { forever } from './wait.ts';

const USAGE = `\`stress' imposes certain types of compute stress on your system

Usage: stress [OPTION [ARG]] ...
 -?, --help         show this help statement
     --version      show version statement
 -v, --verbose      be verbose
 -q, --quiet        be quiet
 -n, --dry-run      show what would have been done
 -t, --timeout N    timeout after N seconds
     --backoff N    wait factor of N microseconds before work starts
 -c, --cpu N        spawn N workers spinning on sqrt()
 -i, --io N         spawn N workers spinning on sync()
 -m, --vm N         spawn N workers spinning on malloc()/free()
     --vm-bytes B   malloc B bytes per vm worker (default is 256MB)
     --vm-stride B  touch a byte every B bytes (default is 4096)
     --vm-hang N    sleep N secs before free (default none, 0 is inf)
     --vm-keep      redirty memory instead of freeing and reallocating
 -d, --hdd N        spawn N workers spinning on write()/unlink()
     --hdd-bytes B  write B bytes per hdd worker (default is 1GB)

Example: stress --cpu 8 --io 4 --vm 2 --vm-bytes 128M --timeout 10s

Note: Numbers may be suffixed with s,m,h,d,y (time) or B,K,M,G (size).
`;

/** `150M` → bytes, with stress's binary suffixes. */
export function parseBytes(s: string): number | undefined {
  const m = /^(\d+)([bBkKmMgG]?)$/.exec(s);
  if (!m) return undefined;
  const unit = { '': 1, b: 1, k: 1024, m: 1024 ** 2, g: 1024 ** 3 }[m[2].toLowerCase()]!;
  return Number(m[1]) * unit;
}

/** `10s`, `2m` → seconds. */
function parseSeconds(s: string): number | undefined {
  const m = /^(\d+)([smhdy]?)$/.exec(s);
  if (!m) return undefined;
  return Number(m[1]) * { '': 1, s: 1, m: 60, h: 3600, d: 86400, y: 31536000 }[m[2]]!;
}

interface Options { cpu: number; io: number; vm: number; hdd: number; vmBytes: number; vmHang?: number; vmKeep: boolean; timeout?: number }

export const stress: Program = async (ctx) => {
  const args = ctx.argv.slice(1);
  if (args.length === 0 || args.includes('--help') || args.includes('-?')) {
    ctx.stdout.write(USAGE);
    return 0;
  }
  if (args.includes('--version')) {
    ctx.stdout.write('stress 1.0.4\n');
    return 0;
  }
  const o: Options = { cpu: 0, io: 0, vm: 0, hdd: 0, vmBytes: 256 * 1024 ** 2, vmKeep: false };
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    const next = () => args[++i] ?? '';
    if (a === '-c' || a === '--cpu') o.cpu = Number(next());
    else if (a === '-i' || a === '--io') o.io = Number(next());
    else if (a === '-m' || a === '--vm') o.vm = Number(next());
    else if (a === '-d' || a === '--hdd') o.hdd = Number(next());
    else if (a === '--vm-bytes') o.vmBytes = parseBytes(next()) ?? o.vmBytes;
    else if (a === '--vm-hang') o.vmHang = Number(next());
    else if (a === '--vm-keep') o.vmKeep = true;
    else if (a === '-t' || a === '--timeout') o.timeout = parseSeconds(next());
    else if (a === '--vm-stride' || a === '--hdd-bytes' || a === '--backoff') next();
    else if (a === '-v' || a === '--verbose' || a === '-q' || a === '--quiet' || a === '-n' || a === '--dry-run') continue;
    else {
      ctx.stderr.write(`stress: FAIL: [${ctx.pid}] (244) unrecognized option: ${a}\n`);
      return 1;
    }
  }
  ctx.stdout.write(`stress: info: [${ctx.pid}] dispatching hogs: ${o.cpu} cpu, ${o.io} io, ${o.vm} vm, ${o.hdd} hdd\n`);
  const start = ctx.now();
  const workers: Process[] = [];
  for (let i = 0; i < o.cpu + o.io + o.hdd; i++) workers.push(ctx.spawn(spin, { argv: ['stress'] }));
  for (let i = 0; i < o.vm; i++) workers.push(ctx.spawn((w) => vmHog(w, o), { argv: ['stress'] }));
  if (o.timeout !== undefined) {
    const timeout = o.timeout;
    void ctx.sleep(timeout * 1000).then(() => { for (const w of workers) w.kill('SIGKILL'); }, () => {});
  }
  for (const w of workers) {
    const info = await ctx.process.block(w.wait());
    if (info.signal && !(o.timeout !== undefined && info.signal === 'SIGKILL')) {
      ctx.stderr.write(`stress: FAIL: [${ctx.pid}] (415) <-- worker ${w.pid} got signal ${info.code - 128}\n`);
      ctx.stderr.write(`stress: WARN: [${ctx.pid}] (417) now reaping child worker processes\n`);
      for (const other of workers) other.kill('SIGKILL');
      ctx.stderr.write(`stress: FAIL: [${ctx.pid}] (451) failed run completed in ${Math.round((ctx.now() - start) / 1000)}s\n`);
      return 1;
    }
  }
  ctx.stdout.write(`stress: info: [${ctx.pid}] successful run completed in ${Math.round((ctx.now() - start) / 1000)}s\n`);
  return 0;
};

// A hog "spins" without burning the host's CPU: the simulated machine has no CPU time to use up,
// and a busy loop would keep a browser tab busy for as long as the pod runs.
const spin: Program = (ctx) => {
  ctx.process.spinning = true;
  return forever(ctx);
};

async function vmHog(ctx: ProcessContext, o: Options): Promise<number> {
  for (;;) {
    ctx.allocate(o.vmBytes);
    if (o.vmHang === 0 || o.vmKeep) {
      // Keeps the memory for ever (hang 0 is "infinite").
      return forever(ctx);
    }
    // Without --vm-hang stress frees and reallocates at once; a second per round keeps the same
    // memory profile at one event per virtual second.
    await ctx.sleep(o.vmHang !== undefined ? o.vmHang * 1000 : 1000);
    ctx.free(o.vmBytes);
  }
}
