// kubectl debug POD --image=…: adds an ephemeral container to a running pod through the
// pods/ephemeralcontainers subresource (optionally sharing a target container's processes),
// then with -i waits for it to run and attaches. `--copy-to` debugs a copy of the pod instead.
// Models staging/src/k8s.io/kubectl/pkg/cmd/debug/debug.go (Complete, Validate,
// debugByEphemeralContainer, generateDebugContainer, waitForContainer, handleAttachPod).

import type { EphemeralContainer, Pod } from '../../sim/api/types.ts';
import type { Command, Invocation } from '../cli/command.ts';
import { CliError, statusText } from '../cli/errors.ts';
import { isStatus } from '../fetch.ts';
import { nameSuffix } from '../name-suffix.ts';
import { resolveType } from '../resource-args.ts';
import { attachToContainer, checkTerminal } from './attach-session.ts';
import { debugByCopy } from './debug-copy.ts';
import { debugNode } from './debug-node.ts';
import { applyProfile, PROFILES } from './debug-profiles.ts';
import { waitForPod } from './wait-running.ts';

const LEGACY_WARNING = '--profile=legacy is deprecated and will be removed in the future. It is recommended to explicitly specify a profile, for example "--profile=general".\n';

export const debugCommand: Command = {
  name: 'debug',
  flags: [
    { name: 'arguments-only', type: 'bool' },
    { name: 'attach', type: 'bool' },
    { name: 'container', shorthand: 'c', type: 'string' },
    { name: 'copy-to', type: 'string' },
    { name: 'custom', type: 'string' },
    { name: 'env', type: 'stringArray' },
    { name: 'filename', shorthand: 'f', type: 'stringSlice' },
    { name: 'image', type: 'string' },
    { name: 'image-pull-policy', type: 'string' },
    { name: 'keep-annotations', type: 'bool' },
    { name: 'keep-init-containers', type: 'bool' },
    { name: 'keep-labels', type: 'bool' },
    { name: 'keep-liveness', type: 'bool' },
    { name: 'keep-readiness', type: 'bool' },
    { name: 'keep-startup', type: 'bool' },
    { name: 'profile', type: 'string' },
    { name: 'quiet', shorthand: 'q', type: 'bool' },
    { name: 'replace', type: 'bool' },
    { name: 'same-node', type: 'bool' },
    { name: 'set-image', type: 'stringSlice' },
    { name: 'share-processes', type: 'bool' },
    { name: 'stdin', shorthand: 'i', type: 'bool' },
    { name: 'target', type: 'string' },
    { name: 'tty', shorthand: 't', type: 'bool' },
  ],
  async run(inv) {
    const { flags } = inv;
    const image = flags.string('image');
    const copyTo = flags.string('copy-to');
    const names = inv.argsLenAtDash >= 0 ? inv.args.slice(0, inv.argsLenAtDash) : inv.args;
    const command = inv.argsLenAtDash >= 0 ? inv.args.slice(inv.argsLenAtDash) : [];
    if (!image && !copyTo) throw new CliError('error: you must specify --image when not using --copy-to.');
    if (names.length === 0 && flags.list('filename').length === 0) throw new CliError('error: NAME or filename is required for debug');
    const stdin = flags.bool('stdin');
    if (flags.bool('tty') && !stdin) throw new CliError('error: -i/--stdin is required for containers with -t/--tty=true');
    const target = flags.string('target');
    if (target && copyTo) throw new CliError('error: --target is incompatible with --copy-to. Use --share-processes instead.');
    const profile = flags.string('profile') || 'legacy';
    if (!PROFILES.includes(profile)) throw new CliError(`error: unknown profile: ${profile}`);
    const pullPolicy = flags.string('image-pull-policy');
    if (pullPolicy && !['Always', 'IfNotPresent', 'Never'].includes(pullPolicy)) {
      throw new CliError(`error: invalid image pull policy: ${pullPolicy}`);
    }
    const quiet = flags.bool('quiet');
    if (target && !quiet) {
      inv.out(`Targeting container "${target}". If you don't see processes from this container it may be because the container runtime doesn't support this feature.\n`);
    }
    if (profile === 'legacy') inv.err(LEGACY_WARNING);
    const tty = stdin && checkTerminal(inv, { stdin, tty: flags.bool('tty'), quiet });
    const attach = flags.has('attach') ? flags.bool('attach') : stdin;
    for (const arg of names) {
      const slash = arg.indexOf('/');
      if (slash > 0 && ['node', 'nodes', 'no'].includes(arg.slice(0, slash))) {
        const debugged = debugNode(inv, arg.slice(slash + 1), { image, command, stdin, tty, profile, pullPolicy });
        if (attach) await attachWhenRunning(inv, debugged.pod, debugged.container, { stdin, tty, quiet });
        continue;
      }
      const pod = getPod(inv, arg);
      if (copyTo) {
        const copy = await debugByCopy(inv, pod, { copyTo, image, command, stdin, tty, profile, quiet });
        if (attach) await attachWhenRunning(inv, copy.pod, copy.container, { stdin, tty, quiet });
        continue;
      }
      const debugged = addEphemeralContainer(inv, pod, { image, command, stdin, tty, target, profile, quiet, pullPolicy });
      if (attach) await attachWhenRunning(inv, debugged.pod, debugged.container, { stdin, tty, quiet });
    }
    return 0;
  },
};

