import { describe, it, expect } from 'vitest';
import { Kernel } from '../../../src/os/process/kernel.ts';
import type { Program, SpawnOptions } from '../../../src/os/process/context.ts';
import { FileSystem } from '../../../src/os/fs/file-system.ts';
import { Tree } from '../../../src/os/fs/tree.ts';
import { FsError } from '../../../src/os/fs/errors.ts';
import { ROOT, type Cred } from '../../../src/os/fs/cred.ts';
import { Pipe } from '../../../src/os/pipe.ts';
import { VirtualClock } from '../../../src/sim/clock.ts';

const settle = () => new Promise<void>((r) => setImmediate(r));

function machine(yieldToHost: () => Promise<void> = settle) {
  const clock = new VirtualClock(0);
  const kernel = new Kernel({ clock, yieldToHost, checkpointInterval: 10 });
  const fs = new FileSystem(new Tree(), () => clock.now());
  const out = new Pipe();
  const err = new Pipe();
  const run = (program: Program, extra: Partial<SpawnOptions> = {}) =>
    kernel.spawn(program, {
      argv: ['prog'], env: {}, cwd: '/', cred: ROOT, fs, stdin: new Pipe(), stdout: out, stderr: err, ...extra,
    });
  return { clock, kernel, fs, out, err, run };
}

describe('ProcessContext', () => {
  it('yields to the host every few checkpoints so the machine never freezes', async () => {
    let hops = 0;
    const { run } = machine(() => { hops++; return settle(); });
    const p = run(async (ctx) => {
      for (let i = 0; i < 100; i++) await ctx.checkpoint();
      return 0;
    });
    await p.wait();
    expect(hops).toBe(10);
    expect(p.cpuTicks).toBe(100);
  });

  it('withdraws a killed reader so the next input goes to the next reader', async () => {
    const { run } = machine();
    const tty = new Pipe();
    const cat = run(async (ctx) => { await ctx.stdin.read(); return 0; }, { stdin: tty });
    await settle();
    cat.kill('SIGINT');
    await cat.wait();
    tty.write('kubectl get pods\n');
    expect(await tty.read()).toBe('kubectl get pods\n');
  });

  it('raises SIGPIPE when writing into a pipe nobody reads (yes | head -1)', async () => {
    const { run } = machine();
    const pipe = new Pipe();
    const yes = run(async (ctx) => {
      for (;;) {
        ctx.stdout.write('y\n');
        await ctx.checkpoint();
      }
    }, { stdout: pipe });
    const head = run(async (ctx) => {
      const line = await ctx.stdin.read();
      ctx.stdin.closeRead();
      ctx.stdout.write(line!.split('\n')[0] + '\n');
      return 0;
    }, { stdin: pipe });
    expect(await head.wait()).toEqual({ code: 0 });
    expect(await yes.wait()).toEqual({ code: 141, signal: 'SIGPIPE' });
  });

  it('ends the process at once on exit(), from deep inside the program', async () => {
    const { run } = machine();
    let after = false;
    const p = run(async (ctx) => {
      const deep = () => ctx.exit(4);
      deep();
      after = true;
      return 0;
    });
    expect(await p.wait()).toEqual({ code: 4 });
    expect(after).toBe(false);
  });

  it('changes directory like chdir(2), refusing files and unsearchable folders', async () => {
    const { run, fs, err } = machine();
    fs.mkdir('/home/alice/private', { recursive: true, mode: 0o700 });
    fs.chown('/home/alice/private', 1000, 1000);
    fs.writeFile('/home/alice/file', '');
    const bob: Cred = { uid: 1001, gid: 1001, groups: [] };
    const seen: string[] = [];
    const p = run(async (ctx) => {
      ctx.chdir('/home');
      ctx.chdir('alice');
      seen.push(ctx.cwd, ctx.resolve('../x'));
      for (const target of ['file', 'private', 'missing']) {
        try {
          ctx.chdir(target);
        } catch (e) {
          seen.push((e as FsError).code);
        }
      }
      return 0;
    }, { cred: bob });
    expect(await p.wait()).toEqual({ code: 0 });
    expect(err.drain()).toBe('');
    expect(seen).toEqual(['/home/alice', '/home/x', 'ENOTDIR', 'EACCES', 'ENOENT']);
    expect(p.cwd).toBe('/home/alice');
  });

  it('lets an interactive shell catch every terminating signal with one handler', async () => {
    const { run, clock } = machine();
    const heard: string[] = [];
    const sh = run(async (ctx) => {
      ctx.onSignal((sig) => heard.push(sig));
      const child = ctx.spawn(async () => 0, { argv: ['true'] });
      await child.wait();
      await ctx.sleep(1000);
      return 0;
    });
    await settle();
    sh.kill('SIGINT');
    sh.kill('SIGTERM');
    sh.kill('SIGWINCH');
    await clock.runUntil(1000, settle);
    expect(await sh.wait()).toEqual({ code: 0 });
    expect(heard).toEqual(['SIGINT', 'SIGTERM']);
  });

  it('stops on SIGSTOP at the next checkpoint and carries on after SIGCONT', async () => {
    const { run } = machine();
    let spins = 0;
    const p = run(async (ctx) => {
      while (spins < 1000) {
        spins++;
        await ctx.checkpoint();
      }
      return 0;
    });
    await settle();
    p.kill('SIGSTOP');
    expect(p.state).toBe('stopped');
    const stoppedAt = spins;
    for (let i = 0; i < 5; i++) await settle();
    expect(spins).toBe(stoppedAt);
    p.kill('SIGCONT');
    expect(await p.wait()).toEqual({ code: 0 });
    expect(spins).toBe(1000);
  });

  it('OOM-kills every process of the container cgroup, including an exec session', async () => {
    const { run, kernel } = machine();
    const main = run(async (ctx) => { await ctx.sleep(1e9); return 0; }, { memoryLimit: 1000 });
    const exec = run(async (ctx) => {
      ctx.allocate(600);
      await ctx.sleep(1);
      ctx.allocate(600);
      return 0;
    }, { cgroup: main.cgroup });
    await settle();
    await kernel.clock.runUntil(1, settle);
    expect(await exec.wait()).toEqual({ code: 137, signal: 'SIGKILL', oomKilled: true });
    expect(await main.wait()).toEqual({ code: 137, signal: 'SIGKILL', oomKilled: true });
    expect(main.cgroup.oomKills).toBe(1);
  });

  it('frees memory back to the cgroup', async () => {
    const { run } = machine();
    const p = run(async (ctx) => {
      ctx.allocate(800);
      ctx.free(500);
      ctx.allocate(600);
      return ctx.process.memory;
    }, { memoryLimit: 1000 });
    expect(await p.wait()).toEqual({ code: 900 & 0xff });
  });

  it('contains a signal handler that throws', async () => {
    const { run, err } = machine();
    const p = run(async (ctx) => {
      ctx.onSignal('SIGHUP', () => { throw new Error('reload failed'); });
      await ctx.sleep(1e9);
      return 0;
    }, { argv: ['nginx'] });
    await settle();
    p.kill('SIGHUP');
    expect(await p.wait()).toEqual({ code: 1 });
    expect(err.drain()).toBe('nginx: reload failed\n');
  });

  it('gives children the parent fs, cred, env, cwd and streams by default', async () => {
    const { run, out, fs } = machine();
    fs.mkdir('/tmp', { mode: 0o1777 });
    const alice: Cred = { uid: 1000, gid: 1000, groups: [] };
    const p = run(async (ctx) => {
      ctx.chdir('/tmp');
      const child = ctx.spawn(async (c) => {
        c.stdout.write(`${c.cred.uid} ${c.cwd} ${c.env.GREETING} ${c.ppid}\n`);
        return 0;
      }, { argv: ['child'] });
      return (await child.wait()).code;
    }, { cred: alice, env: { GREETING: 'hi' }, cwd: '/' });
    expect(await p.wait()).toEqual({ code: 0 });
    expect(out.drain()).toBe('1000 /tmp hi 1\n');
  });
});

