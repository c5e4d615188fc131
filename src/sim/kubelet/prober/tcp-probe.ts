// tcpSocket probes: success when something listens on the port, Go's dial error otherwise.
// Models pkg/probe/tcp/tcp.go (DoTCPProbe)

import type { NetNamespace } from '../../../os/net.ts';
import { dialError } from './http-probe.ts';
import type { ProbeOutcome } from './probe-outcome.ts';

export function tcpProbe(net: NetNamespace, host: string, port: number): ProbeOutcome {
  const target = net.resolve(host, port);
  if ('code' in target) return { result: 'failure', output: dialError(host, port, target) };
  return { result: 'success', output: '' };
}
