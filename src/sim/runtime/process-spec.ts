// Pure decisions about a container's main process: its argv from the image and the Pod spec,
// its environment, its user and its capabilities.
// Models containerd pkg/cri/opts/spec_opts.go (WithProcessArgs) and oci/spec_opts.go (WithUser…).

import type { Cred } from '../../os/fs/cred.ts';
import { parseGroup, parsePasswd } from '../../os/users.ts';

/**
 * command replaces the image's ENTRYPOINT (and drops its CMD); args alone replace CMD.
 * Models containerd WithProcessArgs.
 */
export function processArgs(image: { entrypoint?: string[]; cmd?: string[] }, command?: string[], args?: string[]): string[] {
  if (command && command.length > 0) return [...command, ...(args ?? [])];
  const entrypoint = image.entrypoint ?? [];
  const rest = args && args.length > 0 ? args : image.cmd ?? [];
  return [...entrypoint, ...rest];
}

/**
 * PATH and the image's variables first, HOSTNAME second, then the container's own variables
 * (replacing the image's in place), HOME last when nothing set it — the order `env` shows in a Pod.
 */
export function processEnv(imageEnv: string[], hostname: string, env: Record<string, string>, home: string): Record<string, string> {
  const out: Record<string, string> = {};
  const pairs = imageEnv.map((kv) => {
    const eq = kv.indexOf('=');
    return eq < 0 ? [kv, ''] : [kv.slice(0, eq), kv.slice(eq + 1)];
  });
  const path = pairs.find(([k]) => k === 'PATH');
  if (path) out.PATH = path[1];
  out.HOSTNAME = hostname;
  for (const [k, v] of pairs) if (k !== 'PATH') out[k] = v;
  for (const [k, v] of Object.entries(env)) out[k] = v;
  if (!('HOME' in out)) out.HOME = home;
  return out;
}

export type UserResult = { ok: true; uid: number; gid: number; groups: number[]; home: string } | { ok: false; message: string };

/**
 * Who the process runs as: runAsUser/runAsGroup when set, else the image's USER (`name`,
 * `uid`, `uid:gid`, `name:group`), looked up in the container's /etc/passwd and /etc/group.
 */
export function resolveUser(
  imageUser: string,
  override: { uid?: number; gid?: number; supplementalGroups?: number[] },
  etc: { passwd: string; group: string },
): UserResult {
  const passwd = parsePasswd(etc.passwd);
  const groups = parseGroup(etc.group);
  let uid: number;
  let gid: number | undefined;
  const [userPart, groupPart] = imageUser === '' ? ['0', undefined] : imageUser.split(':');
  if (override.uid !== undefined) uid = override.uid;
  else if (/^\d+$/.test(userPart)) uid = Number(userPart);
  else {
    const named = passwd.find((p) => p.name === userPart);
    if (!named) return { ok: false, message: `unable to find user ${userPart}: no matching entries in passwd file` };
    uid = named.uid;
  }
  const entry = passwd.find((p) => p.uid === uid);
  gid = entry?.gid ?? 0;
  // The image's group applies only to the image's user; runAsUser alone takes the passwd group.
  if (override.uid === undefined && groupPart !== undefined) {
    if (/^\d+$/.test(groupPart)) gid = Number(groupPart);
    else {
      const g = groups.find((x) => x.name === groupPart);
      if (!g) return { ok: false, message: `unable to find group ${groupPart}: no matching entries in group file` };
      gid = g.gid;
    }
  }
  if (override.gid !== undefined) gid = override.gid;
  const memberOf = entry ? groups.filter((g) => g.members.includes(entry.name)).map((g) => g.gid) : [];
  // setgroups(2) keeps the list sorted, so getgroups (and `id`) reports it in numeric order.
  const all = [...new Set([gid, ...memberOf, ...(override.supplementalGroups ?? [])])].sort((a, b) => a - b);
  return { ok: true, uid, gid, groups: all, home: entry?.home ?? '/' };
}

/** containerd's default capability set for a container. */
export const DEFAULT_CAPABILITIES = [
  'CHOWN', 'DAC_OVERRIDE', 'FSETID', 'FOWNER', 'MKNOD', 'NET_RAW', 'SETGID', 'SETUID', 'SETFCAP',
  'SETPCAP', 'NET_BIND_SERVICE', 'SYS_CHROOT', 'KILL', 'AUDIT_WRITE',
];

/**
 * The bounding set runc gives the container: the default set, minus drops, plus adds; every
 * capability when privileged. Models containerd's WithCapabilities / WithPrivileged.
 */
export function boundingSet(options: { add?: string[]; drop?: string[]; privileged?: boolean }): Set<string> {
  if (options.privileged) return new Set(['ALL']);
  const bare = (c: string) => c.toUpperCase().replace(/^CAP_/, '');
  const drop = new Set((options.drop ?? []).map(bare));
  let caps = drop.has('ALL') ? [] : DEFAULT_CAPABILITIES.filter((c) => !drop.has(c));
  for (const c of (options.add ?? []).map(bare)) {
    if (c === 'ALL') return new Set(['ALL']);
    if (!caps.includes(c)) caps = [...caps, c];
  }
  return new Set(caps);
}

/**
 * Effective capabilities of the container's processes: the bounding set for root. A non-root
 * process holds none of them, privileged or not: execve(2) clears the permitted set of a
 * non-root caller when no ambient capabilities are set, and containerd sets none.
 */
export function capabilities(uid: number, options: { add?: string[]; drop?: string[]; privileged?: boolean }): Set<string> {
  if (uid !== 0) return new Set();
  return boundingSet(options);
}

export function credOf(user: { uid: number; gid: number; groups: number[] }, caps: Set<string>): Cred {
  return { uid: user.uid, gid: user.gid, groups: user.groups, caps };
}
