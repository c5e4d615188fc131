import { describe, expect, it } from 'vitest';
import { programMachine } from '../../support/programs/program-machine.ts';

describe('the busybox multi-call binary', () => {
  it('runs the applet its argv[0] names, as a symlink to /bin/busybox does', async () => {
    const m = programMachine({ flavour: 'busybox', files: { '/root/f': 'x\n' } });
    expect(await m.run(['/bin/cat', 'f'])).toEqual({ stdout: 'x\n', stderr: '', status: 0 });
  });

  it('runs `busybox APPLET ARGS` too', async () => {
    const m = programMachine({ flavour: 'busybox' });
    expect((await m.run(['busybox', 'echo', 'hi'])).stdout).toBe('hi\n');
  });

  it('lists its applets with --list, and has wget but no curl, jq or yq', async () => {
    const m = programMachine({ flavour: 'busybox' });
    const list = (await m.run(['busybox', '--list'])).stdout.split('\n');
    expect(list).toContain('wget');
    expect(list).toContain('ls');
    expect(list).not.toContain('curl');
    expect(list).not.toContain('jq');
  });

  it('says when an applet does not exist', async () => {
    const m = programMachine({ flavour: 'busybox' });
    expect(await m.run(['busybox', 'curl', 'x'])).toEqual({ stdout: '', stderr: 'curl: applet not found\n', status: 127 });
  });

  it('prints the banner and usage for --help', async () => {
    const m = programMachine({ flavour: 'busybox' });
    const r = await m.run(['mkdir', '--help']);
    expect(r.stderr).toMatch(/^BusyBox v1\.36\.1 .* multi-call binary\.\n\nUsage: mkdir \[-m MODE\] \[-p\] DIRECTORY\.\.\./);
  });
});