function getPod(inv: Invocation, arg: string): Pod {
  let name = arg;
  if (arg.includes('/')) {
    const type = resolveType(arg.slice(0, arg.indexOf('/')));
    name = arg.slice(arg.indexOf('/') + 1);
    if (type.name !== 'pods') {
      throw new CliError(statusText({
        apiVersion: 'v1', kind: 'Status', metadata: {}, status: 'Failure', reason: 'NotFound', code: 404,
        message: `${type.group ? `${type.name}.${type.group}` : type.name} "${name}" not found`,
      }));
    }
  }
  const pod = inv.cluster.api.get<Pod>({ resource: 'pods', namespace: inv.namespace, name });
  if (isStatus(pod)) throw new CliError(statusText(pod));
  return pod;
}

interface EphemeralOptions {
  image: string;
  command: string[];
  stdin: boolean;
  tty: boolean;
  target: string;
  profile: string;
  quiet: boolean;
  pullPolicy: string;
}

/** generateDebugContainer + the strategic merge patch of pods/ephemeralcontainers. */
function addEphemeralContainer(inv: Invocation, pod: Pod, o: EphemeralOptions): { pod: Pod; container: string } {
  let name = inv.flags.string('container');
  if (!name) {
    const taken = new Set([...pod.spec.containers, ...(pod.spec.initContainers ?? []), ...(pod.spec.ephemeralContainers ?? [])].map((c) => c.name));
    for (let i = 0; !name || taken.has(name); i++) name = `debugger-${nameSuffix(`${pod.metadata.uid}/${pod.metadata.resourceVersion}/${inv.ctx.now()}/${i}`)}`;
    if (!o.quiet) inv.out(`Defaulting debug container name to ${name}.\n`);
  }
  const ec: EphemeralContainer = { name, image: o.image } as EphemeralContainer;
  if (o.command.length > 0) ec[inv.flags.bool('arguments-only') ? 'args' : 'command'] = o.command;
  const env = inv.flags.list('env').map((e) => ({ name: e.slice(0, Math.max(0, e.indexOf('='))) || e, value: e.includes('=') ? e.slice(e.indexOf('=') + 1) : '' }));
  if (env.length > 0) ec.env = env;
  if (o.pullPolicy) ec.imagePullPolicy = o.pullPolicy;
  ec.resources = {};
  if (o.stdin) ec.stdin = true;
  if (o.tty) ec.tty = true;
  ec.terminationMessagePolicy = 'File';
  if (o.target) ec.targetContainerName = o.target;
  applyProfile(o.profile, ec);
  const patched = inv.cluster.api.patch<Pod>({
    resource: 'pods', namespace: pod.metadata.namespace ?? inv.namespace, name: pod.metadata.name ?? '',
    patchType: 'strategic', subresource: 'ephemeralcontainers', body: { spec: { ephemeralContainers: [ec] } },
    options: { fieldManager: 'kubectl-debug' },
  });
  if (isStatus(patched)) throw new CliError(statusText(patched));
  return { pod: patched, container: name };
}

/** waitForContainer, then attach — or the logs of a container that already finished. */
async function attachWhenRunning(inv: Invocation, pod: Pod, container: string, o: { stdin: boolean; tty: boolean; quiet: boolean }): Promise<void> {
  const namespace = pod.metadata.namespace ?? inv.namespace;
  const name = pod.metadata.name ?? '';
  const warned = new Set<string>();
  const ready = await waitForPod(inv, namespace, name, Number.MAX_SAFE_INTEGER / 2, (p) => {
    const s = statusOf(p, container);
    if (!s) return false;
    if (s.state?.running || s.state?.terminated) return true;
    const message = s.state?.waiting?.message;
    if (message && !o.quiet && !warned.has(message)) {
      warned.add(message);
      inv.err(`Warning: container ${container}: ${message}\n`);
    }
    return false;
  });
  if (typeof ready === 'string') throw new CliError(ready);
  if (statusOf(ready, container)?.state?.terminated) {
    const kubelet = inv.cluster.kubelet(ready.spec.nodeName ?? '');
    const logs = kubelet?.logs(namespace, name, container, { follow: true });
    if (!logs || isStatus(logs)) return;
    for (let chunk = await logs.read(); chunk !== null; chunk = await logs.read()) inv.out(chunk);
    return;
  }
  await attachToContainer(inv, ready, container, { ...o, commandName: 'kubectl attach' });
}

function statusOf(pod: Pod, container: string) {
  const st = pod.status ?? {};
  return [...(st.ephemeralContainerStatuses ?? []), ...(st.containerStatuses ?? []), ...(st.initContainerStatuses ?? [])].find((c) => c.name === container);
}
