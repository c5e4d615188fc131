// Running a command inside a running container: collected (exec probes, `kubectl exec` without
// a terminal) or with live streams (`kubectl exec -it`). Models containerd
// pkg/cri/server/container_execsync.go.

import { Pipe, type Writer } from '../../os/pipe.ts';
import type { VirtualClock } from '../clock.ts';
import type { ExecStreams, RuntimeResult } from '../cri/types.ts';
import type { Random } from '../random.ts';
import type { Container } from './container.ts';
import { execStartError, rpcUnknown } from './oci-errors.ts';

function notRunning(c: Container | undefined, id?: string): { ok: false; reason: string; message: string } | undefined {
  if (!c) return { ok: false, reason: 'NotFound', message: `container "${id ?? ''}" not found` };
  if (c.state !== 'running') return { ok: false, reason: 'NotRunning', message: `container is in CONTAINER_${c.state.toUpperCase()} state` };
  return undefined;
}

export async function runExecSync(
  c: Container | undefined, command: string[], timeoutMs: number, clock: VirtualClock, random: Random,
): Promise<RuntimeResult<{ exitCode: number; output: string }>> {
  const bad = notRunning(c);
  if (bad || !c) return bad!;
  const found = c.lookup(command);
  if (!found.ok) return { ok: false, reason: 'ExecError', message: rpcUnknown(execStartError(random.hex(64), found.error)) };
  let output = '';
  const sink: Writer = { write: (s) => { output += s; return true; }, close: () => {}, closed: false };
  const process = c.spawnExec(found, { stdout: sink, stderr: sink });
  let timedOut = false;
  const timer = timeoutMs > 0 ? clock.setTimer(timeoutMs, () => { timedOut = true; process.kill('SIGKILL'); }) : undefined;
  const info = await process.exited;
  timer?.cancel();
  if (timedOut) return { ok: false, reason: 'DeadlineExceeded', message: `command "${command.join(' ')}" timed out` };
  return { ok: true, exitCode: info.code, output };
}

/**
 * An interactive exec. A command that cannot start is an error for kubectl to print after
 * `error: Internal error occurred: error executing command in container: `.
 */
export async function runExec(
  c: Container | undefined, command: string[], streams: ExecStreams, random: Random,
): Promise<RuntimeResult<{ exitCode: number }>> {
  const bad = notRunning(c);
  if (bad || !c) return bad!;
  const found = c.lookup(command);
  if (!found.ok) return { ok: false, reason: 'ExecError', message: execStartError(random.hex(64), found.error) };
  const process = c.spawnExec(found, { ...streams, stdin: streams.stdin ?? closedPipe() });
  const info = await process.exited;
  return { ok: true, exitCode: info.code };
}

function closedPipe(): Pipe {
  const p = new Pipe();
  p.close();
  return p;
}
