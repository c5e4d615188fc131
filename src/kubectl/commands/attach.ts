// kubectl attach: connects to the main process of a running container — its output, and with
// -i its stdin (-t for a terminal).
// Models staging/src/k8s.io/kubectl/pkg/cmd/attach/attach.go (Complete, Validate, Run).

import type { Pod } from '../../sim/api/types.ts';
import type { Command } from '../cli/command.ts';
import { CliError, statusText } from '../cli/errors.ts';
import { defaultContainer } from '../container-default.ts';
import { isStatus } from '../fetch.ts';
import { resolveType } from '../resource-args.ts';
import { attachToContainer, checkTerminal } from './attach-session.ts';

export const attachCommand: Command = {
  name: 'attach',
  flags: [
    { name: 'container', shorthand: 'c', type: 'string' },
    { name: 'stdin', shorthand: 'i', type: 'bool' },
    { name: 'tty', shorthand: 't', type: 'bool' },
    { name: 'quiet', shorthand: 'q', type: 'bool' },
    { name: 'pod-running-timeout', type: 'string' },
  ],
  async run(inv) {
    const { flags, args } = inv;
    if (args.length === 0) throw new CliError('error: at least 1 argument is required for attach');
    if (args.length > 2) throw new CliError(`error: expected POD, TYPE/NAME, or TYPE NAME, (at most 2 arguments) saw ${args.length}: [${args.join(' ')}]`);
    let typed = 'pods';
    let name = args[0];
    if (args.length === 2) [typed, name] = args;
    else if (name.includes('/')) [typed, name] = [name.slice(0, name.indexOf('/')), name.slice(name.indexOf('/') + 1)];
    const type = resolveType(typed);
    if (type.name !== 'pods') throw new CliError(`error: cannot attach to *v1.${type.kind}: selector for *v1.${type.kind} not implemented`);
    const pod = inv.cluster.api.get<Pod>({ resource: 'pods', namespace: inv.namespace, name });
    if (isStatus(pod)) throw new CliError(statusText(pod));
    const phase = pod.status?.phase;
    if (phase === 'Succeeded' || phase === 'Failed') throw new CliError(`error: cannot attach a container in a completed pod; current phase is ${phase}`);
    const quiet = flags.bool('quiet');
    let container = flags.string('container');
    const specs = [...pod.spec.containers, ...(pod.spec.initContainers ?? []), ...(pod.spec.ephemeralContainers ?? [])];
    if (container) {
      if (!specs.some((c) => c.name === container)) throw new CliError(`error: cannot attach to the container: container ${container} not found in pod ${name}`);
    } else {
      const chosen = defaultContainer(pod);
      if (chosen.notice && !quiet) inv.err(chosen.notice);
      container = chosen.name;
    }
    const spec = specs.find((c) => c.name === container);
    const stdin = flags.bool('stdin');
    let tty = checkTerminal(inv, { stdin, tty: flags.bool('tty'), quiet });
    if (tty && !spec?.tty) {
      tty = false;
      if (!quiet) inv.err(`error: Unable to use a TTY - container ${container} did not allocate one\n`);
    } else if (!tty && spec?.tty) {
      // A container started with a TTY can only be attached with one.
      tty = true;
    }
    await attachToContainer(inv, pod, container, { stdin, tty, quiet, commandName: 'kubectl attach' });
    return 0;
  },
};
