// Images outside the Docker Official Images: polinux/stress, curlimages/curl, and the
// registry.k8s.io images a kubeadm cluster runs (pause, etcd, the control plane, busybox).

import type { ImageSpec } from '../image-spec.ts';

const PATH = 'PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin';

function controlPlane(component: string, version: string, repo: string, config: string, sizeBytes: number): ImageSpec {
  return {
    repository: `registry.k8s.io/${component}`,
    tags: [version],
    repoDigest: `sha256:${repo}`,
    configDigest: `sha256:${config}`,
    sizeBytes,
    config: { user: '0', entrypoint: [`/usr/local/bin/${component}`], env: ['PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin', 'SSL_CERT_FILE=/etc/ssl/certs/ca-certificates.crt'], workingDir: '/' },
    layers: ['distroless-static', component],
    files: [],
    about: { version },
  };
}

export const OTHER_IMAGES: ImageSpec[] = [
  {
    repository: 'registry.k8s.io/e2e-test-images/agnhost',
    tags: ['2.40', '2.52', '2.53'],
    repoDigest: 'sha256:2dffface9776e7670b37b2daf3c9231dbf3cda9a9f38661bfb7daceae271f863',
    configDigest: 'sha256:c75a1a56b3e7072c995266a2c3b1e0b9ecbaca5ef680a7d66b115639125f9878',
    sizeBytes: 51172862,
    config: { user: '', entrypoint: ['/agnhost'], env: [PATH], workingDir: '/' },
    layers: ['alpine-3.19', 'agnhost'],
    files: [],
  },
  {
    repository: 'registry.k8s.io/goproxy',
    tags: ['0.1'],
    repoDigest: 'sha256:91d22a4af79bc54532e86c7046d266837681bf41075f50b0b16e09329a1295f6',
    configDigest: 'sha256:30f801d6741c2aed90720e73682cfdf142ce4efa3f8be3e1a0a46dd340f0ea6f',
    sizeBytes: 2555555,
    config: { user: '', entrypoint: ['/goproxy'], env: [PATH], workingDir: '/' },
    layers: ['goproxy'],
    files: [],
  },
  {
    repository: 'docker.io/polinux/stress',
    tags: ['latest', '1.0.4'],
    repoDigest: 'sha256:eb89966ab97b96978058cf609f7da808c077e9806ef4d4640334acfe9e181de9',
    configDigest: 'sha256:739620e78b983e4d3c1530985ff189be90cf55b437af0dc5d202cc9fb30ff746',
    sizeBytes: 4041495,
    config: { user: '', cmd: ['/usr/local/bin/stress'], env: [PATH], workingDir: '/' },
    layers: ['alpine-3.19', 'stress'],
    files: [],
  },
  {
    repository: 'docker.io/curlimages/curl',
    tags: ['latest', '8.11.1'],
    repoDigest: 'sha256:b7ae988bb15b4d6608526979ae93e4824610b9f194c8d10f25d13c5d21343152',
    configDigest: 'sha256:44dc4cdff3dab41a52199b3d54352ff6bb69ec79915d775ef6d609f5595cf3f0',
    sizeBytes: 11979622,
    config: { user: 'curl_user', entrypoint: ['/entrypoint.sh'], cmd: ['curl'], env: [PATH, 'CURL_CA_BUNDLE=/cacert.pem', 'CURL_VERSION=8.11.1'], workingDir: '/home/curl_user' },
    layers: ['alpine-3.21', 'curl'],
    files: [],
  },
  {
    repository: 'registry.k8s.io/busybox',
    tags: ['latest', '1.27.2', '1.27'],
    repoDigest: 'sha256:f5a87da60cee77651894600d3e53914c1de781d6372f40b840eed482ceb66513',
    configDigest: 'sha256:ea8fb16abf2d9ac6476eef14731a13ae9c6dfc4e464404bd088829a628b27ca5',
    sizeBytes: 1144547,
    config: { user: '', cmd: ['sh'], env: [PATH], workingDir: '/' },
    layers: ['busybox'],
    files: [],
    about: { version: '1.27.2' },
  },
  {
    repository: 'registry.k8s.io/pause',
    tags: ['3.10'],
    repoDigest: 'sha256:2984f45b47b163212a9d01c32f9db325ed5262051b9ec71cf848a8ac89ae7edf',
    configDigest: 'sha256:b530b9ff05b7defcb93cedbb7c9e519146e06c3ff04c31907bd2d2e1c6a3b639',
    sizeBytes: 320368,
    config: { user: '65535:65535', entrypoint: ['/pause'], env: [PATH], workingDir: '/' },
    layers: ['pause'],
    files: [],
  },
  {
    repository: 'registry.k8s.io/pause',
    tags: ['3.9'],
    repoDigest: 'sha256:39e4c413e30508e308e0e8f593dc179502b22da3ed65bdcbfdc2497e1b5a7161',
    configDigest: 'sha256:edd7fa3eae010d61dbbe26e3d52a2d03a97f90d032cfba8f6dba49d72f7aa295',
    sizeBytes: 321520,
    config: { user: '65535:65535', entrypoint: ['/pause'], env: [PATH], workingDir: '/' },
    layers: ['pause'],
    files: [],
  },
  controlPlane('kube-apiserver', 'v1.33.1', '6ae417aef310ce601c28818284f7485a233cf794956f79d49c9eb26270c16765', '8fa1dcca673f2bf5df013ca165151bb0c353b54502686c5a060c53a56e209508', 30071307),
  controlPlane('kube-controller-manager', 'v1.33.1', 'a04b4399abeea55c583e3efa5d1f701db68cd53f8cb1b0e3a48fe77e713af708', '4cd0c8c3fde42106c5f6e658fd0f0ee58c404aaddb57e7e1595145624df17053', 27646507),
  controlPlane('kube-scheduler', 'v1.33.1', '00a3433abe201071fc6c3e3bcac3e795e40258854056b97204283b37a4de1808', '4d3ecef9f3f7623815790cb49dfd599fc4d55ee3a34a9b589efae44a9e99ea61', 21777268),
  controlPlane('kube-apiserver', 'v1.32.1', '7e5ea39b8014e1e014d964623b4f60925c0b1329e80d8cddabe5979f809baaac', '3cad9a52862fe2bfe4ce8c10956b09e7e076be0aeea21f5b9e2fac426e7639cd', 28671624),
  controlPlane('kube-controller-manager', 'v1.32.1', 'ea525ce17c7967ded92b3a22bfb78288e10ed65969885f3c904604b051b94ad4', '69b552d2ed7743343fa81d81d23b9d4b05c94bb4f319961f9d5b1d216efc495c', 26258470),
  controlPlane('kube-scheduler', 'v1.32.1', 'e30b074b9beddea346194b1a7d0c55e889f390a751d83f721ef7b9d92d305b29', '3d2df7ad9a6918ffc7ecbf3fd7fe1cc00e7a6a54215576dcf9314631f8056274', 20657536),
  {
    ...controlPlane('etcd', '3.5.21-0', 'cc658fa75799551ea3410a76091cb88b5fe5417889558f11c5eafe2d196b30a6', 'abb10843610e101583838fc51f587d853223daeae19206a32a06b1194a2d5a29', 58938593),
    config: { user: '', env: [PATH], workingDir: '/' },
  },
  {
    ...controlPlane('etcd', '3.5.16-0', '73d79128f2ab6f9fed58ffc381831d5781625f4b47cbdfef6c72347c06b25a33', '582a37cd599763c4fa911b02ccd93ed2aa71b0408d2142aac2b008e02a540108', 57680541),
    config: { user: '', env: [PATH], workingDir: '/' },
  },
];
