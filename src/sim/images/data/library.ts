// The other Docker Official Images of the course: busybox, alpine, redis, httpd.

import type { ImageSpec } from '../image-spec.ts';

const PATH = 'PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin';

function image(repository: string, tags: string[], repo: string, config: string, sizeBytes: number, rest: Omit<ImageSpec, 'repository' | 'tags' | 'repoDigest' | 'configDigest' | 'sizeBytes'>): ImageSpec {
  return { repository, tags, repoDigest: `sha256:${repo}`, configDigest: `sha256:${config}`, sizeBytes, ...rest };
}

const busyboxConfig = { user: '', cmd: ['sh'], env: [PATH], workingDir: '/' };
const alpineConfig = { user: '', cmd: ['/bin/sh'], env: [PATH], workingDir: '/' };

const bashConfig = { user: '', cmd: ['/bin/bash'], env: [PATH], workingDir: '/' };

export const LIBRARY_IMAGES: ImageSpec[] = [
  image('docker.io/library/ubuntu', ['latest', '24.04', 'noble', 'noble-20241118.1'],
    '911c70adfa8e76ff3d2b9406e28ed71f49a8d7731834b5322573a8dd8e5cd8a1',
    'ad4830b4e09dfc73f1c0efbb152c239cc98b06d02419178c0bbd4e89cda5ba26', 29754422,
    { config: bashConfig, layers: ['debian-bookworm', 'ubuntu-noble'], files: [], about: { version: '24.04' } }),
  image('docker.io/library/debian', ['latest', '12', 'bookworm', 'bookworm-slim', '12-slim'],
    '35a65ee1e5700acee086a332c00ae7729e3fba6f170d8ae38d7ee46e4f4fad47',
    'ac90da8606b510fc63d4fcb4b6e9ef87eb623c939d11e69616356b598c2ef412', 28230680,
    { config: { user: '', cmd: ['bash'], env: [PATH], workingDir: '/' }, layers: ['debian-bookworm'], files: [], about: { version: '12.8' } }),
  image('docker.io/library/busybox', ['latest', '1', '1.37', '1.37.0', 'stable', 'musl', '1.37.0-musl', 'glibc', 'uclibc'],
    '2231054599cf262429a5262a725f9bc0f04170332de54271c4d6a85ed15217d5',
    'a713137867135f337518bded83f5b72156122772f6c6ce642c8f205def319c0e', 2166802,
    { config: busyboxConfig, layers: ['busybox'], files: [], about: { version: '1.37.0' } }),
  image('docker.io/library/busybox', ['1.36', '1.36.1', '1.36.1-musl', '1.36-glibc'],
    'e7359560768cebae33aef87b494d655a6060e211e593f0a9c4d00697ab04f75b',
    '65b1cae2dd3436787fc64443449cf36adcd6a93d43551b0cf2efdebeac40764a', 2157437,
    { config: busyboxConfig, layers: ['busybox'], files: [], about: { version: '1.36.1' } }),
  image('docker.io/library/busybox', ['1.28', '1.28.4', '1.28.4-glibc', '1.28-uclibc'],
    'bac425a2e30a9671fbbb4e35c6818fd35ecd5de7b431bf38293ce6b342dc56d3',
    '70917cc060f4c670c406bdce42451d8d15c258799766c73b2b8432a4d4d8b41c', 727869,
    { config: busyboxConfig, layers: ['busybox'], files: [], about: { version: '1.28.4' } }),
  image('docker.io/library/alpine', ['latest', '3', '3.21', '3.21.2'],
    'b2724a31928a108971691bb1055cb896faa5f182274a892d027f9d9053b1863c',
    '5dc321da1a5034bbe837310577129d941d2618c9337267c61d73bb85e622ab7a', 3642247,
    { config: alpineConfig, layers: ['alpine-3.21'], files: [] }),
  image('docker.io/library/alpine', ['3.20', '3.20.3'],
    '84a5ee63e809527c219bd66eae07dc7a2e4b2358a674c93e6f331069cfc63a85',
    'de5891b7489aea1d99cb5a07f81e0cbfdb7c9c05f3b626c5d0248c0704ada4ed', 3626898,
    { config: alpineConfig, layers: ['alpine-3.20'], files: [] }),
  image('docker.io/library/alpine', ['3.19', '3.19.4'],
    '5430b9df6573782dbaeb8e4cab622ddebe84d375efb46442b50db09eba76884d',
    '27e7880c26aa01b44ed74faefbe42e754d5f6968d93a65ec04c31c6aef7b42ad', 3418176,
    { config: alpineConfig, layers: ['alpine-3.19'], files: [] }),
  image('docker.io/library/redis', ['latest', '7', '7.4', '7.4.1', 'bookworm', '7.4.1-bookworm'],
    '3458ed5985c5fe68b19c803d5faa422d87321d14097f49a96610acf55eb00a6b',
    '043df9c1f38b437a572fe51318763ba9fe80cad67b620ee8a6c1cdcf3a762736', 45975011,
    {
      config: { user: '', entrypoint: ['docker-entrypoint.sh'], cmd: ['redis-server'], env: [PATH, 'GOSU_VERSION=1.17', 'REDIS_VERSION=7.4.1', 'REDIS_DOWNLOAD_URL=http://download.redis.io/releases/redis-7.4.1.tar.gz'], workingDir: '/data', exposedPorts: ['6379/tcp'] },
      layers: ['debian-bookworm', 'redis'], files: [], about: { version: '7.4.1' },
    }),
  image('docker.io/library/redis', ['alpine', '7-alpine', '7.4-alpine', '7.4.1-alpine', 'alpine3.20'],
    '07e93dcce27cf29265f8d162fca13120eaa140355025134a9e20c9785c1e88c0',
    '12a657eb0b8a3c23272a41a3458b19e01e9ae45512147638f5b40114acf70eba', 17240510,
    {
      config: { user: '', entrypoint: ['docker-entrypoint.sh'], cmd: ['redis-server'], env: [PATH, 'REDIS_VERSION=7.4.1', 'REDIS_DOWNLOAD_URL=http://download.redis.io/releases/redis-7.4.1.tar.gz'], workingDir: '/data', exposedPorts: ['6379/tcp'] },
      layers: ['alpine-3.20', 'redis'], files: [], about: { version: '7.4.1' },
    }),
  image('docker.io/library/redis', ['7.2', '7.2.6'],
    'e5477de4fc9ca3a5374362f91079ae9f2584141fe3a9e4ba6286598a328fb7e1',
    '009358dacc78469a97b323ad1ea0c3c6a7920b79d9f2a1ca7b94dc8937d498b0', 40141502,
    {
      config: { user: '', entrypoint: ['docker-entrypoint.sh'], cmd: ['redis-server'], env: [PATH, 'GOSU_VERSION=1.17', 'REDIS_VERSION=7.2.6'], workingDir: '/data', exposedPorts: ['6379/tcp'] },
      layers: ['debian-bookworm', 'redis'], files: [], about: { version: '7.2.6' },
    }),
  image('docker.io/library/httpd', ['latest', '2', '2.4', '2.4.62', 'bookworm'],
    '2748c44b21fcd40438acc93dcab2029072ecc2c3176a0dc881fbdcf97c50802f',
    '37bed36e450411ba2360b1c02cab72db5a9d8736c919487596e678b6730ab461', 58353617,
    {
      config: { user: '', cmd: ['httpd-foreground'], env: ['PATH=/usr/local/apache2/bin:/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin', 'HTTPD_PREFIX=/usr/local/apache2', 'HTTPD_VERSION=2.4.62'], workingDir: '/usr/local/apache2', stopSignal: 'SIGWINCH', exposedPorts: ['80/tcp'] },
      layers: ['debian-bookworm', 'httpd'], files: [], about: { version: '2.4.62' },
    }),
  image('docker.io/library/httpd', ['alpine', '2-alpine', '2.4-alpine', '2.4.62-alpine'],
    '347c4d029f2fc70c14d5826dac6333baf86a3aada8edd3e6ca976cc06a012165',
    'c6cdb3598d96f409694ae65cd0f92ac6e3d44a1aa3df0a45510ddae0a911a185', 21853470,
    {
      config: { user: '', cmd: ['httpd-foreground'], env: ['PATH=/usr/local/apache2/bin:/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin', 'HTTPD_PREFIX=/usr/local/apache2', 'HTTPD_VERSION=2.4.62'], workingDir: '/usr/local/apache2', stopSignal: 'SIGWINCH', exposedPorts: ['80/tcp'] },
      layers: ['alpine-3.20', 'httpd'], files: [], about: { version: '2.4.62' },
    }),
];
