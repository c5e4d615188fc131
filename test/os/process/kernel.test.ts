import { describe, it, expect } from 'vitest';
import { Kernel } from '../../../src/os/process/kernel.ts';
import type { Program, SpawnOptions } from '../../../src/os/process/context.ts';
import { OsError } from '../../../src/os/process/errors.ts';
import { FileSystem } from '../../../src/os/fs/file-system.ts';
import { Tree } from '../../../src/os/fs/tree.ts';
import { ROOT } from '../../../src/os/fs/cred.ts';
import { Pipe } from '../../../src/os/pipe.ts';
import { VirtualClock } from '../../../src/sim/clock.ts';

const settle = () => new Promise<void>((r) => setImmediate(r));

function machine(options: { maxProcesses?: number; initExitKillsAll?: boolean } = {}) {
  const clock = new VirtualClock(1_700_000_000_000);
  const kernel = new Kernel({ clock, yieldToHost: settle, ...options });
  const fs = new FileSystem(new Tree(), () => clock.now());
  const out = new Pipe();
  const err = new Pipe();
  const base = (argv: string[], extra: Partial<SpawnOptions> = {}): SpawnOptions => ({
    argv, env: { PATH: '/bin' }, cwd: '/', cred: ROOT, fs, stdin: new Pipe(), stdout: out, stderr: err, ...extra,
  });
  const run = (program: Program, argv: string[] = ['prog'], extra: Partial<SpawnOptions> = {}) =>
    kernel.spawn(program, base(argv, extra));
  return { clock, kernel, fs, out, err, run };
}

