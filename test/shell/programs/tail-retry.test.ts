import { describe, expect, it } from 'vitest';
import { Pipe } from '../../../src/os/pipe.ts';
import { programMachine, settle } from '../../support/programs/program-machine.ts';

// Texts from real busybox v1.35 (Debian) and GNU coreutils 9 `tail -F` on a file created later.
describe('tail -F waits for a file that does not exist yet', () => {
  it.each([
    ['busybox', "tail: can't open 'app.log': No such file or directory\n", 'tail: app.log has appeared; following end of new file\n'],
    ['coreutils', "tail: cannot open 'app.log' for reading: No such file or directory\n", "tail: 'app.log' has appeared;  following new file\n"],
  ] as const)('%s tail -F keeps running and prints the whole file once it appears', async (flavour, missing, appeared) => {
    const m = programMachine({ flavour });
    const out = new Pipe();
    const { proc, stderr } = m.start(['tail', '-F', 'app.log'], { stdout: out });
    await settle();
    expect(stderr.drain()).toBe(missing);
    expect(proc.alive).toBe(true);
    m.fs.writeFile('/root/app.log', 'GET / 200\nGET /cart 200\n');
    await m.clock.runUntil(m.clock.now() + 1000, settle);
    expect(stderr.drain()).toBe(appeared);
    expect(out.drain()).toBe('GET / 200\nGET /cart 200\n');
    m.fs.appendFile('/root/app.log', 'GET /checkout 500\n');
    await m.clock.runUntil(m.clock.now() + 1000, settle);
    expect(out.drain()).toBe('GET /checkout 500\n');
    proc.kill('SIGINT');
    expect((await proc.wait()).code).toBe(130);
  });

  it('busybox tail -f without retry still gives up with "no files"', async () => {
    const m = programMachine({ flavour: 'busybox' });
    const r = await m.run(['tail', '-f', 'app.log']);
    expect(r.stderr).toBe("tail: can't open 'app.log': No such file or directory\ntail: no files\n");
    expect(r.status).toBe(1);
  });
});
