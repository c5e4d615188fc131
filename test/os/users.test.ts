import { describe, it, expect } from 'vitest';
import { Users, parsePasswd } from '../../src/os/users.ts';
import { FileSystem } from '../../src/os/fs/file-system.ts';
import { Tree } from '../../src/os/fs/tree.ts';

const PASSWD = `root:x:0:0:root:/root:/bin/sh
daemon:x:1:1:daemon:/usr/sbin:/bin/false
nginx:x:101:101:nginx:/nonexistent:/bin/false
broken line
`;
const GROUP = `root:x:0:
wheel:x:10:root,alice
nginx:x:101:
alice:x:1000:
`;

describe('Users', () => {
  const fs = new FileSystem(new Tree(), () => 0);
  fs.mkdir('/etc');
  fs.writeFile('/etc/passwd', PASSWD + 'alice:x:1000:1000:Alice:/home/alice:/bin/sh\n');
  fs.writeFile('/etc/group', GROUP);
  const users = Users.load(fs);

  it('reads passwd entries and skips malformed lines', () => {
    expect(parsePasswd(PASSWD).map((u) => u.name)).toEqual(['root', 'daemon', 'nginx']);
    expect(users.byName('alice')).toMatchObject({ uid: 1000, home: '/home/alice', shell: '/bin/sh' });
  });

  it('names known ids and prints unknown ones as numbers', () => {
    expect(users.userName(101)).toBe('nginx');
    expect(users.userName(2000)).toBe('2000');
    expect(users.groupName(10)).toBe('wheel');
  });

  it('builds login credentials with supplementary groups', () => {
    expect(users.credFor('alice')).toEqual({ uid: 1000, gid: 1000, groups: [1000, 10] });
    expect(users.credFor('bob')).toBeUndefined();
  });

  it('formats the id line as id(1) prints it', () => {
    expect(users.idLine({ uid: 0, gid: 0, groups: [0, 10] })).toBe('uid=0(root) gid=0(root) groups=0(root),10(wheel)');
    expect(users.idLine({ uid: 1000, gid: 3000, groups: [2000, 3000] })).toBe('uid=1000(alice) gid=3000 groups=2000,3000');
  });

  it('treats a machine without /etc/passwd as knowing nobody', () => {
    expect(Users.load(new FileSystem(new Tree(), () => 0)).userName(0)).toBe('0');
  });
});
