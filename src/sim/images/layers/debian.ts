// Debian 12 (bookworm) as the official `debian:bookworm-slim` base the library images use:
// merged /usr, bash and dash, coreutils, no ps (procps is not installed).

import type { FileSpec } from '../image-spec.ts';
import { binaries, dirs, file, hierarchy } from './common.ts';

const PASSWD = `root:x:0:0:root:/root:/bin/bash
daemon:x:1:1:daemon:/usr/sbin:/usr/sbin/nologin
bin:x:2:2:bin:/bin:/usr/sbin/nologin
sys:x:3:3:sys:/dev:/usr/sbin/nologin
sync:x:4:65534:sync:/bin:/bin/sync
games:x:5:60:games:/usr/games:/usr/sbin/nologin
man:x:6:12:man:/var/cache/man:/usr/sbin/nologin
lp:x:7:7:lp:/var/spool/lpd:/usr/sbin/nologin
mail:x:8:8:mail:/var/mail:/usr/sbin/nologin
news:x:9:9:news:/var/spool/news:/usr/sbin/nologin
uucp:x:10:10:uucp:/var/spool/uucp:/usr/sbin/nologin
proxy:x:13:13:proxy:/bin:/usr/sbin/nologin
www-data:x:33:33:www-data:/var/www:/usr/sbin/nologin
backup:x:34:34:backup:/var/backups:/usr/sbin/nologin
list:x:38:38:Mailing List Manager:/var/list:/usr/sbin/nologin
irc:x:39:39:ircd:/run/ircd:/usr/sbin/nologin
_apt:x:42:65534::/nonexistent:/usr/sbin/nologin
nobody:x:65534:65534:nobody:/nonexistent:/usr/sbin/nologin
`;

const GROUP = `root:x:0:
daemon:x:1:
bin:x:2:
sys:x:3:
adm:x:4:
tty:x:5:
disk:x:6:
lp:x:7:
mail:x:8:
news:x:9:
uucp:x:10:
man:x:12:
proxy:x:13:
kmem:x:15:
dialout:x:20:
fax:x:21:
voice:x:22:
cdrom:x:24:
floppy:x:25:
tape:x:26:
sudo:x:27:
audio:x:29:
dip:x:30:
www-data:x:33:
backup:x:34:
operator:x:37:
list:x:38:
irc:x:39:
src:x:40:
shadow:x:42:
utmp:x:43:
video:x:44:
sasl:x:45:
plugdev:x:46:
staff:x:50:
games:x:60:
users:x:100:
nogroup:x:65534:
`;

const OS_RELEASE = `PRETTY_NAME="Debian GNU/Linux 12 (bookworm)"
NAME="Debian GNU/Linux"
VERSION_ID="12"
VERSION="12 (bookworm)"
VERSION_CODENAME=bookworm
ID=debian
HOME_URL="https://www.debian.org/"
SUPPORT_URL="https://www.debian.org/support"
BUG_REPORT_URL="https://bugs.debian.org/"
`;

const USR_BIN = [
  'bash', 'dash', 'cat', 'chgrp', 'chmod', 'chown', 'cp', 'date', 'dd', 'df', 'dir', 'echo', 'false',
  'ln', 'ls', 'mkdir', 'mknod', 'mktemp', 'mv', 'pwd', 'readlink', 'rm', 'rmdir', 'sleep', 'stty',
  'sync', 'touch', 'true', 'uname', 'base64', 'basename', 'cut', 'dirname', 'du', 'env', 'expr',
  'head', 'id', 'md5sum', 'nproc', 'printenv', 'printf', 'realpath', 'seq', 'sha256sum', 'sort',
  'stat', 'tail', 'tee', 'test', '[', 'timeout', 'tr', 'tty', 'uniq', 'wc', 'whoami', 'yes', 'xargs',
  'find', 'grep', 'egrep', 'fgrep', 'sed', 'gzip', 'gunzip', 'zcat', 'tar', 'hostname', 'more',
  'mount', 'umount', 'login', 'su', 'kill', 'which', 'getent', 'dpkg', 'dpkg-query', 'apt', 'apt-get',
];

const SETUID_ROOT = ['/usr/bin/su', '/usr/bin/mount', '/usr/bin/umount'];

/** Debian bookworm-slim: the base of nginx, redis and httpd's default tags. */
export function debianBookworm(): FileSpec[] {
  return [
    ...hierarchy(),
    ...dirs(['/usr/bin', '/usr/sbin', '/usr/lib', '/boot', '/var/backups', '/var/mail', '/etc/apt', '/var/lib/dpkg']),
    { path: '/bin', type: 'symlink', target: 'usr/bin' },
    { path: '/sbin', type: 'symlink', target: 'usr/sbin' },
    { path: '/lib', type: 'symlink', target: 'usr/lib' },
    // base-files: /var/run has been a link to /run since Debian 7.
    { path: '/var/run', type: 'symlink', target: '/run' },
    file('/etc/passwd', PASSWD),
    file('/etc/group', GROUP),
    file('/etc/shadow', '', 0o640),
    file('/etc/os-release', OS_RELEASE),
    file('/etc/debian_version', '12.8\n'),
    file('/etc/issue', 'Debian GNU/Linux 12 \\n \\l\n\n'),
    file('/etc/shells', '# /etc/shells: valid login shells\n/bin/sh\n/usr/bin/sh\n/bin/bash\n/usr/bin/bash\n/bin/dash\n/usr/bin/dash\n'),
    file('/root/.bashrc', '# ~/.bashrc: executed by bash(1) for non-login shells.\n'),
    file('/root/.profile', '# ~/.profile: executed by Bourne-compatible login shells.\n'),
    // util-linux installs these set-user-ID root (-rwsr-xr-x); allowPrivilegeEscalation: false
    // (no_new_privs) is what makes the bit inert in a container.
    ...binaries('/usr/bin', USR_BIN).map((f) => (SETUID_ROOT.includes(f.path) ? { ...f, mode: 0o4755 } : f)),
    { path: '/usr/bin/sh', type: 'symlink', target: 'dash' },
    ...binaries('/usr/sbin', ['nologin', 'useradd', 'groupadd', 'chroot']),
  ];
}
