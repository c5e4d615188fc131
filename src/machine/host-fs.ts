// The filesystem of a node the learner logs in to (`controlplane:~$`): an Ubuntu-like layout
// with root's home, users and groups, and one executable file per program the node has.

import { Tree } from '../os/fs/tree.ts';
import { FileSystem } from '../os/fs/file-system.ts';
import { createDevTree } from '../os/fs/dev.ts';
import { binary } from '../os/exec.ts';

export interface HostFsOptions {
  hostname: string;
  /** Programs installed as /usr/bin/<name> (a registry name each). */
  programs: readonly string[];
  now: () => number;
}

const PASSWD = `root:x:0:0:root:/root:/bin/bash
daemon:x:1:1:daemon:/usr/sbin:/usr/sbin/nologin
bin:x:2:2:bin:/bin:/usr/sbin/nologin
sys:x:3:3:sys:/dev:/usr/sbin/nologin
www-data:x:33:33:www-data:/var/www:/usr/sbin/nologin
nobody:x:65534:65534:nobody:/nonexistent:/usr/sbin/nologin
ubuntu:x:1000:1000:Ubuntu:/home/ubuntu:/bin/bash
`;

const GROUP = `root:x:0:
daemon:x:1:
bin:x:2:
sys:x:3:
adm:x:4:ubuntu
tty:x:5:
sudo:x:27:ubuntu
www-data:x:33:
users:x:100:ubuntu
nogroup:x:65534:
ubuntu:x:1000:
`;

const OS_RELEASE = `PRETTY_NAME="Ubuntu 24.04.1 LTS"
NAME="Ubuntu"
VERSION_ID="24.04"
VERSION="24.04.1 LTS (Noble Numbat)"
VERSION_CODENAME=noble
ID=ubuntu
ID_LIKE=debian
HOME_URL="https://www.ubuntu.com/"
UBUNTU_CODENAME=noble
`;

const BASHRC = `# ~/.bashrc: executed by bash(1) for non-login shells.
export EDITOR=vi
alias k=kubectl
`;

/**
 * What a node's disk holds of the learner's files before writes fail with ENOSPC: the room a
 * browser tab can spare, not the 20 GB a lab VM has (no lesson comes near either).
 */
export const NODE_DISK_BYTES = 512 * 1024 * 1024;

export function createHostFs(options: HostFsOptions): FileSystem {
  const fs = new FileSystem(new Tree({ mtime: options.now(), limit: NODE_DISK_BYTES }), options.now);
  for (const dir of ['/usr/bin', '/usr/sbin', '/usr/local/bin', '/usr/lib', '/etc', '/var/log', '/var/lib', '/home/ubuntu', '/opt', '/srv', '/mnt', '/run']) {
    fs.mkdir(dir, { recursive: true });
  }
  fs.mkdir('/root', { mode: 0o700 });
  fs.mkdir('/tmp', { mode: 0o1777 });
  fs.chmod('/tmp', 0o1777);
  fs.chown('/home/ubuntu', 1000, 1000);
  fs.symlink('usr/bin', '/bin');
  fs.symlink('usr/sbin', '/sbin');
  fs.symlink('usr/lib', '/lib');
  const dev = createDevTree({ now: options.now() });
  fs.mkdir('/dev');
  fs.mount('/dev', dev.dev);
  fs.writeFile('/etc/passwd', PASSWD);
  fs.writeFile('/etc/group', GROUP);
  fs.writeFile('/etc/hostname', `${options.hostname}\n`);
  fs.writeFile('/etc/hosts', `127.0.0.1 localhost\n127.0.1.1 ${options.hostname}\n`);
  fs.writeFile('/etc/os-release', OS_RELEASE);
  fs.writeFile('/etc/shells', '/bin/sh\n/bin/bash\n/usr/bin/bash\n');
  fs.writeFile('/root/.bashrc', BASHRC);
  fs.writeFile('/root/.profile', 'if [ -f ~/.bashrc ]; then . ~/.bashrc; fi\n');
  for (const name of options.programs) fs.writeFile(`/usr/bin/${name}`, binary(name), { mode: 0o755 });
  return fs;
}
