// The attach step shared by kubectl attach, run -i and debug -i: the prompt hint, the stream to
// the container's main process through the kubelet, and the note on how to come back.
// Models staging/src/k8s.io/kubectl/pkg/cmd/attach/attach.go (Run, reattachMessage).

import type { Reader } from '../../os/pipe.ts';
import type { Pod } from '../../sim/api/types.ts';
import type { Invocation } from '../cli/command.ts';
import { CliError } from '../cli/errors.ts';
import { isStatus } from '../fetch.ts';
import { upgradeError } from './exec.ts';

export interface AttachOptions {
  stdin: boolean;
  tty: boolean;
  quiet: boolean;
  /** `kubectl attach`, as the reattach note names it. */
  commandName: string;
}

/** Whether kubectl can put its terminal in raw mode: -t with stdin that is a terminal. */
export function rawTerminal(inv: Invocation, o: { stdin: boolean; tty: boolean }): boolean {
  return o.tty && o.stdin && inv.ctx.terminal !== undefined;
}

/** -t when kubectl's stdin is no terminal: the warning kubectl prints before going on without one. */
export function checkTerminal(inv: Invocation, o: { stdin: boolean; tty: boolean; quiet: boolean }): boolean {
  if (!o.tty || inv.ctx.terminal !== undefined) return o.tty;
  if (!o.quiet) inv.err('Unable to use a TTY - input is not a terminal or the right kind of file\n');
  return false;
}

export async function attachToContainer(inv: Invocation, pod: Pod, container: string, o: AttachOptions): Promise<void> {
  const namespace = pod.metadata.namespace ?? inv.namespace;
  const name = pod.metadata.name ?? '';
  const kubelet = inv.cluster.kubelet(pod.spec.nodeName ?? '');
  if (!kubelet?.attach) throw new CliError('error: unable to upgrade connection: pod does not exist');
  if (o.stdin && !o.quiet) inv.err("If you don't see a command prompt, try pressing enter.\n");
  const raw = rawTerminal(inv, o);
  const result = await kubelet.attach(namespace, name, container, {
    stdin: o.stdin ? clientInput(inv) : undefined, stdout: inv.ctx.stdout, stderr: inv.ctx.stderr, tty: o.tty,
    terminal: raw ? inv.ctx.terminal : undefined,
  });
  if (isStatus(result)) throw new CliError(upgradeError(result));
  const note = reattachMessage(pod, container, o, raw);
  if (note) inv.out(`${note}\n`);
}

/**
 * kubectl's stdin as the container sees it: killed (Ctrl-C on kubectl), kubectl stops sending
 * rather than ending the container's input, so its shell waits for the next attach.
 */
function clientInput(inv: Invocation): Reader {
  const stdin = inv.ctx.stdin;
  return {
    read: async (cancel) => {
      const gone = () => new Promise<never>(() => {});
      if (!inv.ctx.process.alive) return gone();
      try {
        const chunk = await stdin.read(cancel);
        return chunk === null && !inv.ctx.process.alive ? gone() : chunk;
      } catch (e) {
        // Reading on behalf of a process that was killed fails in the kernel.
        if (!inv.ctx.process.alive) return gone();
        throw e;
      }
    },
    drain: () => stdin.drain(),
    closeRead: () => stdin.closeRead(),
  };
}

/** The line after a session on a pod that restarts its containers, or '' for none. */
export function reattachMessage(pod: Pod, container: string, o: AttachOptions, raw: boolean): string {
  if (o.quiet || !o.stdin || !raw || (pod.spec.restartPolicy ?? 'Always') !== 'Always') return '';
  const name = pod.metadata.name ?? '';
  if ((pod.spec.ephemeralContainers ?? []).some((c) => c.name === container)) {
    return `Session ended, the ephemeral container will not be restarted but may be reattached using '${o.commandName} ${name} -c ${container} -i -t' if it is still running`;
  }
  return `Session ended, resume using '${o.commandName} ${name} -c ${container} -i -t' command when the pod is running`;
}