describe('sleep', () => {
  it('sleeps forever on Infinity without setting a timer, until a signal', async () => {
    const { run, clock } = machine();
    const p = run(async (ctx) => { await ctx.sleep(Infinity); return 0; });
    await settle();
    expect(clock.pending()).toBe(0);
    p.kill('SIGTERM');
    expect(await p.wait()).toEqual({ code: 143, signal: 'SIGTERM' });
  });

  it('cancels the timer of a killed sleeper', async () => {
    const { run, clock } = machine();
    const p = run(async (ctx) => { await ctx.sleep(60_000); return 0; });
    await settle();
    expect(clock.pending()).toBe(1);
    p.kill('SIGKILL');
    expect(clock.pending()).toBe(0);
  });
});

describe('kill from a program', () => {
  it('may signal its own user processes but not another user', async () => {
    const { run } = machine();
    const alice: Cred = { uid: 1000, gid: 1000, groups: [] };
    const rootDaemon = run(async (ctx) => { await ctx.sleep(1e9); return 0; });
    const own = run(async (ctx) => { await ctx.sleep(1e9); return 0; }, { cred: alice });
    const results: string[] = [];
    const killer = run(async (ctx) => {
      results.push(String(ctx.kill(own.pid, 'TERM')));
      results.push(String(ctx.kill(999, 'TERM')));
      try {
        ctx.kill(rootDaemon.pid, 'TERM');
      } catch (e) {
        results.push((e as Error).message);
      }
      return 0;
    }, { cred: alice });
    await killer.wait();
    expect(results).toEqual(['true', 'false', 'Operation not permitted']);
    expect(rootDaemon.alive).toBe(true);
    expect(own.alive).toBe(false);
  });
});

describe('a killed program whose code runs on', () => {
  it('cannot start children any more', async () => {
    const { run, kernel } = machine();
    let release!: () => void;
    let error: unknown;
    const p = run(async (ctx) => {
      await new Promise<void>((r) => { release = r; });
      try {
        ctx.spawn(async () => 0, { argv: ['next-command'] });
      } catch (e) {
        error = e;
      }
      return 0;
    });
    await settle();
    p.kill('SIGKILL');
    release();
    await settle();
    expect((error as Error).name).toBe('ProcessKilled');
    expect(kernel.list()).toEqual([]);
  });
});
