import { describe, expect, it } from 'vitest';
import { programMachine, settle } from '../../support/programs/program-machine.ts';
import { ROOT } from '../../../src/os/fs/cred.ts';

async function withSleeper(flavour: 'coreutils' | 'busybox') {
  const m = programMachine({ flavour });
  // pid 1, the machine's init, has no terminal.
  m.start(['sleep', 'infinity']);
  const sleeper = m.start(['sleep', '3600'], { cred: { uid: 1000, gid: 1000, groups: [1000] } });
  await settle();
  return { m, sleeper };
}

describe('ps over the kernel process table', () => {
  it('ps -ef shows every process with its owner by name, parent and command line', async () => {
    const { m, sleeper } = await withSleeper('coreutils');
    const r = await m.run(['ps', '-ef']);
    const lines = r.stdout.split('\n');
    expect(lines[0]).toBe('UID          PID    PPID  C STIME TTY          TIME CMD');
    expect(lines[2]).toBe(`learner  ${String(sleeper.proc.pid).padStart(7)}       0  0 09:00 pts/0    00:00:00 sleep 3600`);
    expect(lines[1]).toMatch(/^root +1 +0  0 09:00 \? +00:00:00 sleep infinity$/);
    expect(lines[3]).toMatch(/^root +\d+ +0  0 09:00 pts\/0    00:00:00 ps -ef$/);
  });

  it('ps aux has the BSD columns', async () => {
    const { m } = await withSleeper('coreutils');
    const r = await m.run(['ps', 'aux']);
    expect(r.stdout.split('\n')[0]).toBe('USER         PID %CPU %MEM    VSZ   RSS TTY      STAT START   TIME COMMAND');
    expect(r.stdout).toMatch(/\nlearner +\d+  0\.0  0\.0 +\d+ +\d+ pts\/0    S\S* +09:00   0:00 sleep 3600\n/);
  });

  it('busybox ps prints PID USER TIME COMMAND', async () => {
    const { m, sleeper } = await withSleeper('busybox');
    const r = await m.run(['ps']);
    expect(r.stdout.split('\n').slice(0, 3)).toEqual(['PID   USER     TIME  COMMAND', '    1 root      0:00 sleep infinity', `${String(sleeper.proc.pid).padStart(5)} learner   0:00 sleep 3600`]);
  });
});

describe('kill', () => {
  it('sends SIGTERM by default and -9 kills', async () => {
    const { m, sleeper } = await withSleeper('coreutils');
    expect((await m.run(['kill', String(sleeper.proc.pid)])).status).toBe(0);
    expect((await sleeper.proc.wait()).code).toBe(143);
    const other = m.start(['sleep', '100']);
    await settle();
    await m.run(['kill', '-9', String(other.proc.pid)]);
    expect((await other.proc.wait()).signal).toBe('SIGKILL');
  });

  it('accepts -TERM, -s KILL and -SIGINT spellings', async () => {
    const m = programMachine();
    for (const args of [['-TERM'], ['-s', 'KILL'], ['-SIGINT']]) {
      const p = m.start(['sleep', '100'], { cred: ROOT });
      await settle();
      expect((await m.run(['kill', ...args, String(p.proc.pid)])).status).toBe(0);
      expect(p.proc.alive).toBe(false);
    }
  });

  it('reports a missing process in each flavour\'s words', async () => {
    expect((await programMachine().run(['kill', '99999'])).stderr).toBe('kill: (99999): No such process\n');
    expect((await programMachine({ flavour: 'busybox' }).run(['kill', '99999'])).stderr).toBe("kill: can't kill pid 99999: No such process\n");
  });

  it('lists signal names with -l', async () => {
    expect((await programMachine().run(['kill', '-l'])).stdout).toBe('HUP INT QUIT ILL TRAP ABRT BUS FPE KILL USR1 SEGV USR2 PIPE ALRM TERM STKFLT\nCHLD CONT STOP TSTP TTIN TTOU URG XCPU XFSZ VTALRM PROF WINCH POLL PWR SYS\n');
    expect((await programMachine({ flavour: 'busybox' }).run(['kill', '-l'])).stdout).toMatch(/^ 1\) HUP\n 2\) INT\n/);
  });
});
