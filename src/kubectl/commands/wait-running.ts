// Waits on a watch until a pod satisfies a condition, as kubectl run/attach do before and after
// connecting. Models staging/src/k8s.io/kubectl/pkg/cmd/run/run.go (waitForPod).

import type { Pod } from '../../sim/api/types.ts';
import type { Invocation } from '../cli/command.ts';
import { isStatus } from '../fetch.ts';

export async function waitForPod(inv: Invocation, namespace: string, name: string, timeoutMs: number, done: (pod: Pod) => boolean): Promise<Pod | string> {
  const deadline = inv.ctx.now() + timeoutMs;
  let latest: Pod | undefined;
  let deleted = false;
  let wake: (() => void) | undefined;
  const watch = inv.cluster.api.watch<Pod>({ resource: 'pods', namespace, options: { fieldSelector: `metadata.name=${name}` } }, (e) => {
    if (e.type === 'DELETED') deleted = true;
    latest = e.object;
    wake?.();
  });
  try {
    for (;;) {
      if (deleted) return `error: pods "${name}" not found`;
      if (latest && done(latest)) return latest;
      if (inv.ctx.now() >= deadline) return 'error: timed out waiting for the condition';
      const event = new Promise<void>((resolve) => (wake = resolve));
      const tick = inv.ctx.sleep(Math.min(1000, deadline - inv.ctx.now()));
      tick.catch(() => undefined);
      await Promise.race([event, tick]);
    }
  } finally {
    if (!isStatus(watch)) watch.stop();
  }
}
