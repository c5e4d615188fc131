// kubectl run: builds a Pod (labels run=NAME, the image's name for the container, args or
// --command after `--`) in Go field order, prints it for --dry-run=client or creates it, and
// with -i/-t/--attach (and --rm) attaches to it and cleans up after.
// Models staging/src/k8s.io/kubectl/pkg/cmd/run/run.go and generate/versioned/run.go (BasicPod).

import type { KubeObject, Pod } from '../../sim/api/types.ts';
import type { Command, Invocation } from '../cli/command.ts';
import { CliError, statusText } from '../cli/errors.ts';
import { isStatus } from '../fetch.ts';
import { dryRunStrategy, fieldValidation, printWritten, WRITE_FLAGS, writeOutputFormat } from './write-flags.ts';
import { waitForPod } from './wait-running.ts';
import { attachToContainer, checkTerminal } from './attach-session.ts';
import { jsonPatch, mergePatch, strategicMergePatch } from '../../sim/apiserver/patch.ts';

const IMAGE_REFERENCE = /^(?:[a-zA-Z0-9.-]+(?::\d+)?\/)?[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*(?:\/[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*)*(?::[\w][\w.-]{0,127})?(?:@sha256:[a-f0-9]{64})?$/;

export const runCommand: Command = {
  name: 'run',
  flags: [
    ...WRITE_FLAGS,
    { name: 'image', type: 'string' },
    { name: 'restart', type: 'string' },
    { name: 'command', type: 'bool' },
    { name: 'env', type: 'stringArray' },
    { name: 'labels', shorthand: 'l', type: 'string' },
    { name: 'annotations', type: 'stringArray' },
    { name: 'port', type: 'string' },
    { name: 'expose', type: 'bool' },
    { name: 'image-pull-policy', type: 'string' },
    { name: 'privileged', type: 'bool' },
    { name: 'stdin', shorthand: 'i', type: 'bool' },
    { name: 'tty', shorthand: 't', type: 'bool' },
    { name: 'attach', type: 'bool' },
    { name: 'leave-stdin-open', type: 'bool' },
    { name: 'rm', type: 'bool' },
    { name: 'quiet', shorthand: 'q', type: 'bool' },
    { name: 'overrides', type: 'string' },
    { name: 'pod-running-timeout', type: 'string' },
    { name: 'override-type', type: 'string' },
    { name: 'save-config', type: 'bool' },
    { name: 'cascade', type: 'string', noOptDefault: 'background' },
    { name: 'filename', shorthand: 'f', type: 'stringSlice' },
    { name: 'force', type: 'bool' },
    { name: 'grace-period', type: 'int' },
    { name: 'timeout', type: 'string' },
    { name: 'wait', type: 'bool' },
  ],
  async run(inv) {
    const { flags } = inv;
    const image = flags.string('image');
    // cobra checks required flags before the command runs.
    if (!flags.has('image')) throw new CliError('error: required flag(s) "image" not set');
    if (inv.args.length === 0 || inv.argsLenAtDash === 0) throw new CliError('error: NAME is required for run');
    const name = inv.args[0];
    const rest = inv.args.slice(1);
    if (!image) throw new CliError('error: --image is required');
    if (!IMAGE_REFERENCE.test(image)) throw new CliError(`error: Invalid image name "${image}": invalid reference format`);
    if (flags.bool('tty') && !flags.bool('stdin')) throw new CliError('error: -i/--stdin is required for containers with -t/--tty=true');
    if (flags.bool('expose') && !flags.string('port')) throw new CliError('error: --port must be set when exposing a service');
    const interactive = flags.bool('stdin');
    const restart = flags.string('restart') || (interactive ? 'OnFailure' : 'Always');
    if (!['Always', 'OnFailure', 'Never'].includes(restart)) throw new CliError(`error: invalid restart policy: ${restart}`);
    const attach = flags.has('attach') ? flags.bool('attach') : interactive;
    if (!attach && flags.bool('rm')) throw new CliError('error: --rm should only be used for attached containers');
    const dryRun = dryRunStrategy(inv);
    if (attach && dryRun !== 'none') throw new CliError("error: --dry-run=[server|client] can't be used with attached containers options (--attach, --stdin, or --tty)");
    const pullPolicy = flags.string('image-pull-policy');
    if (pullPolicy && !['Always', 'IfNotPresent', 'Never'].includes(pullPolicy)) throw new CliError(`error: invalid image pull policy: ${pullPolicy}`);
    const format = writeOutputFormat(inv);
    const overrides = flags.string('overrides');
    const pod = overrides ? withOverrides(buildPod(inv, name, image, restart, rest), overrides, flags.string('override-type') || 'merge') : buildPod(inv, name, image, restart, rest);
    if (dryRun === 'client') {
      printWritten(inv, pod, 'created', dryRun, format, true);
      return 0;
    }
    const created = inv.cluster.api.create<Pod>({
      resource: 'pods', namespace: inv.namespace, body: { ...pod, metadata: { ...pod.metadata, namespace: inv.namespace } },
      options: { fieldManager: 'kubectl-run', fieldValidation: fieldValidation(inv), dryRun: dryRun === 'server' ? 'All' : undefined },
    });
    if (isStatus(created)) throw new CliError(statusText(created));
    if (!attach) {
      printWritten(inv, created, 'created', dryRun, format);
      return 0;
    }
    return attachToNewPod(inv, created, restart);
  },
};

/** --overrides: a JSON merge (default), strategic merge or JSON patch over the generated pod. */
function withOverrides(pod: KubeObject, text: string, type: string): KubeObject {
  if (!['json', 'merge', 'strategic'].includes(type)) throw new CliError(`error: invalid override type: ${type}`);
  let patch: unknown;
  try {
    patch = JSON.parse(text);
  } catch {
    throw new CliError(type === 'json' ? 'error: invalid character looking for beginning of object key string' : 'error: Invalid JSON Patch');
  }
  let result: unknown;
  if (type === 'json') {
    const patched = jsonPatch(pod, patch);
    if ('error' in patched) throw new CliError(`error: ${patched.error}`);
    result = patched.result;
  } else {
    result = type === 'merge' ? mergePatch(pod, patch) : strategicMergePatch(pod, patch);
  }
  if (typeof result !== 'object' || result === null || Array.isArray(result)) {
    throw new CliError(`error: couldn't get version/kind; json parse error: json: cannot unmarshal ${Array.isArray(result) ? 'array' : typeof result} into Go value of type struct { APIVersion string "json:\\"apiVersion,omitempty\\""; Kind string "json:\\"kind,omitempty\\"" }`);
  }
  const out = result as KubeObject & { spec?: { containers?: Record<string, unknown>[] } };
  // ResourceRequirements is a struct, so a re-encoded container always has `resources: {}`.
  for (const c of out.spec?.containers ?? []) c.resources ??= {};
  return out;
}

function buildPod(inv: Invocation, name: string, image: string, restart: string, rest: string[]): KubeObject {
  const { flags } = inv;
  const labels: Record<string, string> = {};
  const labelText = flags.string('labels');
  if (labelText) {
    for (const pair of labelText.split(',')) {
      const eq = pair.indexOf('=');
      if (eq <= 0) throw new CliError(`error: invalid label spec: ${pair}`);
      labels[pair.slice(0, eq)] = pair.slice(eq + 1);
    }
  } else {
    labels.run = name;
  }
  const container: Record<string, unknown> = { name, image };
  if (rest.length > 0) container[flags.bool('command') ? 'command' : 'args'] = rest;
  if (flags.string('port')) {
    const port = Number(flags.string('port'));
    if (!Number.isInteger(port)) throw new CliError(`error: strconv.Atoi: parsing "${flags.string('port')}": invalid syntax`);
    container.ports = [{ containerPort: port }];
  }
  const env = flags.list('env').map((e) => {
    const eq = e.indexOf('=');
    if (eq <= 0) throw new CliError(`error: invalid env: ${e}`);
    return { name: e.slice(0, eq), value: e.slice(eq + 1) };
  });
  if (env.length > 0) container.env = env;
  container.resources = {};
  if (flags.string('image-pull-policy')) container.imagePullPolicy = flags.string('image-pull-policy');
  if (flags.bool('privileged')) container.securityContext = { privileged: true };
  if (flags.bool('stdin')) {
    container.stdin = true;
    if (!flags.bool('leave-stdin-open')) container.stdinOnce = true;
  }
  if (flags.bool('tty')) container.tty = true;
  const annotations: Record<string, string> = {};
  for (const a of flags.list('annotations')) {
    const eq = a.indexOf('=');
    annotations[a.slice(0, eq)] = a.slice(eq + 1);
  }
  const metadata: Record<string, unknown> = { name, creationTimestamp: null, labels };
  if (Object.keys(annotations).length > 0) metadata.annotations = annotations;
  return {
    kind: 'Pod', apiVersion: 'v1', metadata,
    spec: { containers: [container], restartPolicy: restart, dnsPolicy: 'ClusterFirst' },
    status: {},
  } as unknown as KubeObject;
}

async function attachToNewPod(inv: Invocation, pod: Pod, restart: string): Promise<number> {
  const namespace = pod.metadata.namespace ?? inv.namespace;
  const name = pod.metadata.name ?? '';
  const container = pod.spec.containers[0].name;
  let failure: CliError | undefined;
  let code = 0;
  try {
    const ready = await waitForPod(inv, namespace, name, 60_000, (p) => isCompleted(p) || (p.status?.phase === 'Running' && isReady(p)));
    if (typeof ready === 'string') throw new CliError(ready);
    const kubelet = inv.cluster.kubelet(ready.spec.nodeName ?? '');
    if (!isCompleted(ready) && kubelet?.attach) {
      const quiet = inv.flags.bool('quiet');
      const stdin = inv.flags.bool('stdin');
      const tty = checkTerminal(inv, { stdin, tty: inv.flags.bool('tty'), quiet });
      await attachToContainer(inv, ready, container, { stdin, tty, quiet, commandName: 'kubectl attach' });
    } else {
      // Without an attach endpoint (or once the pod has finished) kubectl streams the logs.
      const result = await streamLogs(inv, ready, container);
      if (isStatus(result)) throw new CliError(statusText(result));
    }
    if (!inv.flags.bool('leave-stdin-open') && (restart === 'Never' || restart === 'OnFailure')) {
      const done = await waitForPod(inv, namespace, name, 7 * 24 * 3600_000, restart === 'Never' ? isCompleted : (p) => p.status?.phase === 'Succeeded');
      if (typeof done === 'string') throw new CliError(done);
      if (done.status?.phase === 'Failed') {
        const terminated = done.status.containerStatuses?.[0]?.state?.terminated;
        if (!terminated || terminated.exitCode === 0) throw new CliError(`error: pod ${namespace}/${name} failed with unknown exit code`);
        code = terminated.exitCode;
        failure = new CliError(`pod ${namespace}/${name} terminated (${terminated.reason ?? ''})\n${terminated.message ?? ''}`, code);
      }
    }
  } catch (e) {
    if (!(e instanceof CliError)) throw e;
    failure = e;
  }
  if (inv.flags.bool('rm')) {
    const deleted = inv.cluster.api.delete({ resource: 'pods', namespace, name });
    if (!isStatus(deleted)) inv.out(`pod "${name}" deleted\n`);
  }
  if (failure) throw failure;
  return code;
}

const isCompleted = (p: Pod) => p.status?.phase === 'Succeeded' || p.status?.phase === 'Failed';
const isReady = (p: Pod) => (p.status?.conditions ?? []).some((c) => c.type === 'Ready' && c.status === 'True');

async function streamLogs(inv: Invocation, pod: Pod, container: string): Promise<void | import('../../sim/api/types.ts').Status> {
  const kubelet = inv.cluster.kubelet(pod.spec.nodeName ?? '');
  if (!kubelet) return;
  const stream = kubelet.logs(pod.metadata.namespace ?? inv.namespace, pod.metadata.name ?? '', container, { follow: true });
  if (isStatus(stream)) return stream;
  for (let chunk = await stream.read(); chunk !== null; chunk = await stream.read()) inv.out(chunk);
}
