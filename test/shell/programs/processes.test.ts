import { describe, expect, it } from 'vitest';
import { programMachine, settle } from '../../support/programs/program-machine.ts';

describe('pgrep and pkill', () => {
  it('pgrep finds processes by name, -l adds the name, -f matches the command line', async () => {
    const m = programMachine();
    const a = m.start(['sleep', '100']);
    m.start(['tail', '-f', '/etc/passwd']);
    await settle();
    expect((await m.run(['pgrep', 'sleep'])).stdout).toBe(`${a.proc.pid}\n`);
    expect((await m.run(['pgrep', '-l', 'sle'])).stdout).toBe(`${a.proc.pid} sleep\n`);
    expect((await m.run(['pgrep', '-f', 'sleep 1'])).stdout).toBe(`${a.proc.pid}\n`);
    expect((await m.run(['pgrep', 'nothing'])).status).toBe(1);
  });

  it('pkill signals every match (TERM by default, -9 to kill)', async () => {
    const m = programMachine();
    const a = m.start(['sleep', '100']);
    const b = m.start(['sleep', '200']);
    await settle();
    expect((await m.run(['pkill', '-9', 'sleep'])).status).toBe(0);
    expect((await a.proc.wait()).signal).toBe('SIGKILL');
    expect((await b.proc.wait()).signal).toBe('SIGKILL');
  });

  it('pgrep without a pattern says what it needs', async () => {
    expect(await programMachine().run(['pgrep'])).toEqual({ stdout: '', stderr: "pgrep: no matching criteria specified\nTry `pgrep --help' for more information.\n", status: 2 });
  });
});

describe('timeout', () => {
  it('ends a command that runs too long with 124 (GNU) on the virtual clock', async () => {
    const m = programMachine();
    const t0 = m.clock.now();
    expect((await m.run(['timeout', '2', 'sleep', '60'])).status).toBe(124);
    expect(m.clock.now() - t0).toBe(2000);
  });

  it('passes on the status of a command that finishes in time', async () => {
    expect((await programMachine().run(['timeout', '5', 'false'])).status).toBe(1);
  });

  it('busybox reports the signal status instead', async () => {
    expect((await programMachine({ flavour: 'busybox' }).run(['timeout', '1', 'sleep', '3'])).status).toBe(143);
  });
});
