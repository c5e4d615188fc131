// Waits on a watch until a pod runs (or has finished), as kubectl run/attach/exec -it do before
// connecting. Models staging/src/k8s.io/kubectl/pkg/cmd/run/run.go (waitForPod, podRunningAndReady).

import type { Pod } from '../../sim/api/types.ts';
import type { Invocation } from '../cli/command.ts';
import { isStatus } from '../fetch.ts';

export async function waitForPodRunning(inv: Invocation, namespace: string, name: string, timeoutMs: number): Promise<Pod | string> {
  const deadline = inv.ctx.now() + timeoutMs;
  let latest: Pod | undefined;
  let wake: (() => void) | undefined;
  const watch = inv.cluster.api.watch<Pod>({ resource: 'pods', namespace, options: { fieldSelector: `metadata.name=${name}` } }, (e) => {
    latest = e.object;
    wake?.();
  });
  try {
    for (;;) {
      const phase = latest?.status?.phase;
      if (latest && (phase === 'Running' || phase === 'Succeeded' || phase === 'Failed')) return latest;
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
