import { describe, it, expect } from 'vitest';
import { Pipe } from '../../../src/os/pipe.ts';
import { settle, shellMachine } from '../../support/shell-machine.ts';

describe('streaming and runaway work', () => {
  it('streams a loop line by line on virtual time: three ticks in three seconds', async () => {
    const m = shellMachine();
    const { proc, stdout } = m.start(['bash', '-c', 'while true; do echo tick; sleep 1; done']);
    const t0 = m.clock.now();
    const counts: number[] = [];
    let seen = '';
    for (const at of [500, 1500, 2500]) {
      await m.clock.runUntil(t0 + at, settle);
      seen += stdout.drain();
      counts.push(seen.split('\n').length - 1);
    }
    // The fourth tick is due at exactly 3 s; everything before it is three lines.
    await m.clock.runUntil(t0 + 2999, settle);
    seen += stdout.drain();
    expect(counts).toEqual([1, 2, 3]);
    expect(seen).toBe('tick\ntick\ntick\n');
    proc.kill('SIGINT');
    expect((await proc.wait()).code).toBe(130);
  });

  it('stops `while true; do :; done` at once on SIGINT without freezing the machine', async () => {
    const m = shellMachine();
    const { proc } = m.start(['bash', '-c', 'while true; do :; done']);
    for (let i = 0; i < 5; i++) await settle();
    expect(proc.alive).toBe(true);
    proc.kill('SIGINT');
    expect((await proc.wait()).code).toBe(130);
  });

  it('ends a busy loop on SIGTERM with status 143', async () => {
    const m = shellMachine();
    const { proc } = m.start(['sh', '-c', 'i=0; while :; do i=$((i+1)); done']);
    for (let i = 0; i < 5; i++) await settle();
    proc.kill('SIGTERM');
    expect((await proc.wait()).code).toBe(143);
  });

  it('bounds function recursion', async () => {
    const m = shellMachine({ shell: { maxFuncDepth: 50 } });
    expect(await m.run('f() { f; }; f; echo after')).toEqual({
      stdout: '', stderr: 'bash: line 1: f: maximum function nesting level exceeded (50)\n', status: 1,
    });
  });

  it('recurses a thousand levels deep without exhausting the stack', async () => {
    const m = shellMachine();
    const got = await m.run('f() { if [ $1 -gt 0 ]; then f $(($1 - 1)); else echo bottom; fi; }; f 990');
    expect(got).toEqual({ stdout: 'bottom\n', stderr: '', status: 0 });
  });

  it('pipes a program into a shell loop concurrently', async () => {
    const m = shellMachine();
    const stdin = new Pipe();
    const { proc, stdout } = m.start(['bash', '-c', 'while read l; do echo "got $l"; done'], stdin);
    stdin.write('a\n');
    await settle();
    await settle();
    expect(stdout.drain()).toBe('got a\n');
    stdin.write('b\nc\n');
    stdin.close();
    expect((await proc.wait()).code).toBe(0);
    expect(stdout.drain()).toBe('got b\ngot c\n');
  });
});
