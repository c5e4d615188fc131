// Named base layers the catalog's images are built from. Each is a function so a layer's
// entries are only made when an image using it is first run; the larger ones live in the image
// contents chunk (../contents-loader.ts), which a pull fetches.

import type { FileSpec } from '../image-spec.ts';
import { binaries, dirs, file } from './common.ts';
import { imageContents } from '../contents-loader.ts';

/** Layers whose entries come from the image contents chunk. */
const FROM_CONTENTS = new Set(['debian-bookworm', 'alpine-3.21', 'alpine-3.20', 'alpine-3.19', 'busybox', 'nginx-debian', 'nginx-alpine', 'nginx-legacy']);

function contents() {
  const loaded = imageContents();
  if (!loaded) throw new Error('image layers built before loadImageContents() resolved');
  return loaded;
}
const debianBookworm = () => contents().debianBookworm();
const alpine = (version: string) => contents().alpine(version);
const busybox = () => contents().busybox();
const nginxFiles = (options: { entrypoint: boolean }) => contents().nginxFiles(options);

const layers = new Map<string, () => FileSpec[]>([
  ['debian-bookworm', debianBookworm],
  ['alpine-3.21', () => alpine('3.21.2')],
  ['alpine-3.20', () => alpine('3.20.3')],
  ['alpine-3.19', () => alpine('3.19.4')],
  ['busybox', () => busybox()],
  ['nginx-debian', () => [
    ...nginxFiles({ entrypoint: true }),
    { path: '/etc/passwd', type: 'append', content: 'nginx:x:101:101:nginx user:/nonexistent:/bin/false\n' },
    { path: '/etc/group', type: 'append', content: 'nginx:x:101:\n' },
  ]],
  ['nginx-alpine', () => [
    ...nginxFiles({ entrypoint: true }),
    { path: '/etc/passwd', type: 'append', content: 'nginx:x:101:101:nginx:/var/cache/nginx:/sbin/nologin\n' },
    { path: '/etc/group', type: 'append', content: 'nginx:x:101:nginx\n' },
  ]],
  ['nginx-legacy', () => [
    ...nginxFiles({ entrypoint: false }),
    { path: '/etc/passwd', type: 'append', content: 'nginx:x:101:101:nginx user,,,:/nonexistent:/bin/false\n' },
    { path: '/etc/group', type: 'append', content: 'nginx:x:101:\n' },
  ]],
  ['redis', () => [
    ...dirs(['/data', '/usr/local/bin']),
    ...binaries('/usr/local/bin', ['redis-server', 'redis-cli', 'redis-benchmark', 'gosu']),
    { path: '/usr/local/bin/redis-sentinel', type: 'symlink', target: 'redis-server' },
    { path: '/usr/local/bin/docker-entrypoint.sh', type: 'binary', program: 'redis-entrypoint', mode: 0o775 },
    { path: '/etc/passwd', type: 'append', content: 'redis:x:999:999::/home/redis:/bin/sh\n' },
    { path: '/etc/group', type: 'append', content: 'redis:x:999:\n' },
  ]],
  ['httpd', () => [
    ...dirs(['/usr/local/apache2', '/usr/local/apache2/bin', '/usr/local/apache2/conf', '/usr/local/apache2/htdocs', '/usr/local/apache2/logs', '/usr/local/apache2/cgi-bin']),
    ...binaries('/usr/local/apache2/bin', ['httpd', 'apachectl']),
    { path: '/usr/local/bin/httpd-foreground', type: 'binary', program: 'httpd-foreground', mode: 0o755 },
    file('/usr/local/apache2/htdocs/index.html', '<html><body><h1>It works!</h1></body></html>\n'),
    file('/usr/local/apache2/conf/httpd.conf', 'ServerRoot "/usr/local/apache2"\nListen 80\nUser www-data\nGroup www-data\nDocumentRoot "/usr/local/apache2/htdocs"\nErrorLog /proc/self/fd/2\nCustomLog /proc/self/fd/1 common\n'),
  ]],
  ['stress', () => binaries('/usr/local/bin', ['stress'])],
  ['curl', () => [
    ...binaries('/usr/bin', ['curl']),
    { path: '/entrypoint.sh', type: 'binary', program: 'curl-entrypoint', mode: 0o755 },
    dir('/home/curl_user', 0o755, 100, 101),
    { path: '/etc/passwd', type: 'append', content: 'curl_user:x:100:101:Linux User,,,:/home/curl_user:/sbin/nologin\n' },
    { path: '/etc/group', type: 'append', content: 'curl_group:x:101:curl_user\n' },
  ]],
  ['pause', () => [{ path: '/pause', type: 'binary', program: 'pause', mode: 0o755 }]],
  ['agnhost', () => [{ path: '/agnhost', type: 'binary', program: 'agnhost', mode: 0o755 }]],
  ['goproxy', () => [{ path: '/goproxy', type: 'binary', program: 'goproxy', mode: 0o755 }]],
  ['ubuntu-noble', () => [
    file('/etc/os-release', 'PRETTY_NAME="Ubuntu 24.04.1 LTS"\nNAME="Ubuntu"\nVERSION_ID="24.04"\nVERSION="24.04.1 LTS (Noble Numbat)"\nVERSION_CODENAME=noble\nID=ubuntu\nID_LIKE=debian\nHOME_URL="https://www.ubuntu.com/"\nSUPPORT_URL="https://help.ubuntu.com/"\nBUG_REPORT_URL="https://bugs.launchpad.net/ubuntu/"\nUBUNTU_CODENAME=noble\nLOGO=ubuntu-logo\n'),
    file('/etc/debian_version', 'trixie/sid\n'),
    { path: '/etc/passwd', type: 'append', content: 'ubuntu:x:1000:1000:Ubuntu:/home/ubuntu:/bin/bash\n' },
    { path: '/etc/group', type: 'append', content: 'ubuntu:x:1000:\n' },
    dir('/home/ubuntu', 0o750, 1000, 1000),
  ]],
  ['distroless-static', () => [
    ...dirs(['/bin', '/boot', '/dev', '/etc', '/home', '/lib', '/proc', '/root', '/run', '/sbin', '/sys', '/usr', '/usr/local', '/usr/local/bin', '/var']),
    { path: '/tmp', type: 'dir', mode: 0o1777 },
    file('/etc/passwd', 'root:x:0:0:root:/root:/sbin/nologin\nnobody:x:65534:65534:nobody:/nonexistent:/sbin/nologin\nnonroot:x:65532:65532:nonroot:/home/nonroot:/sbin/nologin\n'),
    file('/etc/group', 'root:x:0:\nnobody:x:65534:\ntty:x:5:\nstaff:x:50:\nnonroot:x:65532:\n'),
    file('/etc/os-release', 'PRETTY_NAME="Distroless"\nNAME="Debian GNU/Linux"\nID="debian"\nVERSION_ID="12"\nVERSION="Debian GNU/Linux 12 (bookworm)"\nHOME_URL="https://github.com/GoogleContainerTools/distroless"\n'),
  ]],
  ['kube-apiserver', () => binaries('/usr/local/bin', ['kube-apiserver'])],
  ['kube-controller-manager', () => binaries('/usr/local/bin', ['kube-controller-manager'])],
  ['kube-scheduler', () => binaries('/usr/local/bin', ['kube-scheduler'])],
  ['etcd', () => binaries('/usr/local/bin', ['etcd', 'etcdctl', 'etcdutl'])],
]);

function dir(path: string, mode: number, uid: number, gid: number): FileSpec {
  return { path, type: 'dir', mode, uid, gid };
}

/** The entries of a named layer, or undefined when no layer has that name. */
export function baseLayer(name: string): FileSpec[] | undefined {
  return layers.get(name)?.();
}

/** Whether the layer's entries can be made now (its chunk, if any, is loaded). */
export function layerReady(name: string): boolean {
  return !FROM_CONTENTS.has(name) || imageContents() !== undefined;
}

/** Adds a named layer (labs that bring their own images). */
export function registerBaseLayer(name: string, files: FileSpec[] | (() => FileSpec[])): void {
  layers.set(name, typeof files === 'function' ? files : () => files);
}

