import { describe, expect, it } from 'vitest';
import { execProbe } from '../../../../src/sim/kubelet/prober/exec-probe.ts';
import type { RuntimeResult } from '../../../../src/sim/cri/types.ts';

const runtime = (r: RuntimeResult<{ exitCode: number; output: string }>) => ({ execSync: async () => r });

describe('exec probes', () => {
  it.each([
    ['exit 0 is success', { ok: true as const, exitCode: 0, output: 'ok\n' }, { result: 'success', output: 'ok\n' }],
    ['a non-zero exit fails with the output', { ok: true as const, exitCode: 1, output: "cat: can't open '/tmp/healthy': No such file or directory\n" },
      { result: 'failure', output: "cat: can't open '/tmp/healthy': No such file or directory\n" }],
    ['a timeout fails with the timeout error', { ok: false as const, reason: 'DeadlineExceeded', message: 'command "sleep 5" timed out' },
      { result: 'failure', output: 'command "sleep 5" timed out' }],
    ['a missing command fails with runc\'s text, without the exec id', {
      ok: false as const, reason: 'Unknown',
      message: 'rpc error: code = Unknown desc = failed to exec in container: failed to start exec "abc": OCI runtime exec failed: exec failed: unable to start container process: exec: "nope": executable file not found in $PATH: unknown',
    }, { result: 'failure', output: 'OCI runtime exec failed: exec failed: unable to start container process: exec: "nope": executable file not found in $PATH: unknown' }],
    ['a container that is gone errors', { ok: false as const, reason: 'NotFound', message: 'container not running' }, { result: 'error', error: 'container not running' }],
  ])('%s', async (_name, r, want) => {
    expect(await execProbe(runtime(r), 'c1', ['cat', '/tmp/healthy'], 1000)).toEqual(want);
  });
});
