// A small machine for shell tests: the real kernel and filesystem on a virtual clock, with a
// handful of stand-in programs (cat, sleep, yes, head, wc) so the language can be tested apart
// from the real coreutils.

import { Kernel } from '../../src/os/process/kernel.ts';
import type { Program, ProcessContext } from '../../src/os/process/context.ts';
import { FileSystem } from '../../src/os/fs/file-system.ts';
import { Tree } from '../../src/os/fs/tree.ts';
import { ROOT } from '../../src/os/fs/cred.ts';
import { Pipe } from '../../src/os/pipe.ts';
import { VirtualClock } from '../../src/sim/clock.ts';
import { createShell, type ShellOptions } from '../../src/shell/interp/shell.ts';

export const settle = () => new Promise<void>((r) => setImmediate(r));

async function readAll(ctx: ProcessContext): Promise<string> {
  let s = '';
  for (let c = await ctx.stdin.read(); c !== null; c = await ctx.stdin.read()) s += c;
  return s;
}

export const PROGRAMS: Record<string, Program> = {
  cat: async (ctx) => {
    const files = ctx.argv.slice(1);
    if (files.length === 0) {
      for (let c = await ctx.stdin.read(); c !== null; c = await ctx.stdin.read()) if (!ctx.stdout.write(c)) return 1;
      return 0;
    }
    let status = 0;
    for (const f of files) {
      try { ctx.stdout.write(ctx.fs.readFile(ctx.resolve(f), ctx.cred)); } catch (e) { ctx.stderr.write(`cat: ${f}: ${(e as Error).message}\n`); status = 1; }
    }
    return status;
  },
  sleep: async (ctx) => { await ctx.sleep(Number(ctx.argv[1] ?? 0) * 1000); return 0; },
  yes: async (ctx) => {
    for (;;) {
      if (!ctx.stdout.write(`${ctx.argv[1] ?? 'y'}\n`)) return 1;
      await ctx.checkpoint();
    }
  },
  head: async (ctx) => {
    const n = ctx.argv[1] === '-n' ? Number(ctx.argv[2]) : 10;
    let buf = '';
    let lines = 0;
    for (let c = await ctx.stdin.read(); c !== null; c = await ctx.stdin.read()) {
      buf += c;
      let i: number;
      while (lines < n && (i = buf.indexOf('\n')) >= 0) { ctx.stdout.write(buf.slice(0, i + 1)); buf = buf.slice(i + 1); lines++; }
      if (lines >= n) { ctx.stdin.closeRead(); return 0; }
    }
    if (buf && lines < n) ctx.stdout.write(buf);
    return 0;
  },
  wc: async (ctx) => {
    const text = await readAll(ctx);
    ctx.stdout.write(`${text.split('\n').length - 1}\n`);
    return 0;
  },
};

export interface RunResult {
  stdout: string;
  stderr: string;
  status: number;
}

export interface MachineOptions {
  flavour?: 'bash' | 'busybox';
  files?: Record<string, string>;
  shell?: Partial<ShellOptions>;
}

export function shellMachine(options: MachineOptions = {}) {
  const clock = new VirtualClock(1_700_000_000_000);
  const kernel = new Kernel({ clock, yieldToHost: settle });
  const fs = new FileSystem(new Tree(), () => clock.now());
  for (const d of ['/bin', '/tmp', '/root', '/etc', '/home/learner']) fs.mkdir(d, { recursive: true });
  for (const [path, text] of Object.entries(options.files ?? {})) {
    fs.mkdir(path.slice(0, path.lastIndexOf('/')) || '/', { recursive: true });
    fs.writeFile(path, text);
  }
  const flavour = options.flavour ?? 'bash';
  const shellOptions: ShellOptions = {
    flavour,
    name: flavour === 'bash' ? 'bash' : 'sh',
    resolve: (name) => {
      const base = name.slice(name.lastIndexOf('/') + 1);
      if (name.includes('/') && !fs.exists(name.startsWith('/') ? name : `/bin/${base}`)) return undefined;
      return (Object.hasOwn(PROGRAMS, base) ? PROGRAMS[base] : undefined) ?? (base === 'sh' || base === 'bash' ? shell : undefined);
    },
    ...options.shell,
  };
  const shell = createShell(shellOptions);

  /** Starts the shell with `argv`; returns its streams and process. */
  function start(argv: string[], stdin: Pipe = closedInput()) {
    const stdout = new Pipe();
    const stderr = new Pipe();
    const proc = kernel.spawn(shell, {
      argv, env: { PATH: '/bin', HOME: '/root', USER: 'root' }, cwd: '/root', cred: ROOT, fs, stdin, stdout, stderr,
    });
    return { proc, stdin, stdout, stderr };
  }

  /** Runs `sh -c script` to completion on virtual time. */
  async function run(script: string, input?: string): Promise<RunResult> {
    const stdin = new Pipe();
    if (input !== undefined) stdin.write(input);
    stdin.close();
    const { proc, stdout, stderr } = start([shellOptions.name ?? 'sh', '-c', script], stdin);
    let done = false;
    const exited = proc.wait().then((i) => { done = true; return i.code; });
    // Busy scripts keep running across settles; only a script blocked with no timer due hangs.
    const ticks = () => kernel.processes().reduce((n, p) => n + p.cpuTicks, 0);
    for (let idle = 0, last = ticks(); !done;) {
      await settle();
      if (done) break;
      const next = clock.nextAt();
      if (next !== undefined) { idle = 0; await clock.runUntil(next, settle); continue; }
      const now = ticks();
      idle = now !== last ? 0 : idle + 1;
      last = now;
      if (idle > 50) throw new Error(`script hangs: ${script}`);
    }
    return { stdout: stdout.drain(), stderr: stderr.drain(), status: await exited };
  }

  return { clock, kernel, fs, shell, start, run, options: shellOptions };
}

function closedInput(): Pipe {
  const p = new Pipe();
  p.close();
  return p;
}
