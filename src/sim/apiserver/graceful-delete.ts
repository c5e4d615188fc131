// How a DELETE treats an object: pods terminate gracefully (deletionTimestamp set, the kubelet
// finishes the job), everything else goes at once.
// Models pkg/registry/core/pod/strategy.go (CheckGracefulDelete) and
// staging/src/k8s.io/apiserver/pkg/registry/rest/delete.go (BeforeDelete)

import type { KubeObject, Pod } from '../api/types.ts';
import type { DeleteOptions } from './api-client.ts';

export type DeleteDecision =
  | { action: 'remove' }
  | { action: 'mark'; deletionTimestamp: string; gracePeriodSeconds: number }
  | { action: 'unchanged' };

const seconds = (ms: number) => new Date(Math.floor(ms / 1000) * 1000).toISOString().replace('.000Z', 'Z');

export function decideDelete(resource: string, obj: KubeObject, options: DeleteOptions, nowMs: number): DeleteDecision {
  if (resource !== 'pods') return { action: 'remove' };
  const pod = obj as Pod;
  let grace = options.gracePeriodSeconds ?? pod.spec.terminationGracePeriodSeconds ?? 30;
  // A pod no kubelet runs, or one that has finished, has nothing to wait for.
  const phase = pod.status?.phase;
  if (!pod.spec.nodeName || phase === 'Succeeded' || phase === 'Failed') grace = 0;
  if (grace < 0) grace = 1;
  if (grace === 0) return { action: 'remove' };
  const existing = pod.metadata.deletionGracePeriodSeconds;
  if (pod.metadata.deletionTimestamp !== undefined && existing !== undefined) {
    // A second delete may only shorten the grace period.
    if (grace >= existing) return { action: 'unchanged' };
  }
  return { action: 'mark', deletionTimestamp: seconds(nowMs + grace * 1000), gracePeriodSeconds: grace };
}

export { seconds as rfc3339Seconds };
