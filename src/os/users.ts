// Users and groups of a machine or container, read from its /etc/passwd and /etc/group: the
// names `id`, `whoami`, `ls -l` and `ps` print. A uid with no entry is printed as a number,
// as in a container running as `runAsUser: 1000` on an image that does not know that user.

import type { Cred } from './fs/cred.ts';
import type { FileSystem } from './fs/file-system.ts';

export interface PasswdEntry {
  name: string;
  password: string;
  uid: number;
  gid: number;
  gecos: string;
  home: string;
  shell: string;
}

export interface GroupEntry {
  name: string;
  password: string;
  gid: number;
  members: string[];
}

function fields(text: string, min: number): string[][] {
  return text
    .split('\n')
    .filter((line) => line.trim() !== '' && !line.startsWith('#'))
    .map((line) => line.split(':'))
    .filter((f) => f.length >= min && /^\d+$/.test(f[2]));
}

/** Parses passwd(5) lines (`name:x:uid:gid:gecos:home:shell`), skipping malformed ones. */
export function parsePasswd(text: string): PasswdEntry[] {
  return fields(text, 4).map((f) => ({
    name: f[0], password: f[1], uid: Number(f[2]), gid: Number(f[3]),
    gecos: f[4] ?? '', home: f[5] ?? '/', shell: f[6] ?? '/bin/sh',
  }));
}

/** Parses group(5) lines (`name:x:gid:member,member`), skipping malformed ones. */
export function parseGroup(text: string): GroupEntry[] {
  return fields(text, 3).map((f) => ({
    name: f[0], password: f[1], gid: Number(f[2]),
    members: (f[3] ?? '').split(',').map((m) => m.trim()).filter((m) => m !== ''),
  }));
}

export function formatPasswd(entries: PasswdEntry[]): string {
  return entries.map((e) => [e.name, e.password, e.uid, e.gid, e.gecos, e.home, e.shell].join(':') + '\n').join('');
}

export function formatGroup(entries: GroupEntry[]): string {
  return entries.map((e) => [e.name, e.password, e.gid, e.members.join(',')].join(':') + '\n').join('');
}

export class Users {
  readonly passwd: PasswdEntry[];
  readonly groups: GroupEntry[];

  constructor(passwd: PasswdEntry[] = [], groups: GroupEntry[] = []) {
    this.passwd = passwd;
    this.groups = groups;
  }

  /** Reads /etc/passwd and /etc/group of `fs`; missing or unreadable files mean no entries. */
  static load(fs: Pick<FileSystem, 'readFile'>): Users {
    const read = (path: string): string => {
      try {
        return fs.readFile(path);
      } catch {
        return '';
      }
    };
    return new Users(parsePasswd(read('/etc/passwd')), parseGroup(read('/etc/group')));
  }

  byUid(uid: number): PasswdEntry | undefined {
    return this.passwd.find((e) => e.uid === uid);
  }

  byName(name: string): PasswdEntry | undefined {
    return this.passwd.find((e) => e.name === name);
  }

  group(gid: number): GroupEntry | undefined {
    return this.groups.find((g) => g.gid === gid);
  }

  groupByName(name: string): GroupEntry | undefined {
    return this.groups.find((g) => g.name === name);
  }

  /** The user's name, or the number as text when unknown (ls -l, ps). */
  userName(uid: number): string {
    return this.byUid(uid)?.name ?? String(uid);
  }

  groupName(gid: number): string {
    return this.group(gid)?.name ?? String(gid);
  }

  /** Supplementary groups of a user, as initgroups(3) builds them: primary first. */
  groupsOf(name: string): number[] {
    const user = this.byName(name);
    const gids = user ? [user.gid] : [];
    for (const g of this.groups) if (g.members.includes(name) && !gids.includes(g.gid)) gids.push(g.gid);
    return gids;
  }

  /** The credentials a login as `name` gets (su, ssh); undefined for an unknown user. */
  credFor(name: string): Cred | undefined {
    const user = this.byName(name);
    if (!user) return undefined;
    return { uid: user.uid, gid: user.gid, groups: this.groupsOf(name) };
  }

  /** What `id` prints: `uid=0(root) gid=0(root) groups=0(root),10(wheel)`. */
  idLine(cred: Cred): string {
    const named = (id: number, name: string | undefined): string => (name === undefined ? `${id}` : `${id}(${name})`);
    const groups = cred.groups.length > 0 ? cred.groups : [cred.gid];
    return [
      `uid=${named(cred.uid, this.byUid(cred.uid)?.name)}`,
      `gid=${named(cred.gid, this.group(cred.gid)?.name)}`,
      `groups=${groups.map((g) => named(g, this.group(g)?.name)).join(',')}`,
    ].join(' ');
  }
}
