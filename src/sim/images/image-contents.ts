// What the catalog's images hold beyond their names and configs: the larger base layers
// (Debian, Alpine, busybox, nginx's files) and the entrypoint programs (nginx, httpd, redis,
// stress, agnhost). A chunk of its own, fetched with a node's first pull (contents-loader.ts).

export { debianBookworm } from './layers/debian.ts';
export { alpine } from './layers/alpine.ts';
export { busybox } from './layers/busybox.ts';
export { nginxFiles } from './layers/nginx-files.ts';
export { entrypointPrograms } from './programs/entrypoints.ts';
