// Runs one probe of one container once: picks the handler (exec, httpGet, tcpSocket, grpc),
// resolves its target (the pod IP, a named port) and records what a user sees of a failure:
// a Warning `Unhealthy` event with the probe's output.
// Models pkg/kubelet/prober/prober.go (probe, runProbe)

import type { VirtualClock } from '../../clock.ts';
import type { NetNamespace } from '../../../os/net.ts';
import type { Container, Pod, Probe } from '../../api/types.ts';
import type { RuntimeService } from '../../cri/types.ts';
import * as events from '../events.ts';
import type { KubeletRecorder } from '../recorder.ts';
import { execProbe } from './exec-probe.ts';
import { grpcProbe } from './grpc-probe.ts';
import { httpProbe } from './http-probe.ts';
import type { ProbeOutcome, TimeoutRace } from './probe-outcome.ts';
import { withDefaults, type ProbeType } from './results.ts';
import { tcpProbe } from './tcp-probe.ts';

export interface ProberDeps {
  clock: VirtualClock;
  runtime: Pick<RuntimeService, 'execSync'>;
  recorder: KubeletRecorder;
  /** The pod's network: its IP and namespace (the node's for hostNetwork pods). */
  sandbox(podUid: string): { ip: string; net: NetNamespace } | undefined;
}

const TITLE: Record<ProbeType, string> = { liveness: 'Liveness', readiness: 'Readiness', startup: 'Startup' };

export function probeOf(container: Container, type: ProbeType): Probe | undefined {
  return type === 'liveness' ? container.livenessProbe : type === 'readiness' ? container.readinessProbe : container.startupProbe;
}

/** A port given by number or by the name of one of the container's ports. */
export function resolvePort(port: number | string, container: Container): number | string {
  if (typeof port === 'number') return port;
  if (/^\d+$/.test(port)) return Number(port);
  const named = container.ports?.find((p) => p.name === port);
  return named ? named.containerPort : `couldn't find port: ${port} in ${container.name}`;
}

export class Prober {
  private readonly deps: ProberDeps;
  private readonly timeouts: TimeoutRace;

  constructor(deps: ProberDeps) {
    this.deps = deps;
    const clock = deps.clock;
    this.timeouts = {
      race: <T>(work: Promise<T>, ms: number) => new Promise<T | 'timeout'>((resolve) => {
        const timer = clock.setTimer(ms, () => resolve('timeout'));
        void work.then((v) => { timer.cancel(); resolve(v); });
      }),
    };
  }

  /** Success or failure of one run; undefined when the probe errored (the result stays as it was). */
  async probe(type: ProbeType, pod: Pod, container: Container, containerId: string): Promise<'success' | 'failure' | undefined> {
    const spec = probeOf(container, type);
    if (!spec) return 'success';
    const outcome = await this.run(spec, pod, container, containerId);
    const title = TITLE[type];
    const { recorder } = this.deps;
    switch (outcome.result) {
      case 'error':
        recorder.containerEvent(pod, container, 'Warning', events.ContainerUnhealthy, `${title} probe errored: ${outcome.error}`);
        return undefined;
      case 'failure':
        recorder.containerEvent(pod, container, 'Warning', events.ContainerUnhealthy, `${title} probe failed: ${outcome.output}`);
        return 'failure';
      case 'warning':
        recorder.containerEvent(pod, container, 'Warning', events.ContainerProbeWarning, `${title} probe warning: ${outcome.output}`);
        return 'success';
      default:
        return 'success';
    }
  }

  private async run(p: Probe, pod: Pod, container: Container, containerId: string): Promise<ProbeOutcome> {
    const timeoutMs = withDefaults(p).timeoutSeconds * 1000;
    if (p.exec) return execProbe(this.deps.runtime, containerId, p.exec.command ?? [], timeoutMs);
    const sandbox = this.deps.sandbox(pod.metadata.uid!);
    if (!sandbox) return { result: 'error', error: 'pod sandbox not found' };
    if (p.httpGet) {
      const port = resolvePort(p.httpGet.port, container);
      if (typeof port === 'string') return { result: 'error', error: port };
      return httpProbe(sandbox.net, {
        scheme: p.httpGet.scheme ?? 'HTTP', host: p.httpGet.host || sandbox.ip, port, path: p.httpGet.path ?? '/',
        headers: p.httpGet.httpHeaders ?? [],
      }, timeoutMs, this.timeouts);
    }
    if (p.tcpSocket) {
      const port = resolvePort(p.tcpSocket.port, container);
      if (typeof port === 'string') return { result: 'error', error: port };
      return tcpProbe(sandbox.net, p.tcpSocket.host || sandbox.ip, port);
    }
    if (p.grpc) return grpcProbe(sandbox.net, sandbox.ip, p.grpc.port, p.grpc.service ?? '', timeoutMs, this.timeouts);
    return { result: 'error', error: `missing probe handler for ${pod.metadata.name}:${container.name}` };
  }
}
