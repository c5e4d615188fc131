// /proc/<pid>/status of a container's main process: the lines that tell who it runs as and
// what the kernel lets it do — ids, capability sets, no_new_privs and seccomp.
// Models fs/proc/array.c (proc_pid_status, task_cap, task_seccomp) for the container's pid 1.

/** Capability numbers from include/uapi/linux/capability.h (CAP_LAST_CAP is 40 on Linux 6.8). */
const CAP_BITS: Record<string, number> = {
  CHOWN: 0, DAC_OVERRIDE: 1, DAC_READ_SEARCH: 2, FOWNER: 3, FSETID: 4, KILL: 5, SETGID: 6, SETUID: 7,
  SETPCAP: 8, LINUX_IMMUTABLE: 9, NET_BIND_SERVICE: 10, NET_BROADCAST: 11, NET_ADMIN: 12, NET_RAW: 13,
  IPC_LOCK: 14, IPC_OWNER: 15, SYS_MODULE: 16, SYS_RAWIO: 17, SYS_CHROOT: 18, SYS_PTRACE: 19,
  SYS_PACCT: 20, SYS_ADMIN: 21, SYS_BOOT: 22, SYS_NICE: 23, SYS_RESOURCE: 24, SYS_TIME: 25,
  SYS_TTY_CONFIG: 26, MKNOD: 27, LEASE: 28, AUDIT_WRITE: 29, AUDIT_CONTROL: 30, SETFCAP: 31,
  MAC_OVERRIDE: 32, MAC_ADMIN: 33, SYSLOG: 34, WAKE_ALARM: 35, BLOCK_SUSPEND: 36, AUDIT_READ: 37,
  PERFMON: 38, BPF: 39, CHECKPOINT_RESTORE: 40,
};

/** A capability set as the 16 hex digits /proc prints; 'ALL' is every capability the kernel knows. */
export function capMask(caps: Iterable<string>): string {
  let mask = 0n;
  for (const raw of caps) {
    const name = raw.toUpperCase().replace(/^CAP_/, '');
    if (name === 'ALL') for (const bit of Object.values(CAP_BITS)) mask |= 1n << BigInt(bit);
    else if (name in CAP_BITS) mask |= 1n << BigInt(CAP_BITS[name]);
  }
  return mask.toString(16).padStart(16, '0');
}

export interface ProcStatusInput {
  /** The command name (comm): the basename of the executable, at most 15 characters. */
  name: string;
  uid: number;
  gid: number;
  groups: number[];
  /** Effective (and permitted) capabilities: empty for a non-root process. */
  effective: Iterable<string>;
  /** The bounding set runc gave the container, kept whoever the process runs as. */
  bounding: Iterable<string>;
  noNewPrivs: boolean;
  /** seccomp filter mode: the runtime's default profile is a filter (2), Unconfined is 0. */
  seccomp: boolean;
}

export function procStatus(p: ProcStatusInput): string {
  const ids = (n: number) => `${n}\t${n}\t${n}\t${n}`;
  const groups = p.groups.length > 0 ? `${p.groups.join(' ')} ` : '';
  const eff = capMask(p.effective);
  return [
    `Name:\t${p.name.slice(0, 15)}`,
    'Umask:\t0022',
    'State:\tS (sleeping)',
    'Tgid:\t1',
    'Ngid:\t0',
    'Pid:\t1',
    'PPid:\t0',
    'TracerPid:\t0',
    `Uid:\t${ids(p.uid)}`,
    `Gid:\t${ids(p.gid)}`,
    'FDSize:\t64',
    `Groups:\t${groups}`,
    'Threads:\t1',
    'CapInh:\t0000000000000000',
    `CapPrm:\t${eff}`,
    `CapEff:\t${eff}`,
    `CapBnd:\t${capMask(p.bounding)}`,
    'CapAmb:\t0000000000000000',
    `NoNewPrivs:\t${p.noNewPrivs ? 1 : 0}`,
    `Seccomp:\t${p.seccomp ? 2 : 0}`,
    `Seccomp_filters:\t${p.seccomp ? 1 : 0}`,
    '',
  ].join('\n');
}
