// The YAML library is a chunk of its own (a fifth of what the worker would otherwise load at
// start). Code that parses YAML synchronously — the kubelet's config file and static pod
// manifests, kubectl's kubeconfig — runs only after loadYaml() resolved: a Machine awaits it
// before its cluster starts, and kubectl before it reads its kubeconfig, so loading it never
// moves virtual time.

import type * as Yaml from 'yaml';

let library: typeof Yaml | undefined;
let loading: Promise<typeof Yaml> | undefined;

/** Fetches the library once; later calls share the first fetch. */
export function loadYaml(): Promise<typeof Yaml> {
  return (loading ??= import('yaml').then((m) => (library = m)));
}

/** The loaded library; calling it before loadYaml() resolved is a bug in the caller. */
export function yaml(): typeof Yaml {
  if (!library) throw new Error('YAML parsed before loadYaml() resolved');
  return library;
}
