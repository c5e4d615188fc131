// The pod resource tables of `kubectl describe node`: requests and limits of every
// non-terminated pod on the node as a share of allocatable, then the totals.
// Models kubectl pkg/describe/describe.go (describeNodeResource, getPodsTotalRequestsAndLimits)
// and k8s.io/component-helpers/resource (PodRequestsAndLimits, simplified: sum of containers,
// at least the largest init container, plus overhead).

import type { Node, Pod } from '../../../sim/api/types.ts';
import { translateTimestampSince } from '../duration.ts';
import { LEVEL_0, LEVEL_1, type PrefixWriter } from './prefix-writer.ts';
import { formatQuantity, milliValue, parseQuantity, sumQuantities, value, type ParsedQuantity } from './quantity.ts';

type Totals = Map<string, ParsedQuantity>;

/** Requests and limits of a pod by resource name. */
export function podRequestsAndLimits(pod: Pod): { requests: Totals; limits: Totals } {
  const pick = (kind: 'requests' | 'limits'): Totals => {
    const totals: Totals = new Map();
    const names = new Set(pod.spec.containers.flatMap((c) => Object.keys(c.resources?.[kind] ?? {})));
    for (const name of names) totals.set(name, sumQuantities(pod.spec.containers.map((c) => c.resources?.[kind]?.[name])));
    for (const init of pod.spec.initContainers ?? []) {
      for (const [name, text] of Object.entries(init.resources?.[kind] ?? {})) {
        const q = parseQuantity(text);
        const current = totals.get(name);
        if (q && (!current || q.nanos > current.nanos)) totals.set(name, q);
      }
    }
    const overhead = (pod.spec as { overhead?: Record<string, string> }).overhead ?? {};
    for (const [name, text] of Object.entries(overhead)) {
      const current = totals.get(name);
      totals.set(name, current ? sumQuantities([formatQuantity(current), text]) : sumQuantities([text]));
    }
    return totals;
  };
  return { requests: pick('requests'), limits: pick('limits') };
}

const ZERO: ParsedQuantity = { nanos: 0n, binary: false };
const percent = (part: number, whole: number) => (whole === 0 ? 0 : Math.trunc((part / whole) * 100));

export function describeNodeResource(pods: readonly Pod[], node: Node, w: PrefixWriter, now: number): void {
  w.write(LEVEL_0, `Non-terminated Pods:\t(${pods.length} in total)\n`);
  w.write(LEVEL_1, 'Namespace\tName\t\tCPU Requests\tCPU Limits\tMemory Requests\tMemory Limits\tAge\n');
  w.write(LEVEL_1, '---------\t----\t\t------------\t----------\t---------------\t-------------\t---\n');
  const allocatable = Object.keys(node.status?.allocatable ?? {}).length > 0 ? node.status.allocatable! : (node.status?.capacity ?? {});
  const alloc = (name: string) => parseQuantity(allocatable[name] ?? '0') ?? ZERO;
  const cpu = (q: ParsedQuantity) => `${formatQuantity(q)} (${percent(milliValue(q), milliValue(alloc('cpu')))}%)`;
  const bytes = (q: ParsedQuantity, name: string) => `${formatQuantity(q)} (${percent(value(q), value(alloc(name)))}%)`;
  const requests: Totals[] = [];
  const limits: Totals[] = [];
  for (const pod of pods) {
    const r = podRequestsAndLimits(pod);
    requests.push(r.requests);
    limits.push(r.limits);
    const get = (t: Totals, name: string) => t.get(name) ?? ZERO;
    w.write(
      LEVEL_1,
      `${pod.metadata.namespace ?? ''}\t${pod.metadata.name ?? ''}\t\t${cpu(get(r.requests, 'cpu'))}\t${cpu(get(r.limits, 'cpu'))}\t` +
        `${bytes(get(r.requests, 'memory'), 'memory')}\t${bytes(get(r.limits, 'memory'), 'memory')}\t${translateTimestampSince(pod.metadata.creationTimestamp, now)}\n`,
    );
  }
  w.write(LEVEL_0, 'Allocated resources:\n  (Total limits may be over 100 percent, i.e., overcommitted.)\n');
  w.write(LEVEL_1, 'Resource\tRequests\tLimits\n');
  w.write(LEVEL_1, '--------\t--------\t------\n');
  const total = (list: Totals[], name: string) => sumQuantities(list.map((t) => (t.has(name) ? formatQuantity(t.get(name)!) : undefined)));
  w.write(LEVEL_1, `cpu\t${cpu(total(requests, 'cpu'))}\t${cpu(total(limits, 'cpu'))}\n`);
  for (const name of ['memory', 'ephemeral-storage']) {
    w.write(LEVEL_1, `${name}\t${bytes(total(requests, name), name)}\t${bytes(total(limits, name), name)}\n`);
  }
  const names = Object.keys(allocatable).sort();
  for (const name of names.filter((n) => n.startsWith('hugepages-'))) {
    w.write(LEVEL_1, `${name}\t${bytes(total(requests, name), name)}\t${bytes(total(limits, name), name)}\n`);
  }
  const standard = new Set(['cpu', 'memory', 'ephemeral-storage', 'pods', 'storage']);
  for (const name of names.filter((n) => !n.startsWith('hugepages-') && !standard.has(n) && n.includes('/'))) {
    w.write(LEVEL_1, `${name}\t${formatQuantity(total(requests, name))}\t${formatQuantity(total(limits, name))}\n`);
  }
}
