// The `busybox` image: one static binary in /bin, every applet a hard link to it.

import type { FileSpec } from '../image-spec.ts';
import { dirs, file } from './common.ts';

const PASSWD = `root:x:0:0:root:/root:/bin/sh
daemon:x:1:1:daemon:/usr/sbin:/bin/false
bin:x:2:2:bin:/bin:/bin/false
sys:x:3:3:sys:/dev:/bin/false
sync:x:4:100:sync:/bin:/bin/sync
mail:x:8:8:mail:/var/spool/mail:/bin/false
www-data:x:33:33:www-data:/var/www:/bin/false
operator:x:37:37:Operator:/var:/bin/false
nobody:x:65534:65534:nobody:/home:/bin/false
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
kmem:x:9:
wheel:x:10:root
cdrom:x:11:
dialout:x:18:
floppy:x:19:
video:x:28:
audio:x:29:
tape:x:32:
www-data:x:33:
operator:x:37:
utmp:x:43:
plugdev:x:46:
staff:x:50:
lock:x:54:
netdev:x:82:
users:x:100:
nogroup:x:65534:
`;

/** The applets of busybox's default configuration that a course meets. */
export const BUSYBOX_APPLETS = [
  '[', '[[', 'addgroup', 'adduser', 'arch', 'ash', 'awk', 'base64', 'basename', 'bc', 'cal', 'cat',
  'chgrp', 'chmod', 'chown', 'chroot', 'clear', 'cmp', 'cp', 'crond', 'cut', 'date', 'dd', 'deluser',
  'df', 'diff', 'dirname', 'dmesg', 'dnsdomainname', 'du', 'echo', 'egrep', 'env', 'expr', 'fallocate', 'false',
  'fgrep', 'find', 'free', 'fsync', 'getopt', 'grep', 'groups', 'gunzip', 'gzip', 'halt', 'head',
  'hexdump', 'hostname', 'httpd', 'id', 'ifconfig', 'init', 'install', 'ip', 'ipcalc', 'kill', 'killall',
  'less', 'link', 'ln', 'logger', 'login', 'ls', 'md5sum', 'mkdir', 'mkfifo', 'mknod', 'mktemp', 'more',
  'mount', 'mv', 'nc', 'netstat', 'nice', 'nl', 'nohup', 'nproc', 'nslookup', 'od', 'paste', 'pgrep',
  'pidof', 'ping', 'ping6', 'pkill', 'printenv', 'printf', 'ps', 'pstree', 'pwd', 'readlink', 'realpath',
  'reboot', 'renice', 'reset', 'rev', 'rm', 'rmdir', 'route', 'sed', 'seq', 'sh', 'sha1sum', 'sha256sum',
  'shuf', 'sleep', 'sort', 'split', 'stat', 'strings', 'stty', 'su', 'sync', 'sysctl', 'tail', 'tar',
  'tee', 'telnet', 'test', 'time', 'timeout', 'top', 'touch', 'tr', 'traceroute', 'true', 'truncate',
  'tty', 'umount', 'uname', 'uniq', 'unzip', 'uptime', 'usleep', 'vi', 'watch', 'wc', 'wget', 'which',
  'whoami', 'xargs', 'yes', 'zcat',
];

export function busybox(applets: string[] = BUSYBOX_APPLETS): FileSpec[] {
  return [
    ...dirs(['/bin', '/dev', '/etc', '/home', '/lib', '/lib64', '/proc', '/sys', '/usr', '/usr/sbin', '/var', '/var/spool', '/var/spool/mail', '/var/www']),
    { path: '/root', type: 'dir', mode: 0o700 },
    { path: '/tmp', type: 'dir', mode: 0o1777 },
    file('/etc/passwd', PASSWD),
    file('/etc/group', GROUP),
    file('/etc/shadow', '', 0o600),
    file('/etc/localtime', 'TZif2\n'),
    file('/etc/nsswitch.conf', 'hosts: files dns\n'),
    { path: '/bin/busybox', type: 'binary', program: 'busybox', mode: 0o755 },
    ...applets.map((name): FileSpec => ({ path: `/bin/${name}`, type: 'hardlink', target: '/bin/busybox' })),
  ];
}
