// What containerd answers when a pull fails, wrapped as the CRI error the kubelet prints after
// `Failed to pull image "<image>": `. The texts are containerd 1.7's, through gRPC.

import type { ImageReference } from './reference.ts';

/** `docker.io/library/nginx:1.99` was resolved but has no such tag or digest (HTTP 404). */
export function manifestNotFound(normalized: string): string {
  return `rpc error: code = NotFound desc = failed to pull and unpack image "${normalized}": failed to resolve reference "${normalized}": ${normalized}: not found`;
}

/** Docker Hub answers 401 for a repository it does not have (or one that needs a login). */
export function pullAccessDenied(normalized: string): string {
  return `rpc error: code = Unknown desc = failed to pull and unpack image "${normalized}": failed to resolve reference "${normalized}": pull access denied, repository does not exist or may require authorization: server message: insufficient_scope: authorization failed`;
}

/** A registry host the node's resolver cannot find. */
export function registryNotFound(normalized: string, ref: ImageReference): string {
  const object = ref.digest ?? ref.tag ?? 'latest';
  return `rpc error: code = Unknown desc = failed to pull and unpack image "${normalized}": failed to resolve reference "${normalized}": failed to do request: Head "https://${ref.domain}/v2/${ref.path}/manifests/${object}": dial tcp: lookup ${ref.domain} on 127.0.0.53:53: no such host`;
}
