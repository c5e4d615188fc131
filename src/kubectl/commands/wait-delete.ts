// Waiting until deleted objects are gone (delete --wait, wait --for=delete): a watch per type
// that ends when every awaited uid has had its DELETED event, or a timeout on the virtual clock.
// Models staging/src/k8s.io/kubectl/pkg/cmd/wait/delete.go (IsDeleted).

import type { KubeObject } from '../../sim/api/types.ts';
import type { Invocation } from '../cli/command.ts';
import { isStatus } from '../fetch.ts';
import type { ResourceType } from '../resource-types.ts';

/** Resolves to undefined once all are gone, or to the timeout error text. */
export async function waitForDeletion(inv: Invocation, targets: { type: ResourceType; object: KubeObject }[], timeoutMs: number): Promise<string | undefined> {
  const pending = new Map(targets.map((t) => [t.object.metadata.uid ?? `${t.object.metadata.namespace}/${t.object.metadata.name}`, t]));
  let wake: (() => void) | undefined;
  const watches = [];
  for (const type of new Set(targets.map((t) => t.type))) {
    if (!type.served) continue;
    const w = inv.cluster.api.watch({ resource: type.served, namespace: undefined, options: { resourceVersion: undefined } }, (event) => {
      if (event.type !== 'DELETED') return;
      const key = event.object.metadata.uid ?? `${event.object.metadata.namespace}/${event.object.metadata.name}`;
      if (pending.delete(key)) wake?.();
    });
    if (!isStatus(w)) watches.push(w);
  }
  // Objects already gone before the watch started.
  for (const [key, t] of [...pending]) {
    const got = inv.cluster.api.get({ resource: t.type.served!, namespace: t.type.namespaced ? t.object.metadata.namespace : undefined, name: t.object.metadata.name ?? '' });
    if (isStatus(got) || (got.metadata.uid && got.metadata.uid !== t.object.metadata.uid)) pending.delete(key);
  }
  const deadline = inv.ctx.now() + timeoutMs;
  try {
    // Short ticks rather than one long timer: a timer left behind would hold the clock's queue.
    while (pending.size > 0 && inv.ctx.now() < deadline) {
      const event = new Promise<void>((resolve) => (wake = resolve));
      const tick = inv.ctx.sleep(Math.min(1000, deadline - inv.ctx.now()));
      tick.catch(() => undefined);
      await Promise.race([event, tick]);
    }
  } finally {
    for (const w of watches) w.stop();
  }
  if (pending.size === 0) return undefined;
  const first = [...pending.values()][0];
  return `error: timed out waiting for the condition on ${first.type.name}/${first.object.metadata.name}`;
}
