// kubectl cp: copies one file between the machine and a container, carried by exec in the
// container (`cat`), with kubectl's argument rules and messages.
// Models staging/src/k8s.io/kubectl/pkg/cmd/cp/cp.go (copyToPod, copyFromPod); kubectl streams a
// tar archive, which for one file has the same effect.

import type { Pod } from '../../sim/api/types.ts';
import { Pipe } from '../../os/pipe.ts';
import type { Command, Invocation } from '../cli/command.ts';
import { CliError, statusText, usageError } from '../cli/errors.ts';
import { defaultContainer, hasContainer } from '../container-default.ts';
import { isStatus } from '../fetch.ts';
import { upgradeError } from './exec.ts';

interface Spec {
  pod?: string;
  namespace?: string;
  path: string;
}

function parseSpec(text: string, defaultNamespace: string): Spec {
  const colon = text.indexOf(':');
  if (colon <= 0) return { path: text };
  const ref = text.slice(0, colon);
  const slash = ref.indexOf('/');
  return slash >= 0 ? { namespace: ref.slice(0, slash), pod: ref.slice(slash + 1), path: text.slice(colon + 1) } : { namespace: defaultNamespace, pod: ref, path: text.slice(colon + 1) };
}

export const cpCommand: Command = {
  name: 'cp',
  flags: [{ name: 'container', shorthand: 'c', type: 'string' }, { name: 'no-preserve', type: 'bool' }, { name: 'retries', type: 'int' }],
  async run(inv) {
    if (inv.args.length !== 2) throw usageError(inv.commandPath, 'source and destination are required');
    const src = parseSpec(inv.args[0], inv.namespace);
    const dest = parseSpec(inv.args[1], inv.namespace);
    if (src.pod && dest.pod) throw new CliError('error: one of src or dest must be a local file specification');
    if (!src.pod && !dest.pod) throw new CliError('error: one of src or dest must be a remote file specification');
    if ((src.pod && src.path === '') || (dest.pod && dest.path === '')) throw new CliError('error: remote path cannot be empty');
    if (src.pod) return copyFromPod(inv, src, dest.path);
    return copyToPod(inv, src.path, dest);
  },
};

function target(inv: Invocation, spec: Spec): { pod: Pod; container: string } {
  const pod = inv.cluster.api.get<Pod>({ resource: 'pods', namespace: spec.namespace!, name: spec.pod! });
  if (isStatus(pod)) throw new CliError(statusText(pod));
  let container = inv.flags.string('container');
  if (container && !hasContainer(pod, container)) throw new CliError(`error: container ${container} not found in pod ${spec.pod}`);
  if (!container) {
    const chosen = defaultContainer(pod);
    if (chosen.notice) inv.err(chosen.notice);
    container = chosen.name;
  }
  return { pod, container };
}

async function run(inv: Invocation, spec: Spec, container: string, pod: Pod, command: string[], input?: string): Promise<{ out: string; err: string }> {
  const kubelet = inv.cluster.kubelet(pod.spec.nodeName ?? '');
  if (!kubelet) throw new CliError('error: unable to upgrade connection: pod does not exist');
  const stdout = new Pipe();
  const stderr = new Pipe();
  let stdin: Pipe | undefined;
  if (input !== undefined) {
    stdin = new Pipe();
    stdin.write(input);
    stdin.close();
  }
  const result = await kubelet.exec(spec.namespace!, spec.pod!, container, command, { stdin, stdout, stderr });
  stdout.close();
  stderr.close();
  if (isStatus(result)) throw new CliError(upgradeError(result));
  const err = stderr.drain();
  if (result.exitCode !== 0) throw new CliError(`error: ${err.trim() || `command terminated with exit code ${result.exitCode}`}`);
  return { out: stdout.drain(), err };
}

async function copyFromPod(inv: Invocation, src: Spec, local: string): Promise<number> {
  const { pod, container } = target(inv, src);
  inv.err('tar: removing leading \'/\' from member names\n'.slice(0, src.path.startsWith('/') ? undefined : 0));
  const { out } = await run(inv, src, container, pod, ['cat', src.path]);
  let dest = inv.ctx.resolve(local);
  try {
    if (inv.ctx.fs.stat(dest, inv.ctx.cred).type === 'dir') dest = `${dest}/${src.path.split('/').pop()}`;
  } catch {
    // A new file.
  }
  try {
    inv.ctx.fs.writeFile(dest, out, {}, inv.ctx.cred);
  } catch (e) {
    throw new CliError(`error: open ${local}: ${(e as Error).message}`);
  }
  return 0;
}

async function copyToPod(inv: Invocation, local: string, dest: Spec): Promise<number> {
  let content: string;
  try {
    content = inv.ctx.fs.readFile(inv.ctx.resolve(local), inv.ctx.cred);
  } catch {
    throw new CliError(`error: ${local} doesn't exist in local filesystem`);
  }
  const { pod, container } = target(inv, dest);
  await run(inv, dest, container, pod, ['sh', '-c', `cat > '${dest.path.replace(/'/g, `'\\''`)}'`], content);
  return 0;
}
