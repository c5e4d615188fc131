// `-o name`: `<resource>[.<group>]/<name>`, e.g. `pod/nginx`, `deployment.apps/web`; with an
// operation (`created`, `configured`, `deleted`) as create/apply print it.
// Models k8s.io/cli-runtime/pkg/printers/name.go (printObj).

import type { KubeObject } from '../../sim/api/types.ts';

/** `pod/nginx`, or `pod/nginx created` with an operation. */
export function printName(object: KubeObject, operation?: string): string {
  const kind = (object.kind ?? '').toLowerCase();
  const apiVersion = object.apiVersion ?? '';
  const group = apiVersion.includes('/') ? apiVersion.slice(0, apiVersion.indexOf('/')) : '';
  const resource = group ? `${kind}.${group}` : kind;
  const name = object.metadata.name ?? '';
  const text = resource ? `${resource}/${name}` : name;
  return operation ? `${text} ${operation}\n` : `${text}\n`;
}
