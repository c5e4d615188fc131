// The CRI container config for one container instance: environment, command and arguments,
// user, mounts, limits. Failures here are CreateContainerConfigError with upstream's texts.
// Models pkg/kubelet/kuberuntime/kuberuntime_container.go (generateContainerConfig),
// security_context_others.go (verifyRunAsNonRoot) and pkg/kubelet/container/helpers.go
// (ExpandContainerCommandAndArgs)

import type { Container, Pod } from '../../api/types.ts';
import { toBytes, toMillis } from '../../api/quantity.ts';
import type { ContainerConfig, ImageInfo, MountSpec } from '../../cri/types.ts';
import { formatPod } from '../format.ts';
import { expand, makeEnvironmentVariables, type EnvContext, type EnvSource } from './env.ts';

export const CreateContainerConfigError = 'CreateContainerConfigError';

/** An image config's entrypoint and cmd, when the image service tells them (optional in the CRI). */
interface ImageEntrypoint {
  entrypoint?: string[];
  cmd?: string[];
}

function imageEntrypoint(image: ImageInfo): ImageEntrypoint | undefined {
  const withConfig = image as ImageInfo & { config?: ImageEntrypoint; entrypoint?: string[]; cmd?: string[] };
  if (withConfig.config) return withConfig.config;
  if (withConfig.entrypoint || withConfig.cmd) return { entrypoint: withConfig.entrypoint, cmd: withConfig.cmd };
  return undefined;
}

/**
 * Docker's rule, which containerd applies: `command` replaces the entrypoint and drops the
 * image's cmd; `args` alone replaces only the cmd. Without the image's config the runtime merges.
 */
export function resolveCommand(container: Container, image: ImageEntrypoint | undefined, env: Record<string, string>): { command?: string[]; args?: string[] } {
  const command = container.command?.map((c) => expand(c, env));
  const args = container.args?.map((a) => expand(a, env));
  if (!image) return { command, args };
  if (command && command.length > 0) return { command, args: args ?? [] };
  if (args && args.length > 0) return { command: image.entrypoint ?? [], args };
  return { command: image.entrypoint ?? [], args: image.cmd ?? [] };
}

/** `uid[:gid]` or a name; '' is root. */
export function parseImageUser(user: string): { uid?: number; gid?: number; name?: string } {
  if (user === '') return { uid: 0 };
  const [u, g] = user.split(':');
  const uid = /^\d+$/.test(u) ? Number(u) : undefined;
  const gid = g !== undefined && /^\d+$/.test(g) ? Number(g) : undefined;
  return uid === undefined ? { name: u, gid } : { uid, gid };
}

export function verifyRunAsNonRoot(pod: Pod, container: Container, image: ImageInfo): string | undefined {
  const sc = container.securityContext, psc = pod.spec.securityContext;
  const runAsNonRoot = sc?.runAsNonRoot ?? psc?.runAsNonRoot;
  if (!runAsNonRoot) return undefined;
  const runAsUser = sc?.runAsUser ?? psc?.runAsUser;
  if (runAsUser !== undefined) {
    return runAsUser === 0 ? `container's runAsUser breaks non-root policy (pod: "${formatPod(pod)}", container: ${container.name})` : undefined;
  }
  const user = parseImageUser(image.user);
  if (user.uid === 0) return `container has runAsNonRoot and image will run as root (pod: "${formatPod(pod)}", container: ${container.name})`;
  if (user.uid === undefined && user.name) {
    return `container has runAsNonRoot and image has non-numeric user (${user.name}), cannot verify user is non-root (pod: "${formatPod(pod)}", container: ${container.name})`;
  }
  return undefined;
}

export interface ConfigInputs {
  pod: Pod;
  container: Container;
  image: ImageInfo;
  attempt: number;
  mounts: MountSpec[];
  envSource: EnvSource;
  envContext: EnvContext;
}

export type ConfigResult = { ok: true; config: ContainerConfig } | { ok: false; reason: string; message: string };

export function generateContainerConfig(input: ConfigInputs): ConfigResult {
  const { pod, container, image } = input;
  const env = makeEnvironmentVariables(pod, container, input.envSource, input.envContext);
  if (!env.ok) return { ok: false, reason: CreateContainerConfigError, message: env.message };
  const nonRoot = verifyRunAsNonRoot(pod, container, image);
  if (nonRoot) return { ok: false, reason: CreateContainerConfigError, message: nonRoot };
  const sc = container.securityContext, psc = pod.spec.securityContext;
  const imageUser = parseImageUser(image.user);
  const config: ContainerConfig = {
    name: container.name,
    image,
    ...resolveCommand(container, imageEntrypoint(image), env.env),
    env: env.env,
    mounts: input.mounts,
    attempt: input.attempt,
  };
  if (container.workingDir) config.workingDir = container.workingDir;
  const uid = sc?.runAsUser ?? psc?.runAsUser ?? imageUser.uid;
  const gid = sc?.runAsGroup ?? psc?.runAsGroup ?? imageUser.gid;
  if (uid !== undefined) config.uid = uid;
  if (gid !== undefined) config.gid = gid;
  const groups = [...(psc?.fsGroup !== undefined ? [psc.fsGroup] : []), ...(psc?.supplementalGroups ?? [])];
  if (groups.length) config.supplementalGroups = groups;
  if (sc?.readOnlyRootFilesystem) config.readOnlyRootFilesystem = true;
  if (sc?.capabilities) config.capabilities = { add: sc.capabilities.add ?? [], drop: sc.capabilities.drop ?? [] };
  if (sc?.privileged) config.privileged = true;
  // Only an explicit false sets no_new_privs (pkg/securitycontext AddNoNewPrivileges).
  if (sc?.allowPrivilegeEscalation === false) config.noNewPrivileges = true;
  const seccomp = sc?.seccompProfile?.type ?? psc?.seccompProfile?.type;
  if (seccomp) config.seccompProfile = seccomp;
  const limits = container.resources?.limits;
  if (limits?.memory) config.memoryLimitBytes = toBytes(limits.memory);
  if (limits?.cpu) config.cpuLimitMillis = toMillis(limits.cpu);
  if (container.tty) config.tty = true;
  if (container.stdin) config.stdin = true;
  if (container.stdinOnce) config.stdinOnce = true;
  config.terminationMessagePath = container.terminationMessagePath ?? '/dev/termination-log';
  return { ok: true, config };
}