describe('Kernel', () => {
  it('runs a program and reports its exit status through wait()', async () => {
    const { run, out } = machine();
    const ok = run(async (ctx) => { ctx.stdout.write(`hello ${ctx.argv[1]}\n`); return 0; }, ['echo', 'pod']);
    const bad = run(async () => 3);
    expect(ok.pid).toBe(1);
    expect(bad.pid).toBe(2);
    expect(await ok.wait()).toEqual({ code: 0 });
    expect(await bad.wait()).toEqual({ code: 3 });
    expect(bad.exitCode).toBe(3);
    expect(bad.state).toBe('exited');
    expect(out.drain()).toBe('hello pod\n');
  });

  it('sleeps on the virtual clock, not the wall clock', async () => {
    const { run, clock } = machine();
    const p = run(async (ctx) => { await ctx.sleep(30_000); return ctx.now() === 1_700_000_030_000 ? 0 : 1; });
    await settle();
    expect(p.state).toBe('sleeping');
    await clock.runUntil(clock.now() + 29_999, settle);
    expect(p.alive).toBe(true);
    await clock.runUntil(clock.now() + 1, settle);
    expect(await p.wait()).toEqual({ code: 0 });
  });

  it('ends a busy loop that calls checkpoint() on SIGINT with status 130', async () => {
    const { run } = machine();
    let spins = 0;
    const p = run(async (ctx) => {
      for (;;) {
        spins++;
        await ctx.checkpoint();
      }
    });
    while (spins < 500) await settle();
    p.kill('SIGINT');
    expect(await p.wait()).toEqual({ code: 130, signal: 'SIGINT' });
    const after = spins;
    await settle();
    expect(spins).toBe(after);
  });

  it('lets a program trap SIGTERM, while an untrapping one ends with 143', async () => {
    const { run, clock, out } = machine();
    const nginx = run(async (ctx) => {
      let stopping = false;
      ctx.onSignal('SIGTERM', () => { stopping = true; });
      while (!stopping) await ctx.sleep(100);
      ctx.stdout.write('graceful shutdown\n');
      return 0;
    });
    const plain = run(async (ctx) => { await ctx.sleep(1e9); return 0; });
    await settle();
    nginx.kill('SIGTERM');
    plain.kill('TERM');
    expect(nginx.alive).toBe(true);
    expect(await plain.wait()).toEqual({ code: 143, signal: 'SIGTERM' });
    await clock.runUntil(clock.now() + 100, settle);
    expect(await nginx.wait()).toEqual({ code: 0 });
    expect(out.drain()).toBe('graceful shutdown\n');
  });

  it('cannot be stopped from dying by SIGKILL, and drops what the dead program still writes', async () => {
    const { run, out } = machine();
    let resume!: () => void;
    const p = run(async (ctx) => {
      expect(() => ctx.onSignal('SIGKILL', 'ignore')).toThrow();
      ctx.onSignal('SIGTERM', 'ignore');
      ctx.onSignal('SIGINT', 'ignore');
      await new Promise<void>((r) => { resume = r; });
      ctx.stdout.write('too late\n');
      return 0;
    });
    await settle();
    p.kill('SIGTERM');
    p.kill('SIGINT');
    expect(p.alive).toBe(true);
    p.kill(9);
    expect(await p.wait()).toEqual({ code: 137, signal: 'SIGKILL' });
    resume();
    await settle();
    expect(out.drain()).toBe('');
  });

  it('OOM-kills a process that allocates past its memory limit: 137 and oomKilled', async () => {
    const { run, kernel } = machine();
    const mib = 1024 * 1024;
    const p = run(async (ctx) => {
      for (;;) {
        ctx.allocate(10 * mib);
        await ctx.checkpoint();
      }
    }, ['stress'], { memoryLimit: 100 * mib });
    expect(await p.wait()).toEqual({ code: 137, signal: 'SIGKILL', oomKilled: true });
    expect(p.cgroup.usage).toBe(0);
    expect(p.cgroup.peak).toBe(110 * mib);
    expect(kernel.list()).toEqual([]);
  });

  it('streams data through a pipe between two processes in order', async () => {
    const { run, clock, out } = machine();
    const pipe = new Pipe();
    const writer = run(async (ctx) => {
      for (let i = 1; i <= 3; i++) {
        ctx.stdout.write(`line ${i}\n`);
        await ctx.sleep(1000);
      }
      return 0;
    }, ['producer'], { stdout: pipe });
    const reader = run(async (ctx) => {
      for (let chunk = await ctx.stdin.read(); chunk !== null; chunk = await ctx.stdin.read()) {
        ctx.stdout.write(chunk.toUpperCase());
      }
      return 0;
    }, ['upper'], { stdin: pipe });
    void writer.wait().then(() => pipe.close());
    await clock.runUntil(clock.now() + 1500, settle);
    expect(out.drain()).toBe('LINE 1\nLINE 2\n');
    await clock.runUntil(clock.now() + 5000, settle);
    expect(await reader.wait()).toEqual({ code: 0 });
    expect(out.drain()).toBe('LINE 3\n');
  });

  it('contains a program that throws: the message goes to stderr and it exits 1', async () => {
    const { run, err } = machine();
    const p = run(async () => { throw new TypeError('x is undefined'); }, ['/bin/broken']);
    expect(await p.wait()).toEqual({ code: 1 });
    expect(err.drain()).toBe('broken: x is undefined\n');
  });

  it('refuses to start processes beyond the limit with EAGAIN', async () => {
    const { run } = machine({ maxProcesses: 2 });
    run(async (ctx) => { await ctx.sleep(10); return 0; });
    run(async (ctx) => { await ctx.sleep(10); return 0; });
    let error: unknown;
    try {
      run(async () => 0);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(OsError);
    expect((error as OsError).message).toBe('Resource temporarily unavailable');
  });

  it('lists processes with parents and sends Ctrl-C to the foreground group only', async () => {
    const { run, kernel } = machine();
    const shell = run(async (ctx) => {
      ctx.onSignal('SIGINT', 'ignore');
      const job = ctx.spawn(async (c) => { await c.sleep(1e9); return 0; }, { argv: ['sleep', '1000'], pgid: 0 });
      await job.wait();
      await ctx.sleep(1e9);
      return 0;
    }, ['sh']);
    await settle();
    await settle();
    expect(kernel.list().map((p) => `${p.pid} ${p.ppid} ${p.pgid} ${p.argv.join(' ')} ${p.state}`)).toEqual([
      '1 0 1 sh sleeping',
      '2 1 2 sleep 1000 sleeping',
    ]);
    expect(kernel.killGroup(2, 'SIGINT')).toBe(1);
    await settle();
    expect(kernel.get(2)).toBeUndefined();
    expect(shell.alive).toBe(true);
  });

  it('ends every process of a container when its pid 1 exits', async () => {
    const { run } = machine({ initExitKillsAll: true });
    let child!: import('../../../src/os/process/process.ts').Process;
    const init = run(async (ctx) => {
      child = ctx.spawn(async (c) => { await c.sleep(1e9); return 0; }, { argv: ['worker'] });
      await ctx.sleep(5);
      return 0;
    });
    await settle();
    init.kill('SIGTERM');
    expect(await child.wait()).toEqual({ code: 137, signal: 'SIGKILL' });
  });
});
