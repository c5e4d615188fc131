// kubectl logs: one container (defaulted with a notice), every container with --all-containers,
// pods chosen by -l, with --previous, --tail, --since, --timestamps, --prefix and -f.
// Models staging/src/k8s.io/kubectl/pkg/cmd/logs/logs.go and polymorphichelpers/logsforobject.go.

import type { Pod } from '../../sim/api/types.ts';
import type { Command, Invocation } from '../cli/command.ts';
import { CliError, statusText, usageError } from '../cli/errors.ts';
import type { KubeletEndpoints, LogOptions } from '../cluster.ts';
import { newBadRequest } from '../../sim/api/errors.ts';
import { defaultContainer, hasContainer } from '../container-default.ts';
import { durationFlagError, parseGoDuration } from '../duration-flag.ts';
import { isStatus, listObjects } from '../fetch.ts';
import { resolveType } from '../resource-args.ts';
import { lookupResourceType } from '../resource-types.ts';

const USAGE = "expected 'logs [-f] [-p] (POD | TYPE/NAME) [-c CONTAINER]'.\nPOD or TYPE/NAME is a required argument for the logs command";

export const logsCommand: Command = {
  name: 'logs',
  flags: [
    { name: 'container', shorthand: 'c', type: 'string' },
    { name: 'follow', shorthand: 'f', type: 'bool' },
    { name: 'previous', shorthand: 'p', type: 'bool' },
    { name: 'tail', type: 'int' },
    { name: 'since', type: 'string' },
    { name: 'since-time', type: 'string' },
    { name: 'timestamps', type: 'bool' },
    { name: 'all-containers', type: 'bool' },
    { name: 'all-pods', type: 'bool' },
    { name: 'prefix', type: 'bool' },
    { name: 'selector', shorthand: 'l', type: 'string' },
    { name: 'limit-bytes', type: 'int' },
    { name: 'max-log-requests', type: 'int' },
    { name: 'ignore-errors', type: 'bool' },
    { name: 'pod-running-timeout', type: 'string' },
    { name: 'insecure-skip-tls-verify-backend', type: 'bool' },
  ],
  async run(inv) {
    const { flags } = inv;
    const selector = flags.string('selector');
    if (inv.args.length === 0 && !selector) throw usageError(inv.commandPath, USAGE);
    if (selector && inv.args.length === 1) throw usageError(inv.commandPath, 'only a selector (-l) or a POD name is allowed');
    if (inv.args.length > 2) throw usageError(inv.commandPath, USAGE);
    let container = flags.string('container');
    if (inv.args.length === 2) {
      if (container) throw new CliError('error: only one of -c or an inline [CONTAINER] arg is allowed');
      container = inv.args[1];
    }
    const tail = flags.int('tail', -1);
    if (flags.bool('all-containers') && container) throw new CliError(`error: --all-containers=true should not be specified with container name ${container}`);
    if (flags.int('limit-bytes', 0) < 0) throw new CliError('error: --limit-bytes must be greater than 0');
    if (tail < -1) throw new CliError('error: --tail must be greater than or equal to -1');
    const base: LogOptions = {
      previous: flags.bool('previous'),
      follow: flags.bool('follow'),
      timestamps: flags.bool('timestamps'),
      // With a selector kubectl shows the last 10 lines of each container unless --tail says otherwise.
      tailLines: tail >= 0 ? tail : selector && !flags.has('tail') ? 10 : undefined,
    };
    if (flags.string('since') && flags.string('since-time')) throw new CliError('error: at most one of `sinceTime` or `sinceSeconds` may be specified');
    if (flags.string('since')) {
      const ms = parseGoDuration(flags.string('since'));
      if (ms === undefined) throw new CliError(durationFlagError('since', flags.string('since')));
      base.sinceSeconds = Math.max(1, Math.ceil(ms / 1000));
    }
    if (flags.string('since-time')) {
      const t = Date.parse(flags.string('since-time'));
      if (Number.isNaN(t)) throw new CliError(`error: parsing time "${flags.string('since-time')}" as "2006-01-02T15:04:05Z07:00": cannot parse "${flags.string('since-time')}" as "2006"`);
      base.sinceSeconds = Math.max(1, Math.ceil((inv.ctx.now() - t) / 1000));
    }

    let pods: Pod[];
    if (selector) {
      const list = listObjects(inv.cluster.api, resolveType('pods'), inv.namespace, { labelSelector: selector });
      if (isStatus(list)) throw new CliError(statusText(list));
      pods = list as Pod[];
      if (pods.length === 0) {
        inv.err(`No resources found in ${inv.namespace} namespace.\n`);
        return 0;
      }
    } else {
      pods = [findPod(inv, inv.args[0])];
    }
    const prefix = flags.bool('prefix');
    for (const pod of pods) {
      const names = containersToShow(inv, pod, container, flags.bool('all-containers'));
      for (const name of names) {
        const stream = podLogs(inv.cluster.kubelet(pod.spec.nodeName ?? ''), pod, name, base);
        if (isStatus(stream)) throw new CliError(statusText(stream));
        const tag = `[pod/${pod.metadata.name}/${name}] `;
        let partial = '';
        for (let chunk = await stream.read(); chunk !== null; chunk = await stream.read()) {
          if (!prefix) {
            inv.out(chunk);
            continue;
          }
          const lines = (partial + chunk).split('\n');
          partial = lines.pop() ?? '';
          if (lines.length > 0) inv.out(lines.map((l) => tag + l + '\n').join(''));
        }
        if (partial) inv.out(tag + partial);
      }
    }
    return 0;
  },
};

/** The API server's pods/log: a pod on no node has nothing to show yet. */
function podLogs(kubelet: KubeletEndpoints | undefined, pod: Pod, container: string, options: LogOptions) {
  const name = pod.metadata.name ?? '';
  if (!kubelet) return newBadRequest(`container "${container}" in pod "${name}" is waiting to start: ContainerCreating`);
  return kubelet.logs(pod.metadata.namespace ?? 'default', name, container, options);
}

function findPod(inv: Invocation, arg: string): Pod {
  let name = arg;
  if (arg.includes('/')) {
    const [typed, n] = [arg.slice(0, arg.indexOf('/')), arg.slice(arg.indexOf('/') + 1)];
    const type = lookupResourceType(typed);
    if (!type) throw new CliError(`error: the server doesn't have a resource type "${typed}"`);
    if (type.name !== 'pods') throw new CliError(`error: cannot get the logs from ${type.kind === 'Node' ? '*v1.Node' : type.name}: selector for *v1.${type.kind} not implemented`);
    name = n;
  }
  const pod = inv.cluster.api.get<Pod>({ resource: 'pods', namespace: inv.namespace, name });
  if (isStatus(pod)) {
    const text = pod.reason === 'NotFound' ? `error: error from server (NotFound): ${pod.message} in namespace "${inv.namespace}"` : statusText(pod);
    throw new CliError(text);
  }
  return pod;
}

function containersToShow(inv: Invocation, pod: Pod, container: string, all: boolean): string[] {
  if (all) {
    return [...(pod.spec.initContainers ?? []), ...pod.spec.containers, ...(pod.spec.ephemeralContainers ?? [])].map((c) => c.name);
  }
  if (container) {
    if (!hasContainer(pod, container)) throw new CliError(`error: container ${container} is not valid for pod ${pod.metadata.name}`);
    return [container];
  }
  const chosen = defaultContainer(pod);
  if (chosen.notice) inv.err(chosen.notice);
  return [chosen.name];
}
