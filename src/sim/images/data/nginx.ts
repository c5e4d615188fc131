// docker.io/library/nginx: mainline and stable, Debian and Alpine, and the old tags the
// Kubernetes docs still use (1.14.2 in the Deployment example).

import type { ImageSpec } from '../image-spec.ts';

const PATH = 'PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin';

/** nginx.conf before 1.19: one worker, and an error log at warn, so nothing is printed at start. */
const LEGACY_CONF = `
user  nginx;
worker_processes  1;

error_log  /var/log/nginx/error.log warn;
pid        /var/run/nginx.pid;


events {
    worker_connections  1024;
}


http {
    include       /etc/nginx/mime.types;
    default_type  application/octet-stream;

    log_format  main  '$remote_addr - $remote_user [$time_local] "$request" '
                      '$status $body_bytes_sent "$http_referer" '
                      '"$http_user_agent" "$http_x_forwarded_for"';

    access_log  /var/log/nginx/access.log  main;

    sendfile        on;
    #tcp_nopush     on;

    keepalive_timeout  65;

    #gzip  on;

    include /etc/nginx/conf.d/*.conf;
}
`;

function debian(version: string, njs: string, tags: string[], repoDigest: string, configDigest: string, sizeBytes: number): ImageSpec {
  return {
    repository: 'docker.io/library/nginx',
    tags,
    repoDigest,
    configDigest,
    sizeBytes,
    config: {
      user: '',
      entrypoint: ['/docker-entrypoint.sh'],
      cmd: ['nginx', '-g', 'daemon off;'],
      env: [PATH, `NGINX_VERSION=${version}`, `NJS_VERSION=${njs}`, 'NJS_RELEASE=1~bookworm', 'PKG_RELEASE=1~bookworm', 'DYNPKG_RELEASE=1~bookworm'],
      workingDir: '/',
      stopSignal: 'SIGQUIT',
      exposedPorts: ['80/tcp'],
    },
    layers: ['debian-bookworm', 'nginx-debian'],
    files: [],
    about: { version },
  };
}

function alpine(version: string, njs: string, alpineLayer: string, tags: string[], repoDigest: string, configDigest: string, sizeBytes: number): ImageSpec {
  return {
    repository: 'docker.io/library/nginx',
    tags,
    repoDigest,
    configDigest,
    sizeBytes,
    config: {
      user: '',
      entrypoint: ['/docker-entrypoint.sh'],
      cmd: ['nginx', '-g', 'daemon off;'],
      env: [PATH, `NGINX_VERSION=${version}`, 'PKG_RELEASE=1', 'DYNPKG_RELEASE=1', `NJS_VERSION=${njs}`, 'NJS_RELEASE=1'],
      workingDir: '/',
      stopSignal: 'SIGQUIT',
      exposedPorts: ['80/tcp'],
    },
    layers: [alpineLayer, 'nginx-alpine'],
    files: [],
    about: { version },
  };
}

function legacy(version: string, tags: string[], repoDigest: string, configDigest: string, sizeBytes: number): ImageSpec {
  return {
    repository: 'docker.io/library/nginx',
    tags,
    repoDigest,
    configDigest,
    sizeBytes,
    config: {
      user: '',
      cmd: ['nginx', '-g', 'daemon off;'],
      env: [PATH, `NGINX_VERSION=${version}-1~stretch`, 'NJS_VERSION=1.15.8.0.2.7-1~stretch'],
      workingDir: '/',
      stopSignal: 'SIGTERM',
      exposedPorts: ['80/tcp'],
    },
    layers: ['debian-bookworm', 'nginx-legacy'],
    files: [{ path: '/etc/nginx/nginx.conf', type: 'file', content: LEGACY_CONF }],
    about: { version },
  };
}

export const NGINX_IMAGES: ImageSpec[] = [
  debian('1.27.3', '0.8.7',
    ['latest', 'mainline', '1', '1.27', '1.27.3', 'bookworm', 'mainline-bookworm', '1-bookworm', '1.27-bookworm', '1.27.3-bookworm'],
    'sha256:1ddc07f363e6f1fd64ed5598c59badc60c9578166e6b0fce069f5ba28017f7c1',
    'sha256:c90420b492c27bc3ad74dafbe08b10e80999b3b22ec563e76447fccd5075950e', 72099501),
  alpine('1.27.3', '0.8.7', 'alpine-3.20',
    ['alpine', 'mainline-alpine', '1-alpine', '1.27-alpine', '1.27.3-alpine', 'alpine3.20', 'mainline-alpine3.20', '1.27.3-alpine3.20'],
    'sha256:74e8e4e35b5c1f4f5e068b28afdc161cdb309bc88046ae6e35e4b877ad80db3b',
    'sha256:56db3b1ee711d5bce1a0428f7d2f192ccc0a71c04e90b517b1960602583c3e87', 20991201),
  debian('1.26.2', '0.8.5',
    ['stable', '1.26', '1.26.2', 'stable-bookworm', '1.26-bookworm', '1.26.2-bookworm'],
    'sha256:0a8595de97a0614b614bb423b816660679bf2c577f316a4e7c5471edefb160d5',
    'sha256:3cdb7f99ecf7052d7431392b8a5f97a4e458d8a795ed9f46b225692728942bf1', 71026652),
  alpine('1.26.2', '0.8.5', 'alpine-3.20',
    ['stable-alpine', '1.26-alpine', '1.26.2-alpine', 'stable-alpine3.20'],
    'sha256:52926d991b671c55b175d1f0d2dbe1b53c3a049ca1fdea726479514475fc4d87',
    'sha256:9436d43b8d944b043a0e8a47a9ebfd0368207c49c273bf421e103c2526bd02c7', 20506630),
  debian('1.25.5', '0.8.4',
    ['1.25', '1.25.5', '1.25-bookworm', '1.25.5-bookworm'],
    'sha256:f0ede5e3d7f39a5a734dff3f657e3f5589fb13cad5a39b46089d5c78dc0f4a3c',
    'sha256:1df38b35fe6f6a6b9f238b27df5818626ae7364d5844737bf343b2ce7362243e', 70994587),
  alpine('1.25.5', '0.8.4', 'alpine-3.19',
    ['1.25-alpine', '1.25.5-alpine', '1.25.5-alpine3.19'],
    'sha256:221775785ff7249ed59a85f9ca5631dc6a81684cd47791755a918148aaf4581f',
    'sha256:f530686ea16779dd116bb1533a481b69a5a9e2cd9360666971dca9676645de5f', 19125423),
  legacy('1.16.1', ['1.16', '1.16.1'],
    'sha256:2b8269567c97c5208091b2a49ecda6c3b4e8c906d66126c9cb0c9f86bdb63675',
    'sha256:c00a354ff4aedbfde9f72f10142fc4d17cc38b4b347d343f4a865c86aa261f0c', 51030575),
  legacy('1.14.2', ['1.14', '1.14.2'],
    'sha256:b8857e1787d22278618b9d850bbc7f26702a908955f705d77c9bf9a3443e175e',
    'sha256:4e82240ccf6156455b8f73106d9557a0dd7cf36a8046b8901ebc389d639cc668', 44708492),
];
