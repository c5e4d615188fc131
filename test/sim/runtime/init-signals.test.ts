import { describe, it, expect } from 'vitest';
import { Kernel } from '../../../src/os/process/kernel.ts';
import { FileSystem } from '../../../src/os/fs/file-system.ts';
import { Tree } from '../../../src/os/fs/tree.ts';
import { ROOT } from '../../../src/os/fs/cred.ts';
import { Pipe } from '../../../src/os/pipe.ts';
import type { Program } from '../../../src/os/process/context.ts';
import { VirtualClock } from '../../../src/sim/clock.ts';
import { watchInitSignals } from '../../../src/sim/runtime/init-signals.ts';

const settle = () => new Promise<void>((r) => setImmediate(r));

async function initOf(program: Program) {
  const clock = new VirtualClock(0);
  const kernel = new Kernel({ clock, yieldToHost: settle, firstPid: 1, initExitKillsAll: true });
  const p = kernel.spawn(program, { argv: ['init'], env: {}, cwd: '/', cred: ROOT, fs: new FileSystem(new Tree(), () => 0), stdin: new Pipe(), stdout: new Pipe(), stderr: new Pipe() });
  const watch = watchInitSignals(p);
  await settle();
  return watch;
}

const idle: Program = (ctx) => ctx.process.block(new Promise<number>(() => {}));

describe('which stop signals a container\'s pid 1 hears', () => {
  it.each([
    ['no handler at all', idle, 'SIGTERM', false],
    ['a SIGQUIT handler (nginx)', async (ctx) => { ctx.onSignal('SIGQUIT', () => {}); return idle(ctx); }, 'SIGQUIT', true],
    ['a SIGQUIT handler, asked about SIGTERM', async (ctx) => { ctx.onSignal('SIGQUIT', () => {}); return idle(ctx); }, 'SIGTERM', false],
    ['SIGTERM ignored', async (ctx) => { ctx.onSignal('SIGTERM', 'ignore'); return idle(ctx); }, 'SIGTERM', false],
    ['a shell\'s catch-all without traps', async (ctx) => { ctx.onSignal(() => {}); return idle(ctx); }, 'SIGTERM', false],
    ['a shell\'s catch-all with a TERM trap', async (ctx) => { ctx.onSignal(Object.assign(() => {}, { handles: (s: string) => s === 'SIGTERM' })); return idle(ctx); }, 'SIGTERM', true],
  ] as [string, Program, 'SIGTERM' | 'SIGQUIT', boolean][])('with %s: %s → %s', async (_name, program, signal, want) => {
    const watch = await initOf(program);
    expect(watch.handles(signal)).toBe(want);
  });
});
