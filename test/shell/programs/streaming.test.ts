import { describe, expect, it } from 'vitest';
import { Pipe } from '../../../src/os/pipe.ts';
import { programMachine, settle } from '../../support/programs/program-machine.ts';

describe('programs that stream, wait and follow', () => {
  it('yes | head -1 ends because yes sees the broken pipe', async () => {
    const m = programMachine();
    const r = await m.pipeline([['yes'], ['head', '-1']]);
    expect(r.stdout).toBe('y\n');
    expect(r.statuses[0]).toBe(141);
  });

  it('seq | grep | wc counts through real pipes', async () => {
    const m = programMachine();
    const r = await m.pipeline([['seq', '100'], ['grep', '7'], ['wc', '-l']]);
    expect(r.stdout).toBe('19\n');
  });

  it('sleep 1.5 and sleep 1m wait on the virtual clock only', async () => {
    const m = programMachine();
    const t0 = m.clock.now();
    await m.run(['sleep', '1.5']);
    expect(m.clock.now() - t0).toBe(1500);
    await m.run(['sleep', '1m', '2']);
    expect(m.clock.now() - t0).toBe(1500 + 62_000);
  });

  it('Ctrl-C ends a long sleep at once with status 130', async () => {
    const m = programMachine();
    const { proc } = m.start(['sleep', 'infinity']);
    await settle();
    proc.kill('SIGINT');
    expect((await proc.wait()).code).toBe(130);
  });

  it('tail -f prints lines appended to a growing file as they come', async () => {
    const m = programMachine({ files: { '/root/app.log': 'one\n' } });
    const out = new Pipe();
    const { proc } = m.start(['tail', '-f', 'app.log'], { stdout: out });
    await settle();
    expect(out.drain()).toBe('one\n');
    m.fs.appendFile('/root/app.log', 'two\n');
    await settle();
    await settle();
    expect(out.drain()).toBe('two\n');
    await m.clock.runUntil(m.clock.now() + 5000, settle);
    m.fs.appendFile('/root/app.log', 'three\n');
    await m.clock.runUntil(m.clock.now() + 1000, settle);
    expect(out.drain()).toBe('three\n');
    proc.kill('SIGINT');
    expect((await proc.wait()).code).toBe(130);
  });

  it('busybox tail -f follows too, and says when the file was truncated', async () => {
    const m = programMachine({ flavour: 'busybox', files: { '/root/app.log': 'a\nb\n' } });
    const out = new Pipe();
    const { proc, stderr } = m.start(['tail', '-n', '1', '-f', 'app.log'], { stdout: out });
    await settle();
    expect(out.drain()).toBe('b\n');
    m.fs.writeFile('/root/app.log', 'c\n');
    await m.clock.runUntil(m.clock.now() + 1000, settle);
    expect(stderr.drain()).toBe('tail: app.log: file truncated\n');
    expect(out.drain()).toBe('c\n');
    proc.kill('SIGTERM');
    await proc.wait();
  });

  it('watch -n 2 reruns its command every two virtual seconds', async () => {
    const m = programMachine();
    m.registry.register('sh', async (ctx) => { ctx.stdout.write(`ran ${ctx.argv.slice(2).join(' ')}\n`); return 0; });
    m.fs.writeFile('/usr/bin/sh', '\x7fELF podlab:sh\n', { mode: 0o755 });
    const out = new Pipe();
    const { proc } = m.start(['watch', '-n', '2', 'date'], { stdout: out });
    await settle();
    await m.clock.runUntil(m.clock.now() + 4000, settle);
    const screen = out.drain();
    expect(screen.match(/ran date/g)).toHaveLength(3);
    expect(screen).toContain('Every 2.0s: date');
    expect(screen).toContain('controlplane: Mon Jan  5 09:00:04 2026');
    proc.kill('SIGINT');
    await proc.wait();
  });

  it('cat copies stdin chunks as they arrive, before input ends', async () => {
    const m = programMachine();
    const input = new Pipe();
    const out = new Pipe();
    const { proc } = m.start(['cat'], { stdin: input, stdout: out });
    input.write('first\n');
    await settle();
    expect(out.drain()).toBe('first\n');
    input.close();
    expect((await proc.wait()).code).toBe(0);
  });
});

describe('runaway work stays interruptible', () => {
  it('awk BEGIN { while (1) n++ } ends on Ctrl-C', async () => {
    const m = programMachine();
    const { proc } = m.start(['awk', 'BEGIN { while (1) n++ }']);
    for (let i = 0; i < 5; i++) await settle();
    expect(proc.alive).toBe(true);
    proc.kill('SIGINT');
    expect((await proc.wait()).code).toBe(130);
  });

  it('seq 1 100000000 | head -3 stops early', async () => {
    const m = programMachine();
    const r = await m.pipeline([['seq', '100000000'], ['head', '-3']]);
    expect(r.stdout).toBe('1\n2\n3\n');
  });
});
