// Who is asking, and the pure permission decision the kernel makes for them.
// Models fs/namei.c generic_permission() and include/linux/capability.h semantics.

export interface Cred {
  uid: number;
  gid: number;
  /** Supplementary groups. */
  groups: number[];
  /**
   * Effective capabilities ('CAP_CHOWN' or Kubernetes' spelling 'CHOWN'). When absent, uid 0
   * holds every capability and other users none — a container's securityContext sets it.
   */
  caps?: Set<string>;
}

export const ROOT: Cred = Object.freeze({ uid: 0, gid: 0, groups: [0] }) as Cred;

export function hasCap(cred: Cred, cap: string): boolean {
  const bare = cap.startsWith('CAP_') ? cap.slice(4) : cap;
  if (!cred.caps) return cred.uid === 0;
  return cred.caps.has(bare) || cred.caps.has('CAP_' + bare) || cred.caps.has('ALL');
}

export function inGroup(cred: Cred, gid: number): boolean {
  return cred.gid === gid || cred.groups.includes(gid);
}

export type Access = 'r' | 'w' | 'x';

const BIT: Record<Access, number> = { r: 4, w: 2, x: 1 };

/**
 * May `cred` read, write or execute/search an inode with these owner ids and permission bits?
 * The class (owner, group, other) is chosen first and only its bits count, as on Linux.
 * CAP_DAC_OVERRIDE bypasses everything except executing a file with no x bit at all;
 * CAP_DAC_READ_SEARCH bypasses reading and searching directories.
 */
export function mayAccess(
  cred: Cred,
  owner: { uid: number; gid: number; mode: number; isDir: boolean },
  want: Access,
): boolean {
  const perm = owner.mode & 0o777;
  let bits: number;
  if (cred.uid === owner.uid) bits = perm >> 6;
  else if (inGroup(cred, owner.gid)) bits = perm >> 3;
  else bits = perm;
  if ((bits & BIT[want]) !== 0) return true;
  if (hasCap(cred, 'DAC_OVERRIDE')) {
    if (want !== 'x' || owner.isDir) return true;
    return (perm & 0o111) !== 0;
  }
  if (hasCap(cred, 'DAC_READ_SEARCH')) {
    if (want === 'r') return true;
    if (want === 'x' && owner.isDir) return true;
  }
  return false;
}

/** `mayAccess` for an inode-shaped value (anything with uid, gid, mode and a type). */
export function canAccess(cred: Cred, node: { uid: number; gid: number; mode: number; type: string }, want: Access): boolean {
  return mayAccess(cred, { uid: node.uid, gid: node.gid, mode: node.mode, isDir: node.type === 'dir' }, want);
}

/** May `cred` change the mode or times of a file it owns (or with CAP_FOWNER)? */
export function isOwnerOrCap(cred: Cred, uid: number): boolean {
  return cred.uid === uid || hasCap(cred, 'FOWNER');
}
