import { VirtualClock } from '../../../src/sim/clock.ts';
import { Random } from '../../../src/sim/random.ts';
import { ApiServer } from '../../../src/sim/apiserver/api-server.ts';

export const START = Date.UTC(2026, 10, 22, 2, 51, 4);

export function newServer(seed = 7): { api: ApiServer; clock: VirtualClock; random: Random } {
  const clock = new VirtualClock(START);
  const random = new Random(seed);
  return { api: new ApiServer({ clock, random }), clock, random };
}

/** The body `kubectl run nginx --image=nginx` sends. */
export function kubectlRunNginx(): Record<string, unknown> {
  return {
    apiVersion: 'v1', kind: 'Pod',
    metadata: { creationTimestamp: null, labels: { run: 'nginx' }, name: 'nginx' },
    spec: { containers: [{ image: 'nginx', name: 'nginx', resources: {} }], dnsPolicy: 'ClusterFirst', restartPolicy: 'Always' },
    status: {},
  };
}
