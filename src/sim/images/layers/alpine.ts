// Alpine Linux: busybox applets as symlinks to /bin/busybox, musl, apk.

import type { FileSpec } from '../image-spec.ts';
import { binaries, dirs, file, hierarchy } from './common.ts';

const PASSWD = `root:x:0:0:root:/root:/bin/sh
bin:x:1:1:bin:/bin:/sbin/nologin
daemon:x:2:2:daemon:/sbin:/sbin/nologin
lp:x:4:7:lp:/var/spool/lpd:/sbin/nologin
sync:x:5:0:sync:/sbin:/bin/sync
shutdown:x:6:0:shutdown:/sbin:/sbin/shutdown
halt:x:7:0:halt:/sbin:/sbin/halt
mail:x:8:12:mail:/var/mail:/sbin/nologin
news:x:9:13:news:/usr/lib/news:/sbin/nologin
uucp:x:10:14:uucp:/var/spool/uucppublic:/sbin/nologin
cron:x:16:16:cron:/var/spool/cron:/sbin/nologin
ftp:x:21:21::/var/lib/ftp:/sbin/nologin
sshd:x:22:22:sshd:/dev/null:/sbin/nologin
games:x:35:35:games:/usr/games:/sbin/nologin
ntp:x:123:123:NTP:/var/empty:/sbin/nologin
guest:x:405:100:guest:/dev/null:/sbin/nologin
nobody:x:65534:65534:nobody:/:/sbin/nologin
`;

const GROUP = `root:x:0:root
bin:x:1:root,bin,daemon
daemon:x:2:root,bin,daemon
sys:x:3:root,bin
adm:x:4:root,daemon
tty:x:5:
disk:x:6:root
lp:x:7:lp
kmem:x:9:
wheel:x:10:root
floppy:x:11:root
mail:x:12:mail
news:x:13:news
uucp:x:14:uucp
cron:x:16:cron
audio:x:18:
cdrom:x:19:
dialout:x:20:root
ftp:x:21:
sshd:x:22:
input:x:23:
tape:x:26:root
video:x:27:root
netdev:x:28:
kvm:x:34:kvm
games:x:35:
shadow:x:42:
www-data:x:82:
users:x:100:games
ntp:x:123:
abuild:x:300:
utmp:x:406:
ping:x:999:
nogroup:x:65533:
nobody:x:65534:
`;

const BIN = [
  'arch', 'ash', 'base64', 'cat', 'chgrp', 'chmod', 'chown', 'cp', 'date', 'dd', 'df', 'dmesg', 'echo',
  'egrep', 'false', 'fgrep', 'getopt', 'grep', 'gunzip', 'gzip', 'hostname', 'kill', 'link', 'ln',
  'login', 'ls', 'mkdir', 'mknod', 'mktemp', 'more', 'mount', 'mountpoint', 'mv', 'netstat', 'nice',
  'pidof', 'ping', 'ping6', 'printenv', 'ps', 'pwd', 'rev', 'rm', 'rmdir', 'run-parts', 'sed', 'sh',
  'sleep', 'stat', 'stty', 'su', 'sync', 'tar', 'touch', 'true', 'umount', 'uname', 'usleep', 'watch', 'zcat',
];
const USR_BIN = [
  '[', '[[', 'awk', 'basename', 'bc', 'cal', 'clear', 'cmp', 'cut', 'diff', 'dirname', 'du', 'env',
  'expr', 'find', 'free', 'groups', 'head', 'hexdump', 'id', 'install', 'killall', 'less', 'md5sum',
  'nc', 'nl', 'nohup', 'nproc', 'nslookup', 'od', 'paste', 'pgrep', 'pkill', 'printf', 'pstree',
  'readlink', 'realpath', 'reset', 'seq', 'sha1sum', 'sha256sum', 'shuf', 'sort', 'split', 'strings',
  'tail', 'tee', 'test', 'time', 'timeout', 'top', 'tr', 'traceroute', 'truncate', 'tty', 'uniq',
  'unzip', 'uptime', 'vi', 'wc', 'wget', 'which', 'whoami', 'xargs', 'yes',
];
const SBIN = ['adduser', 'addgroup', 'delgroup', 'deluser', 'halt', 'ifconfig', 'init', 'ip', 'poweroff', 'reboot', 'route', 'sysctl'];

export function alpine(version: string): FileSpec[] {
  const minor = version.split('.').slice(0, 2).join('.');
  return [
    ...hierarchy(),
    ...dirs(['/bin', '/sbin', '/lib', '/usr/bin', '/usr/sbin', '/usr/lib', '/etc/apk', '/lib/apk/db', '/var/cache/apk', '/var/empty', '/var/mail']),
    // alpine-baselayout keeps the old /var/run name as a relative link to /run.
    { path: '/var/run', type: 'symlink', target: '../run' },
    file('/etc/passwd', PASSWD),
    file('/etc/group', GROUP),
    file('/etc/shadow', '', 0o640),
    file('/etc/alpine-release', `${version}\n`),
    file('/etc/os-release', `NAME="Alpine Linux"\nID=alpine\nVERSION_ID=${version}\nPRETTY_NAME="Alpine Linux v${minor}"\nHOME_URL="https://alpinelinux.org/"\nBUG_REPORT_URL="https://gitlab.alpinelinux.org/alpine/aports/-/issues"\n`),
    file('/etc/apk/repositories', `https://dl-cdn.alpinelinux.org/alpine/v${minor}/main\nhttps://dl-cdn.alpinelinux.org/alpine/v${minor}/community\n`),
    file('/etc/apk/world', 'alpine-baselayout\nalpine-keys\napk-tools\nbusybox\nlibc-utils\n'),
    file('/etc/shells', '# valid login shells\n/bin/sh\n/bin/ash\n'),
    file('/etc/profile', 'export PATH="/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin"\n'),
    { path: '/bin/busybox', type: 'binary', program: 'busybox', mode: 0o755 },
    ...BIN.map((name): FileSpec => ({ path: `/bin/${name}`, type: 'symlink', target: '/bin/busybox' })),
    ...USR_BIN.map((name): FileSpec => ({ path: `/usr/bin/${name}`, type: 'symlink', target: '/bin/busybox' })),
    ...SBIN.map((name): FileSpec => ({ path: `/sbin/${name}`, type: 'symlink', target: '/bin/busybox' })),
    ...binaries('/sbin', ['apk', 'ldconfig']),
    ...binaries('/usr/bin', ['getent', 'iconv', 'ssl_client', 'scanelf']),
  ];
}

/** The applet names busybox images provide, for tests and for `busybox --list`. */
export const ALPINE_APPLETS = [...BIN, ...USR_BIN, ...SBIN];
