// kubectl exec: runs a command in a container through the kubelet, with -i/-t, the
// defaulted-container notice, and the command's exit status as kubectl's own.
// Models staging/src/k8s.io/kubectl/pkg/cmd/exec/exec.go (Complete, Validate, Run).

import type { Pod, Status } from '../../sim/api/types.ts';
import type { Command } from '../cli/command.ts';
import { CliError, statusText, usageError } from '../cli/errors.ts';
import { defaultContainer } from '../container-default.ts';
import { isStatus } from '../fetch.ts';
import { lookupResourceType } from '../resource-types.ts';

export const execCommand: Command = {
  name: 'exec',
  flags: [
    { name: 'container', shorthand: 'c', type: 'string' },
    { name: 'stdin', shorthand: 'i', type: 'bool' },
    { name: 'tty', shorthand: 't', type: 'bool' },
    { name: 'quiet', shorthand: 'q', type: 'bool' },
    { name: 'filename', shorthand: 'f', type: 'stringSlice' },
    { name: 'pod-running-timeout', type: 'string' },
  ],
  async run(inv) {
    const { flags } = inv;
    if (inv.args.length === 0 || inv.argsLenAtDash === 0) throw new CliError('error: pod, type/name or --filename must be specified');
    if (inv.argsLenAtDash < 0 && inv.args.length > 1) {
      throw usageError(inv.commandPath, 'exec [POD] [COMMAND] is not supported anymore. Use exec [POD] -- [COMMAND] instead');
    }
    const command = inv.argsLenAtDash >= 0 ? inv.args.slice(inv.argsLenAtDash) : [];
    if (command.length === 0) throw new CliError('error: you must specify at least one command for the container');
    let name = inv.args[0];
    if (name.includes('/')) {
      const typed = name.slice(0, name.indexOf('/'));
      const type = lookupResourceType(typed);
      if (!type) throw new CliError(`error: the server doesn't have a resource type "${typed}"`);
      if (type.name !== 'pods') throw new CliError(`error: cannot attach to *v1.${type.kind}: selector for *v1.${type.kind} not implemented`);
      name = name.slice(name.indexOf('/') + 1);
    }
    const pod = inv.cluster.api.get<Pod>({ resource: 'pods', namespace: inv.namespace, name });
    if (isStatus(pod)) throw new CliError(statusText(pod));
    const phase = pod.status?.phase;
    if (phase === 'Succeeded' || phase === 'Failed') throw new CliError(`error: cannot exec into a container in a completed pod; current phase is ${phase}`);
    let container = flags.string('container');
    // A named container is checked by the API server, which answers for an unknown one.
    if (!container) {
      const chosen = defaultContainer(pod);
      if (chosen.notice && !flags.bool('quiet')) inv.err(chosen.notice);
      container = chosen.name;
    }
    const stdin = flags.bool('stdin');
    const kubelet = inv.cluster.kubelet(pod.spec.nodeName ?? '');
    if (!kubelet) throw new CliError(`error: unable to upgrade connection: pod does not exist`);
    const result = await kubelet.exec(inv.namespace, name, container, command, {
      stdin: stdin ? inv.ctx.stdin : undefined, stdout: inv.ctx.stdout, stderr: inv.ctx.stderr, tty: flags.bool('tty') && stdin,
      terminal: flags.bool('tty') && stdin ? inv.ctx.terminal : undefined,
    });
    if (isStatus(result)) throw new CliError(upgradeError(result));
    if (result.exitCode !== 0) throw new CliError(`command terminated with exit code ${result.exitCode}`, result.exitCode);
    return 0;
  },
};

/** Failures of the stream itself (the upgrade, the runtime's exec) print as kubectl's own errors; others as API errors. */
export function upgradeError(status: Status): string {
  return /^(unable to upgrade connection|Internal error occurred)/.test(status.message) ? `error: ${status.message}` : statusText(status);
}
