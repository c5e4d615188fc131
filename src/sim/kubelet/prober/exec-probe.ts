// exec probes: the command runs in the container through the runtime; exit 0 is success and
// the combined output is what the Unhealthy event shows.
// Models pkg/probe/exec/exec.go (Probe) and pkg/kubelet/prober/prober.go (newExecInContainer)

import type { RuntimeService } from '../../cri/types.ts';
import type { ProbeOutcome } from './probe-outcome.ts';

export async function execProbe(runtime: Pick<RuntimeService, 'execSync'>, containerId: string, command: string[], timeoutMs: number): Promise<ProbeOutcome> {
  const r = await runtime.execSync(containerId, command, timeoutMs);
  if (!r.ok) {
    // A timed-out command is a failure whose output is the timeout error (ExecProbeTimeout, GA).
    if (r.reason === 'DeadlineExceeded') return { result: 'failure', output: r.message };
    // containerd's ExecSync reports a command that cannot start as its output, with a failing
    // exit code: the probe fails (not errors) with runc's text, the same on every run.
    const oci = r.message.indexOf('OCI runtime exec failed');
    if (oci >= 0) return { result: 'failure', output: r.message.slice(oci) };
    return { result: 'error', error: r.message };
  }
  return { result: r.exitCode === 0 ? 'success' : 'failure', output: r.output };
}
