import { describe, expect, it } from 'vitest';
import { Pipe } from '../../../src/os/pipe.ts';
import { ByteGenerator, seedOf } from '../../../src/shell/programs/lib/input.ts';
import { programMachine, settle } from '../../support/programs/program-machine.ts';

type Flavour = 'coreutils' | 'busybox';

function machine(flavour: Flavour = 'coreutils') {
  const m = programMachine({ flavour });
  for (const d of ['zero', 'urandom', 'random', 'full'] as const) m.fs.mknod(`/dev/${d}`, d);
  return m;
}

describe.each(['coreutils', 'busybox'] as Flavour[])('reading devices (%s)', (flavour) => {
  it('head -c 10 /dev/zero prints ten NUL bytes and ends', async () => {
    const r = await machine(flavour).run(['head', '-c', '10', '/dev/zero']);
    expect(r).toEqual({ stdout: '\0'.repeat(10), stderr: '', status: 0 });
  });

  it('head -c 16 /dev/urandom prints sixteen bytes, each one character below 0x80', async () => {
    const r = await machine(flavour).run(['head', '-c', '16', '/dev/urandom']);
    expect(r.stdout).toHaveLength(16);
    expect([...r.stdout].every((c) => c.charCodeAt(0) < 0x80)).toBe(true);
    expect(new Set(r.stdout).size).toBeGreaterThan(4);
  });

  it('/dev/random reads as random bytes too, and /dev/null as nothing', async () => {
    const m = machine(flavour);
    expect((await m.run(['head', '-c', '8', '/dev/random'])).stdout).toHaveLength(8);
    expect(await m.run(['cat', '/dev/null'])).toEqual({ stdout: '', stderr: '', status: 0 });
  });

  it('cat /dev/zero | head -c 5 ends: cat dies of the broken pipe', async () => {
    const r = await machine(flavour).pipeline([['cat', '/dev/zero'], ['head', '-c', '5']]);
    expect(r.stdout).toBe('\0'.repeat(5));
    expect(r.statuses).toEqual([141, 0]);
  });

  it('yes | head -c 2000000 | wc -c streams two million bytes and stops yes', async () => {
    const r = await machine(flavour).pipeline([['yes'], ['head', '-c', '2000000'], ['wc', '-c']]);
    expect(r.stdout.trim()).toBe('2000000');
    expect(r.statuses[0]).toBe(141);
  });
});

describe('streaming head and cat', () => {
  it('Ctrl-C ends cat /dev/zero with status 130', async () => {
    const m = machine();
    const out = new Pipe();
    const { proc } = m.start(['cat', '/dev/zero'], { stdout: out });
    for (let i = 0; i < 3; i++) await settle();
    expect(out.drain().length).toBeGreaterThan(0);
    proc.kill('SIGINT');
    expect((await proc.wait()).code).toBe(130);
  });

  it('head -n 2 /dev/zero copies NULs as they come, never holding a whole line', async () => {
    const m = machine();
    const out = new Pipe();
    const { proc } = m.start(['head', '-n', '2', '/dev/zero'], { stdout: out });
    for (let i = 0; i < 3; i++) await settle();
    expect(out.drain().length).toBeGreaterThan(65536);
    proc.kill('SIGINT');
    expect((await proc.wait()).code).toBe(130);
  });

  it('head -c 20M /dev/zero > file makes a 20 MiB file', async () => {
    const m = machine();
    const r = await m.run(['head', '-c', '20M', '/dev/zero']);
    expect(r.stdout.length).toBe(20 * 1048576);
  });

  it('head -c -3 and head -n -1 hold back only the tail of stdin', async () => {
    const m = machine();
    expect((await m.run(['head', '-c', '-3'], { stdin: 'abcdef' })).stdout).toBe('abc');
    expect((await m.run(['head', '-n', '-1'], { stdin: 'a\nb\nc\n' })).stdout).toBe('a\nb\n');
    expect((await m.run(['head', '-n', '-2'], { stdin: 'a\nb\nc' })).stdout).toBe('a\n');
    expect((await m.run(['head', '-n', '2'], { stdin: 'a\nb\nc\n' })).stdout).toBe('a\nb\n');
  });

  it('head -n -2 of a long stream prints all but its last two lines', async () => {
    const m = machine();
    const r = await m.pipeline([['seq', '20000'], ['head', '-n', '-2'], ['tail', '-n', '1']]);
    expect(r.stdout).toBe('19998\n');
  });
});

describe('the random bytes', () => {
  it('are the same for the same pid and instant, and differ for another seed', () => {
    const a = new ByteGenerator(seedOf(42, 1_767_603_600_000)).take(64);
    const b = new ByteGenerator(seedOf(42, 1_767_603_600_000)).take(64);
    const c = new ByteGenerator(seedOf(43, 1_767_603_600_000)).take(64);
    expect(a).toBe(b);
    expect(a).not.toBe(c);
  });

  it('come in any length, beyond one generator batch', () => {
    const s = new ByteGenerator(7).take(10_000);
    expect(s).toHaveLength(10_000);
    expect(Math.max(...[...s].map((ch) => ch.charCodeAt(0)))).toBeLessThan(0x80);
  });
});
